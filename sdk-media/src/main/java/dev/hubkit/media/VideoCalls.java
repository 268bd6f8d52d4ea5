package dev.hubkit.media;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.ResponseReader;
import java.util.Collections;
import java.util.Objects;
import okhttp3.MultipartBody;

/** The requests {@link VideosApi} sends, and how it reads a submission in either style. */
final class VideoCalls {
  private VideoCalls() {}

  /**
   * A submission's answer: an OpenAI video object ({@code "object":"video..."} with an {@code id}, polled at
   * {@code /videos/{id}}) or a task ({@code task_id} and its cousins, polled at {@code /tasks/{id}}).
   */
  static final class Answer {
    final VideoJob job;
    final TaskSubmission task;

    Answer(VideoJob job, TaskSubmission task) {
      this.job = job;
      this.task = task;
    }
  }

  static final ResponseReader<Answer> ANSWER = body -> {
    JsonNode reply = Json.mapper().readTree(body);
    if (reply.path("object").asText("").startsWith("video") && reply.path("id").isTextual()
        && !reply.has("task_id")) {
      return new Answer(Json.mapper().treeToValue(reply, VideoJob.class), null);
    }
    try {
      return new Answer(null, TaskSubmission.of(reply));
    } catch (MalformedResponseException e) { // HubTransport adds the method, path and status to these words
      throw JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null, e.getMessage(), e);
    }
  };

  static HubRequest taskSubmission(VideoTaskRequest request) {
    return HubRequest.postJson(Objects.requireNonNull(request, "request"), "videos", "generations").creatingJob();
  }

  static HubRequest create(VideoCreateRequest request, TransferListener uploadProgress) {
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("prompt", request.prompt());
    request.model().ifPresent(model -> body.addFormDataPart("model", model));
    request.seconds().ifPresent(seconds -> body.addFormDataPart("seconds", seconds));
    request.size().ifPresent(size -> body.addFormDataPart("size", size));
    request.inputReference().ifPresent(file ->
        body.addFormDataPart("input_reference", file.filename(), file.toRequestBody(uploadProgress)));
    return HubRequest.post(body.build(), "videos").creatingJob();
  }

  static HubRequest retrieve(String videoId) {
    return HubRequest.get("videos", Objects.requireNonNull(videoId, "videoId"));
  }

  static HubRequest list(String after, Integer limit, String order) {
    return HubRequest.get("videos").withQuery("after", after).withQuery("limit", limit).withQuery("order", order);
  }

  static HubRequest delete(String videoId) {
    return HubRequest.delete("videos", Objects.requireNonNull(videoId, "videoId"));
  }

  static HubRequest remix(String videoId, String prompt) {
    MediaChecks.requireText("prompt", prompt, "describe the change");
    return HubRequest.postJson(Collections.singletonMap("prompt", prompt), "videos",
        Objects.requireNonNull(videoId, "videoId"), "remix").creatingJob();
  }

  static HubRequest content(String videoId, VideoVariant variant) {
    return HubRequest.get("videos", Objects.requireNonNull(videoId, "videoId"), "content")
        .withQuery("variant", variant.wireName());
  }

  static VideoTaskRequest withModel(VideoTaskRequest request, String model) {
    return model.equals(request.model()) ? request : VideoTaskRequest.builder().from(request).model(model).build();
  }

  /** A finished OpenAI-style job as a task status (state, progress, error; no URL: its file is at /content). */
  static TaskStatus status(VideoJob job) {
    return TaskStatus.of(Json.mapper().valueToTree(job));
  }
}
