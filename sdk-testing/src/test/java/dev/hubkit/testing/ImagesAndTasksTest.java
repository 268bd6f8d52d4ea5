package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImagesAndTasksTest {
  private final FakeHub hub = FakeHub.start();
  private final HubCalls calls = new HubCalls(hub);

  @AfterEach
  void close() {
    hub.close();
  }

  private static BufferedImage png(byte[] bytes) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertNotNull(image, "not a readable image");
    return image;
  }

  @Test
  void generationAnswersUrlsSynchronouslyByDefault() throws IOException {
    JsonNode body = calls.postJson("/images/generations",
        "{\"model\":\"dall-e-3\",\"prompt\":\"a red fox\",\"n\":2}").json();

    assertTrue(body.path("created").asLong() > 1_600_000_000L);
    assertEquals(2, body.path("data").size());
    assertEquals("a red fox", body.at("/data/1/revised_prompt").asText());
    String url = body.at("/data/0/url").asText();
    assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/files/.+/image-0\\.png"), url);

    HubCalls.Reply file = HubCalls.download(url);
    assertEquals(200, file.code());
    assertEquals("image/png", file.headers().get("Content-Type"));
    assertEquals(1, png(file.bytes()).getWidth());
  }

  @Test
  void b64JsonAnswersATinyValidPng() throws IOException {
    JsonNode body = calls.postJson("/images/generations",
        "{\"model\":\"gpt-image-2\",\"prompt\":\"a fox\",\"response_format\":\"b64_json\"}").json();

    assertFalse(body.at("/data/0").has("url"));
    BufferedImage image = png(Base64.getDecoder().decode(body.at("/data/0/b64_json").asText()));
    assertEquals(1, image.getWidth());
    assertEquals(1, image.getHeight());
  }

  @Test
  void imageGenerationWithoutPromptAnswersMissingParameter() {
    HubCalls.Reply reply = calls.postJson("/images/generations", "{\"model\":\"gpt-image-2\"}");

    assertEquals(400, reply.code());
    assertEquals("missing_required_parameter", reply.json().at("/error/code").asText());
    assertEquals("prompt", reply.json().at("/error/param").asText());
  }

  @Test
  void taskStyleImageProgressesToImageUrlAndImagesList() {
    try (FakeHub chmu = FakeHub.builder().imageReplyStyle("gpt-image-2", ImageReplyStyle.TASK).start()) {
      HubCalls chmuCalls = new HubCalls(chmu);
      JsonNode created = chmuCalls.postJson("/images/generations",
          "{\"model\":\"gpt-image-2\",\"prompt\":\"sunset\",\"resolution\":\"2k\",\"n\":2}").json();
      assertEquals("GENERATING", created.path("status").asText());
      assertEquals("gpt-image-2", created.path("model").asText());
      String taskId = created.path("task_id").asText();
      assertTrue(taskId.startsWith("img_"), taskId);

      assertEquals(0, chmuCalls.get("/tasks/" + taskId).json().path("progress").asInt());
      assertEquals(45, chmuCalls.get("/tasks/" + taskId).json().path("progress").asInt());
      JsonNode done = chmuCalls.get("/tasks/" + taskId).json();
      assertEquals("COMPLETED", done.path("status").asText());
      assertEquals(2, done.path("images").size());
      assertEquals(done.at("/images/0").asText(), done.path("imageUrl").asText());
      assertTrue(done.path("imageUrl").asText().contains("/files/" + taskId + "/"), done.toString());
      // other image models keep the synchronous default
      assertTrue(chmuCalls.postJson("/images/generations", "{\"model\":\"dall-e-3\",\"prompt\":\"x\"}").json()
          .has("data"));
    }
  }

  @Test
  void editsRecordMultipartPartsAndAnswerSynchronously() {
    byte[] image = Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("model", "gpt-image-2")
        .addFormDataPart("prompt", "add a hat")
        .addFormDataPart("image", "cat.png", RequestBody.create(image, MediaType.get("image/png")))
        .build();

    HubCalls.Reply reply = calls.post("/images/edits", body);

    assertEquals(200, reply.code());
    assertEquals("add a hat", reply.json().at("/data/0/revised_prompt").asText());
    RecordedHubRequest request = hub.lastRequest("/images/edits");
    assertEquals(3, request.parts().size());
    assertFalse(request.isJson());
    assertEquals("add a hat", request.part("prompt").orElseThrow().text());
    assertEquals(Optional.empty(), request.part("prompt").orElseThrow().filename());
    MultipartPart file = request.part("image").orElseThrow();
    assertEquals(Optional.of("cat.png"), file.filename());
    assertEquals(Optional.of("image/png"), file.contentType());
    assertArrayEquals(image, file.bytes());
  }

  @Test
  void editsWithoutImageAnswerMissingParameter() {
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("prompt", "add a hat").build();

    HubCalls.Reply reply = calls.post("/images/edits", body);

    assertEquals(400, reply.code());
    assertEquals("image", reply.json().at("/error/param").asText());
  }

  @Test
  void videoTaskProgressesOverThreePollsToResultUrls() {
    JsonNode created = calls.postJson("/videos/generations",
        "{\"model\":\"sora-2\",\"prompt\":\"A golden retriever\",\"duration\":10}").json();
    assertEquals("GENERATING", created.path("status").asText());
    assertEquals("sora-2", created.path("model").asText());
    assertEquals(120, created.path("estimated_time").asInt());
    String taskId = created.path("task_id").asText();
    assertTrue(taskId.startsWith("vid_"), taskId);

    JsonNode first = calls.get("/tasks/" + taskId).json();
    JsonNode second = calls.get("/tasks/" + taskId).json();
    JsonNode third = calls.get("/tasks/" + taskId).json();

    assertEquals("GENERATING", first.path("status").asText());
    assertEquals(0, first.path("progress").asInt());
    assertEquals("GENERATING", second.path("status").asText());
    assertEquals(45, second.path("progress").asInt());
    assertEquals("COMPLETED", third.path("status").asText());
    String videoUrl = third.path("videoUrl").asText();
    assertTrue(videoUrl.endsWith("/files/" + taskId + "/output.mp4"), videoUrl);
    assertTrue(third.path("thumbnailUrl").asText().endsWith("/files/" + taskId + "/thumb.jpg"));
    assertEquals("COMPLETED", calls.get("/tasks/" + taskId).json().path("status").asText());
  }

  @Test
  void resultFilesAreServedOutsideThePrefixWithoutAuthorization() {
    String taskId = calls.postJson("/videos/generations", "{\"model\":\"sora-2\",\"prompt\":\"p\"}").json()
        .path("task_id").asText();
    JsonNode done = null;
    for (int i = 0; i < 3; i++) {
      done = calls.get("/tasks/" + taskId).json();
    }

    HubCalls.Reply video = HubCalls.download(done.path("videoUrl").asText());
    HubCalls.Reply thumb = HubCalls.download(done.path("thumbnailUrl").asText());

    assertEquals(200, video.code());
    assertEquals("video/mp4", video.headers().get("Content-Type"));
    assertEquals(256 * 1024, video.bytes().length);
    assertEquals("ftyp", new String(video.bytes(), 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals("image/jpeg", thumb.headers().get("Content-Type"));
    assertEquals((byte) 0xFF, thumb.bytes()[0]);
    assertEquals((byte) 0xD8, thumb.bytes()[1]);
    RecordedHubRequest download = hub.lastRequest("/files/" + taskId + "/output.mp4");
    assertEquals(Optional.empty(), download.header("Authorization"));
  }

  @Test
  void pollsUntilCompleteIsConfigurable() {
    try (FakeHub quick = FakeHub.builder().pollsUntilComplete(1).start()) {
      HubCalls quickCalls = new HubCalls(quick);
      String taskId = quickCalls.postJson("/videos/generations", "{\"model\":\"sora-2\",\"prompt\":\"p\"}").json()
          .path("task_id").asText();
      assertEquals("COMPLETED", quickCalls.get("/tasks/" + taskId).json().path("status").asText());
    }
    try (FakeHub slow = FakeHub.builder().pollsUntilComplete(5).start()) {
      HubCalls slowCalls = new HubCalls(slow);
      String taskId = slowCalls.postJson("/videos/generations", "{\"model\":\"sora-2\",\"prompt\":\"p\"}").json()
          .path("task_id").asText();
      int[] progress = new int[4];
      for (int i = 0; i < 4; i++) {
        progress[i] = slowCalls.get("/tasks/" + taskId).json().path("progress").asInt();
      }
      assertArrayEquals(new int[] {0, 22, 45, 67}, progress);
      assertEquals("COMPLETED", slowCalls.get("/tasks/" + taskId).json().path("status").asText());
    }
  }

  @Test
  void unknownTaskAnswers404() {
    HubCalls.Reply reply = calls.get("/tasks/vid_nope");

    assertEquals(404, reply.code());
    assertEquals("task_not_found", reply.json().at("/error/code").asText());
  }

  @Test
  void imageModelForVideoGenerationAnswersInvalidModelType() {
    HubCalls.Reply reply = calls.postJson("/videos/generations", "{\"model\":\"gpt-image-2\",\"prompt\":\"p\"}");

    assertEquals(400, reply.code());
    assertEquals("invalid_model_type", reply.json().at("/error/code").asText());
  }
}
