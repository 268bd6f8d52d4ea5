package dev.hubkit.media;

import static dev.hubkit.media.MediaHub.FAST;
import static dev.hubkit.media.MediaHub.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFuture;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One image call for every hub: the same code gets images from a hub that answers at once and from a task hub. */
class OneImageCallTest {
  private static final ImageRequest FOX = ImageRequest.builder().model("gpt-image-2").prompt("a fox").build();

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private ImagesApi images;

  @BeforeEach
  void setUp() {
    client = MediaHub.client(server);
    images = ImagesApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static List<String> urls(ImagesResponse response) {
    return response.data().stream().map(image -> image.url().get()).collect(Collectors.toList());
  }

  @Test
  void aHubThatAnswersWithTheImagesCompletesAtOnce() throws Exception {
    server.enqueue(json(200, "{\"created\":1700000000,\"data\":[{\"url\":\"https://cdn/a.png\"}]}"));
    ImagesResponse result = images.generateResultAsync(FOX, FAST, RequestOptions.none()).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("https://cdn/a.png"), urls(result));
    assertEquals(1, server.getRequestCount());
    assertEquals("/v1/public/images/generations", server.takeRequest().getTarget());
  }

  @Test
  void aHubThatAnswersWithATaskIsPolledAndGivesTheSameShape() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"img_7\",\"status\":\"GENERATING\",\"model\":\"gpt-image-2\"}"));
    server.enqueue(json(200, "{\"task_id\":\"img_7\",\"status\":\"GENERATING\",\"progress\":\"50%\"}"));
    server.enqueue(json(200, "{\"task_id\":\"img_7\",\"status\":\"COMPLETED\",\"images\":[\"https://cdn/1.png\","
        + "\"https://cdn/2.png\"]}"));
    ImagesResponse result = images.generateResultAsync(FOX, FAST, RequestOptions.none()).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("https://cdn/1.png", "https://cdn/2.png"), urls(result));
    assertEquals("img_7", result.extra().get("task_id"));
    server.takeRequest();
    assertEquals("/v1/public/tasks/img_7", server.takeRequest().getTarget());
  }

  @Test
  void theBlockingFormGivesTheSameImages() {
    server.enqueue(json(200, "{\"data\":[{\"b64_json\":\"iVBORw0KGgo=\"}]}"));
    assertTrue(images.generateResult(FOX).data().get(0).b64Json().isPresent());
  }

  @Test
  void aReplyThatIsNeitherSaysWhichFieldsItHadWithoutJacksonsInternals() {
    server.enqueue(json(200, "{\"object\":\"image.job\",\"queued\":true}"));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> images.generateResultAsync(FOX, FAST, RequestOptions.none()).get(10, TimeUnit.SECONDS));
    String message = assertInstanceOf(MalformedResponseException.class, e.getCause()).getMessage();
    assertTrue(message.startsWith("POST /v1/public/images/generations returned 200, but its reply names no task"
        + " id"), message);
    assertTrue(message.contains("the fields [object, queued]"), message);
    assertFalse(message.contains("Cannot construct") || message.contains("ImmutableImagesResponse")
        || message.contains("instance of"), message);
  }

  @Test
  void askingATaskOfAHubThatAnswersAtOnceSaysSoInPlainWords() {
    server.enqueue(json(200, "{\"created\":1700000000,\"data\":[{\"url\":\"https://cdn/a.png\"}]}"));
    MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> images.generateAsTask(FOX));
    assertTrue(e.getMessage().contains("answered with the result itself (data[] with 1 item(s))"), e.getMessage());
    assertTrue(e.getMessage().contains("generateResult"), e.getMessage());
    assertFalse(e.getMessage().contains("Cannot construct"), e.getMessage());
  }

  @Test
  void theAsyncTaskFormSubmitsWithoutBlockingAndCarriesTheOptions() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"img_8\",\"status\":\"GENERATING\"}"));
    server.enqueue(json(200, "{\"task_id\":\"img_8\",\"status\":\"COMPLETED\",\"imageUrl\":\"https://cdn/8.png\"}"));
    RequestOptions traced = RequestOptions.builder().header("X-Trace", "t-8").build();
    TaskFuture<TaskStatus> task = images.generateAsTaskAsync(FOX, FAST, traced).get(10, TimeUnit.SECONDS);
    assertEquals("img_8", task.taskId());
    assertEquals("https://cdn/8.png", task.get(10, TimeUnit.SECONDS).imageUrl().get());
    assertEquals("t-8", server.takeRequest().getHeaders().get("X-Trace"));
    assertEquals("t-8", server.takeRequest().getHeaders().get("X-Trace"), "the polls carry the options too");
  }
}
