package dev.hubkit.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.NotFoundException;
import dev.hubkit.core.TaskFailedException;
import dev.hubkit.core.TaskState;
import dev.hubkit.core.internal.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Task replies in the dialects of wire-formats-in-the-wild.md read into one {@link TaskStatus}. */
class TaskStatusTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static TaskStatus read(String json) throws Exception {
    return Json.mapper().readValue(json, TaskStatus.class);
  }

  @Test
  void chmuFlatReplies() throws Exception {
    TaskStatus running = read("{ \"status\": \"GENERATING\", \"progress\": 45 }");
    assertEquals(TaskState.Kind.RUNNING, running.state().kind());
    assertEquals("GENERATING", running.state().raw());
    assertEquals(Optional.of(45), running.progress());
  }

  @Test
  void newApiWrappedReplyWithStringProgressAndFailReason() throws Exception {
    TaskStatus failed = read("{\"code\":\"success\",\"message\":\"\",\"data\":{\"task_id\":\"t9\","
        + "\"status\":\"FAILURE\",\"progress\":\"100%\",\"fail_reason\":\"quota exceeded\",\"result_url\":\"\"}}");
    assertEquals(Optional.of("t9"), failed.taskId());
    assertEquals(TaskState.Kind.FAILED, failed.state().kind());
    assertEquals(Optional.of(100), failed.progress());
    assertEquals(Optional.of("quota exceeded"), failed.errorMessage());
  }

  @Test
  void midjourneyFetchReply() throws Exception {
    TaskStatus done = read("{\"id\":\"mj1\",\"action\":\"IMAGINE\",\"status\":\"SUCCESS\",\"progress\":\"100%\","
        + "\"imageUrl\":\"https://cdn.example/mj1.png\",\"failReason\":null,\"submitTime\":1713833628000}");
    assertEquals(Optional.of("mj1"), done.taskId());
    assertEquals(Optional.of("https://cdn.example/mj1.png"), done.imageUrl());
    assertEquals(1713833628000L, done.json().get("submitTime").asLong());
  }

  @Test
  void resultUrlsFromEveryPlaceHubsPutThem() throws Exception {
    assertEquals(Optional.of("https://a/v.mp4"), read("{\"status\":\"succeeded\",\"video_url\":\"https://a/v.mp4\"}")
        .videoUrl());
    assertEquals(Optional.of("https://k/v.mp4"), read("{\"status\":\"succeed\",\"data\":{\"task_result\":"
        + "{\"videos\":[{\"url\":\"https://k/v.mp4\"}]}},\"code\":0}").videoUrl());
    assertEquals(Optional.of("https://m/v.mp4"), read("{\"status\":\"finished\",\"metadata\":{\"url\":"
        + "\"https://m/v.mp4\"}}").videoUrl());
    TaskStatus chmu = read("{\"status\":\"COMPLETED\",\"videoUrl\":\"https://s/o.mp4\",\"thumbnailUrl\":"
        + "\"https://s/t.jpg\"}");
    assertEquals(Arrays.asList("https://s/o.mp4", "https://s/t.jpg"), chmu.resultUrls());
    assertEquals(Optional.of("https://s/o.mp4"), chmu.resultUrl());
  }

  @Test
  void klingNativeVideoReplyKeepsItsResultUrlWhenPolled() throws Exception {
    server.enqueue(MediaHub.json(200, "{\"code\":0,\"message\":\"SUCCEED\",\"data\":{\"task_id\":\"t\","
        + "\"task_status\":\"succeed\",\"task_result\":{\"videos\":[{\"url\":\"https://cdn.example/v.mp4\"}]}}}"));
    try (HubClient client = MediaHub.client(server)) {
      TaskStatus done = TasksApi.of(client).await("t", MediaHub.FAST).get(10, TimeUnit.SECONDS);
      assertEquals(TaskState.Kind.SUCCEEDED, done.state().kind());
      assertEquals(Optional.of("https://cdn.example/v.mp4"), done.videoUrl());
      assertEquals(Arrays.asList("https://cdn.example/v.mp4"), done.resultUrls());
      assertEquals(Optional.of("https://cdn.example/v.mp4"), done.resultUrl());
      assertEquals("GET /v1/public/tasks/t", server.takeRequest().getRequestLine().replace(" HTTP/1.1", ""));
    }
  }

  @Test
  void klingNativeImageReplyKeepsItsResultUrlsWhenPolled() throws Exception {
    server.enqueue(MediaHub.json(200, "{\"code\":0,\"message\":\"SUCCEED\",\"data\":{\"task_id\":\"t\","
        + "\"task_status\":\"succeed\",\"task_result\":{\"images\":["
        + "{\"index\":0,\"url\":\"https://cdn.example/a.png\"},"
        + "{\"index\":1,\"url\":\"https://cdn.example/b.png\"}]}}}"));
    try (HubClient client = MediaHub.client(server)) {
      TaskStatus done = TasksApi.of(client).await("t", MediaHub.FAST).get(10, TimeUnit.SECONDS);
      assertEquals(TaskState.Kind.SUCCEEDED, done.state().kind());
      List<String> images = Arrays.asList("https://cdn.example/a.png", "https://cdn.example/b.png");
      assertEquals(images, done.imageUrls());
      assertEquals(Optional.of("https://cdn.example/a.png"), done.imageUrl());
      assertEquals(images, done.resultUrls());
      assertEquals(Optional.empty(), done.videoUrl());
      assertEquals("GET /v1/public/tasks/t", server.takeRequest().getRequestLine().replace(" HTTP/1.1", ""));
    }
  }

  @Test
  void klingResultStaysReadableWhenTheReplyIsNotUnwrapped() throws Exception {
    TaskStatus images = read("{\"status\":\"succeed\",\"code\":0,\"data\":{\"task_result\":{\"images\":"
        + "[{\"url\":\"https://k/a.png\"}]}}}");
    assertEquals(Arrays.asList("https://k/a.png"), images.imageUrls());
    assertEquals(Arrays.asList("https://k/a.png"), images.resultUrls());
  }

  @Test
  void unknownTaskIsNotFoundWithTheHubsCode() {
    server.enqueue(MediaHub.json(404, "{\"code\":\"task_not_exist\",\"message\":\"task_not_exist\",\"data\":null}"));
    try (HubClient client = MediaHub.client(server)) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> TasksApi.of(client).get("nope"));
      assertEquals(Optional.of("task_not_exist"), e.code());
    }
  }

  @Test
  void videoJobReadsStringProgressAndUnknownStatus() throws Exception {
    VideoJob job = Json.mapper().readValue("{\"id\":\"v\",\"object\":\"video.generation\",\"status\":\"moderating\","
        + "\"progress\":\"45%\",\"width\":1280}", VideoJob.class);
    assertEquals(Optional.of(45), job.progress());
    assertEquals(TaskState.Kind.UNKNOWN, job.state().kind());
    assertEquals("moderating", job.state().raw());
    assertInstanceOf(Integer.class, job.extra().get("width"));
  }

  @Test
  void aFailedKlingTaskEndsWithItsStatusMessage() {
    server.enqueue(MediaHub.json(200, "{\"code\":0,\"message\":\"SUCCEED\",\"data\":{\"task_id\":\"t\","
        + "\"task_status\":\"failed\",\"task_status_msg\":\"Failure to pass the risk control system\"}}"));
    try (HubClient client = MediaHub.client(server)) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> TasksApi.of(client).await("t", MediaHub.FAST).get(10, TimeUnit.SECONDS));
      TaskFailedException failed = assertInstanceOf(TaskFailedException.class, e.getCause());
      assertEquals(Optional.of("Failure to pass the risk control system"), failed.hubMessage());
    }
  }

  @Test
  void aKlingSubmissionGivesItsFirstStatus() throws Exception {
    TaskSubmission submitted = Json.mapper().readValue("{\"code\":0,\"message\":\"SUCCEED\",\"data\":"
        + "{\"task_id\":\"t\",\"task_status\":\"submitted\",\"created_at\":1722769557708}}", TaskSubmission.class);
    assertEquals("t", submitted.taskId());
    assertEquals(Optional.of(TaskState.Kind.QUEUED), submitted.state().map(TaskState::kind));
  }
}
