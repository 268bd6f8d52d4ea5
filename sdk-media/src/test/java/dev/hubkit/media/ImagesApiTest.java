package dev.hubkit.media;

import static dev.hubkit.media.MediaHub.FAST;
import static dev.hubkit.media.MediaHub.bodyJson;
import static dev.hubkit.media.MediaHub.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.MalformedResponseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesApiTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 9, 8, 7};

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer storage = new MockWebServer();
  @TempDir Path tempDir;
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

  private static ImageRequest sunset() {
    return ImageRequest.builder().model("gpt-image-2").prompt("A sunset over mountains, oil painting style")
        .resolution("2k").aspectRatio("16:9").n(1).responseFormat("b64_json").build();
  }

  @Test
  void synchronousGenerationDecodesInlineImagesAndWritesThemToFiles() throws Exception {
    String b64 = Base64.getEncoder().encodeToString(PNG);
    server.enqueue(json(200, "{\"created\":1713833628,\"data\":[{\"b64_json\":\"" + b64 + "\","
        + "\"revised_prompt\":\"A vivid sunset\"}],\"output_format\":\"png\",\"usage\":{\"total_tokens\":100},"
        + "\"background\":\"opaque\",\"quality\":\"high\",\"size\":\"1024x1024\",\"trace\":null}"));

    ImagesResponse response = images.generate(sunset());
    GeneratedImage image = response.data().get(0);
    Path file = tempDir.resolve("sunset.png");
    image.writeTo(file);

    assertArrayEquals(PNG, image.bytes());
    assertArrayEquals(PNG, Files.readAllBytes(file));
    assertEquals(Optional.of("A vivid sunset"), image.revisedPrompt());
    assertEquals(Optional.of("png"), response.outputFormat());
    assertEquals(100, response.usage().get("total_tokens"));
    assertTrue(response.extra().containsKey("trace"));
    assertFalse(image.toString().contains(b64), image.toString());
    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/public/images/generations", request.getTarget());
    JsonNode body = bodyJson(request);
    assertEquals("gpt-image-2", body.get("model").asText());
    assertEquals("2k", body.get("resolution").asText());
    assertEquals("16:9", body.get("aspect_ratio").asText());
    assertEquals("b64_json", body.get("response_format").asText());
    assertEquals(1, body.get("n").asInt());
    assertEquals(6, body.size(), body.toString());
  }

  @Test
  void imageGivenAsAUrlIsDownloadedWithoutTheApiKey() throws Exception {
    server.enqueue(json(200, "{\"created\":1,\"data\":[{\"url\":\"" + storage.url("/img/1.png") + "\"}]}"));
    storage.enqueue(new MockResponse.Builder().body(new okio.Buffer().write(PNG)).build());
    GeneratedImage image = images.generate(sunset()).data().get(0);
    Path file = tempDir.resolve("1.png");

    assertThrows(IllegalStateException.class, image::bytes);
    assertEquals(PNG.length, images.save(image, file));
    assertArrayEquals(PNG, Files.readAllBytes(file));
    assertNull(storage.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void editUploadsImagesAndMaskAsMultipart() throws Exception {
    server.enqueue(json(200, "{\"created\":1,\"data\":[{\"url\":\"https://cdn.example/e.png\"}]}"));
    Path source = Files.write(tempDir.resolve("room.png"), PNG);
    byte[] mask = {(byte) 0x89, 'P', 'N', 'G', 1};

    ImagesResponse edited = images.edit(ImageEditRequest.builder().model("gpt-image-1").prompt("Add a cat")
        .addImage(UploadFile.of(source)).mask(UploadFile.of(mask, "mask.png", "image/png")).size("1024x1024")
        .n(1).build());

    assertEquals(Optional.of("https://cdn.example/e.png"), edited.data().get(0).url());
    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/public/images/edits", request.getTarget());
    Map<String, MediaHub.Part> parts = MediaHub.parts(request);
    assertEquals(Arrays.asList("model", "prompt", "image", "mask", "n", "size"),
        new java.util.ArrayList<>(parts.keySet()));
    assertEquals("Add a cat", parts.get("prompt").text());
    assertEquals("form-data; name=\"image\"; filename=\"room.png\"", parts.get("image").disposition);
    assertEquals("image/png", parts.get("image").contentType);
    assertArrayEquals(PNG, parts.get("image").bytes);
    assertArrayEquals(mask, parts.get("mask").bytes);
  }

  @Test
  void taskStyleGenerationPollsUntilTheImagesAreReady() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"img_abc123\",\"status\":\"GENERATING\",\"model\":\"gpt-image-2\"}"));
    server.enqueue(json(200, "{\"code\":\"success\",\"message\":\"\",\"data\":{\"task_id\":\"img_abc123\","
        + "\"status\":\"IN_PROGRESS\",\"progress\":\"30%\"}}"));
    server.enqueue(json(200, "{\"status\":\"COMPLETED\",\"imageUrl\":\"https://storage.chmuhub.com/i/1.png\","
        + "\"images\":[\"https://storage.chmuhub.com/i/1.png\",{\"url\":\"https://storage.chmuhub.com/i/2.png\"}]}"));

    TaskStatus done = images.generateAsTask(sunset(), FAST).get(10, TimeUnit.SECONDS);

    assertEquals(Arrays.asList("https://storage.chmuhub.com/i/1.png", "https://storage.chmuhub.com/i/2.png"),
        done.imageUrls());
    assertEquals(Optional.of("https://storage.chmuhub.com/i/1.png"), done.imageUrl());
    assertEquals(Optional.empty(), done.videoUrl());
    assertEquals("/v1/public/images/generations", server.takeRequest().getTarget());
    assertEquals("/v1/public/tasks/img_abc123", server.takeRequest().getTarget());
  }

  @Test
  void imageSubmissionFallsBackOnAnUnknownModel() throws Exception {
    server.enqueue(json(404, "{\"error\":{\"message\":\"Model 'gpt-image-2' not found or not active\","
        + "\"code\":\"model_not_found\"}}"));
    server.enqueue(json(200, "{\"task_id\":\"img_mj\",\"status\":\"SUBMITTED\"}"));
    dev.hubkit.core.FallbackResult<TaskSubmission> result = images.submitWithFallback(sunset(),
        dev.hubkit.core.FallbackPolicy.fallbackModels("midjourney-v7"));
    assertEquals("img_mj", result.value().taskId());
    assertEquals(2, result.attempts().size());
    assertEquals("gpt-image-2", bodyJson(server.takeRequest()).get("model").asText());
    assertEquals("midjourney-v7", bodyJson(server.takeRequest()).get("model").asText());
  }

  @Test
  void submissionWithoutATaskIdIsAMalformedResponse() {
    server.enqueue(json(200, "{\"status\":\"GENERATING\"}"));
    MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> images.submit(sunset()));
    assertTrue(e.getMessage().contains("names no task id"), e.getMessage());
  }

  @Test
  void aMidjourneyRefusalIsAnApiExceptionWithTheHubsCodeAndWords() {
    server.enqueue(json(200, "{\"code\":24,\"description\":\"banned prompt\",\"result\":null,"
        + "\"properties\":{\"promptEn\":\"x\"}}"));
    ApiException e = assertThrows(ApiException.class, () -> images.submit(sunset()));
    assertEquals(Optional.of("24"), e.code());
    assertEquals(Optional.of("banned prompt"), e.hubMessage());
    assertEquals(200, e.statusCode());
  }

  @Test
  void aMidjourneySubmissionThatIsQueuedKeepsItsTaskId() {
    server.enqueue(json(200, "{\"code\":22,\"description\":\"in queue, 3 ahead\",\"result\":\"1320098173412546\"}"));
    assertEquals("1320098173412546", images.submit(sunset()).taskId());
  }

  @Test
  void blankPromptSaysWhatToFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ImageRequest.builder().model("gpt-image-2").prompt(" ").build());
    assertEquals("prompt must not be blank: describe the image to generate", e.getMessage());
  }
}
