package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VideoJobsTest {
  private static final byte[] REFERENCE = "fake jpeg bytes".getBytes(StandardCharsets.US_ASCII);

  private final FakeHub hub = FakeHub.start();
  private final HubCalls calls = new HubCalls(hub);

  @AfterEach
  void close() {
    hub.close();
  }

  private JsonNode create(String prompt) {
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("prompt", prompt)
        .addFormDataPart("model", "sora-2-pro")
        .addFormDataPart("seconds", "8")
        .addFormDataPart("size", "1280x720")
        .addFormDataPart("input_reference", "ref.jpg", RequestBody.create(REFERENCE, MediaType.get("image/jpeg")))
        .build();
    HubCalls.Reply reply = calls.post("/videos", body);
    assertEquals(200, reply.code(), reply.text());
    return reply.json();
  }

  private JsonNode pollToEnd(String id) {
    JsonNode job = null;
    for (int i = 0; i < 3; i++) {
      job = calls.get("/videos/" + id).json();
    }
    return job;
  }

  @Test
  void multipartCreateAnswersAQueuedJobAndRecordsTheParts() {
    JsonNode job = create("A cat surfing");

    assertTrue(job.path("id").asText().startsWith("video_"), job.toString());
    assertEquals("video", job.path("object").asText());
    assertEquals("sora-2-pro", job.path("model").asText());
    assertEquals("queued", job.path("status").asText());
    assertEquals(0, job.path("progress").asInt());
    assertEquals("8", job.path("seconds").asText());
    assertTrue(job.path("seconds").isTextual());
    assertEquals("1280x720", job.path("size").asText());
    assertEquals("A cat surfing", job.path("prompt").asText());
    assertTrue(job.path("created_at").asLong() > 1_600_000_000L);
    assertTrue(job.path("completed_at").isNull());
    assertTrue(job.path("error").isNull());

    RecordedHubRequest request = hub.lastRequest("/videos");
    assertTrue(request.header("Content-Type").orElseThrow().startsWith("multipart/form-data; boundary="));
    assertEquals(5, request.parts().size());
    assertEquals("8", request.part("seconds").orElseThrow().text());
    MultipartPart reference = request.part("input_reference").orElseThrow();
    assertEquals(Optional.of("ref.jpg"), reference.filename());
    assertEquals(Optional.of("image/jpeg"), reference.contentType());
    assertArrayEquals(REFERENCE, reference.bytes());
  }

  @Test
  void jsonCreateUsesDefaults() {
    JsonNode job = calls.postJson("/videos", "{\"prompt\":\"waves\"}").json();

    assertEquals("sora-2", job.path("model").asText());
    assertEquals("4", job.path("seconds").asText());
    assertEquals("720x1280", job.path("size").asText());
  }

  @Test
  void createWithoutPromptAnswersMissingParameter() {
    HubCalls.Reply reply = calls.postJson("/videos", "{\"model\":\"sora-2\"}");

    assertEquals(400, reply.code());
    assertEquals("prompt", reply.json().at("/error/param").asText());
  }

  @Test
  void pollsGoQueuedThenInProgressThenCompleted() {
    String id = create("p").path("id").asText();

    JsonNode first = calls.get("/videos/" + id).json();
    JsonNode second = calls.get("/videos/" + id).json();
    JsonNode third = calls.get("/videos/" + id).json();

    assertEquals("queued", first.path("status").asText());
    assertEquals(0, first.path("progress").asInt());
    assertEquals("in_progress", second.path("status").asText());
    assertEquals(50, second.path("progress").asInt());
    assertEquals("completed", third.path("status").asText());
    assertEquals(100, third.path("progress").asInt());
    assertFalse(third.path("completed_at").isNull());
    assertEquals(third.path("completed_at").asLong() + 3600, third.path("expires_at").asLong());
  }

  @Test
  void contentIsRefusedUntilTheJobCompleted() {
    String id = create("p").path("id").asText();

    HubCalls.Reply early = calls.get("/videos/" + id + "/content");

    assertEquals(400, early.code());
    assertEquals("video_not_ready", early.json().at("/error/code").asText());
  }

  @Test
  void contentVariantsAreDeterministicBytesWithTheirContentTypes() {
    String id = create("p").path("id").asText();
    pollToEnd(id);

    HubCalls.Reply video = calls.get("/videos/" + id + "/content");
    HubCalls.Reply again = calls.get("/videos/" + id + "/content?variant=video");
    HubCalls.Reply thumbnail = calls.get("/videos/" + id + "/content?variant=thumbnail");
    HubCalls.Reply sprites = calls.get("/videos/" + id + "/content?variant=spritesheet");

    assertEquals("video/mp4", video.headers().get("Content-Type"));
    assertEquals("262144", video.headers().get("Content-Length"));
    assertEquals(262_144, video.bytes().length);
    assertArrayEquals(video.bytes(), again.bytes());
    assertEquals("ftyp", new String(video.bytes(), 4, 4, StandardCharsets.US_ASCII));
    assertEquals("image/jpeg", thumbnail.headers().get("Content-Type"));
    assertEquals((byte) 0xD9, thumbnail.bytes()[thumbnail.bytes().length - 1]);
    assertEquals("image/jpeg", sprites.headers().get("Content-Type"));
    assertFalse(java.util.Arrays.equals(thumbnail.bytes(), sprites.bytes()));
    assertEquals(400, calls.get("/videos/" + id + "/content?variant=gif").code());
  }

  @Test
  void largeContentIsStreamedAtTheConfiguredSize() {
    try (FakeHub big = FakeHub.builder().videoContentBytes(8L * 1024 * 1024 + 3).pollsUntilComplete(1).start()) {
      HubCalls bigCalls = new HubCalls(big);
      String id = bigCalls.postJson("/videos", "{\"prompt\":\"p\"}").json().path("id").asText();
      bigCalls.get("/videos/" + id);

      assertEquals(8L * 1024 * 1024 + 3, bigCalls.get("/videos/" + id + "/content").bytes().length);
    }
  }

  @Test
  void listPagesNewestFirst() {
    String a = create("a").path("id").asText();
    String b = create("b").path("id").asText();
    String c = create("c").path("id").asText();

    JsonNode page = calls.get("/videos?limit=2").json();
    JsonNode rest = calls.get("/videos?limit=2&after=" + page.path("last_id").asText()).json();
    JsonNode ascending = calls.get("/videos?order=asc").json();

    assertEquals("list", page.path("object").asText());
    assertEquals(2, page.path("data").size());
    assertEquals(c, page.path("first_id").asText());
    assertEquals(b, page.path("last_id").asText());
    assertTrue(page.path("has_more").asBoolean());
    assertEquals(a, rest.at("/data/0/id").asText());
    assertFalse(rest.path("has_more").asBoolean());
    assertEquals(a, ascending.path("first_id").asText());
  }

  @Test
  void deleteRemovesTheJob() {
    String id = create("p").path("id").asText();

    JsonNode deleted = calls.delete("/videos/" + id).json();

    assertEquals(id, deleted.path("id").asText());
    assertEquals("video.deleted", deleted.path("object").asText());
    assertTrue(deleted.path("deleted").asBoolean());
    assertEquals(404, calls.get("/videos/" + id).code());
    assertEquals("video_not_found", calls.delete("/videos/" + id).json().at("/error/code").asText());
  }

  @Test
  void remixCreatesANewJobFromTheSource() {
    String id = create("p").path("id").asText();

    JsonNode remix = calls.postJson("/videos/" + id + "/remix", "{\"prompt\":\"now at night\"}").json();

    assertFalse(id.equals(remix.path("id").asText()));
    assertEquals(id, remix.path("remixed_from_video_id").asText());
    assertEquals("now at night", remix.path("prompt").asText());
    assertEquals("sora-2-pro", remix.path("model").asText());
    assertEquals("8", remix.path("seconds").asText());
    assertEquals("queued", remix.path("status").asText());
  }
}
