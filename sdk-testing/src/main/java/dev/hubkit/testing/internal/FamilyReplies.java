package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.RecordedHubRequest;

/** How each relay family writes a job's status, as the public relays do (see FamilyJobsEndpoint). */
final class FamilyReplies {
  private FamilyReplies() {}

  /** A midjourney-proxy task: {@code buttons} null until {@code SUCCESS}, a preview {@code imageUrl} meanwhile. */
  static ObjectNode midjourney(RecordedHubRequest request, FamilyJob job, FamilyJob.Stage stage) {
    ObjectNode task = Wire.object().put("id", job.id).put("action", job.action)
        .put("prompt", job.request.path("prompt").asText("")).put("submitTime", job.submittedMillis)
        .put("description", "Submit success");
    if (!stage.finished) {
      task.put("status", stage.progress == 0 ? "SUBMITTED" : "IN_PROGRESS").put("progress", stage.progress + "%")
          .put("imageUrl", stage.progress == 0 ? "" : FilesEndpoint.url(request, job.id + "/preview.png"))
          .put("failReason", "").putNull("buttons");
      return task;
    }
    if (job.failure != null) {
      return task.put("status", "FAILURE").put("progress", "").put("imageUrl", "")
          .put("failReason", job.failure.message().orElse("generation failed")).putNull("buttons");
    }
    task.put("status", "SUCCESS").put("progress", "100%").put("failReason", "")
        .put("imageUrl", FilesEndpoint.url(request, job.id + "/" + job.action.toLowerCase() + ".png"));
    ArrayNode buttons = task.putArray("buttons");
    String hash = "fakehub-" + job.id;
    if ("UPSCALE".equals(job.action)) {
      button(buttons, "MJ::JOB::variation::1::" + hash + "::SOLO", "Vary (Strong)", "🪄");
      button(buttons, "MJ::Outpaint::50::1::" + hash + "::SOLO", "Zoom Out 2x", "🔍");
    } else {
      for (int i = 1; i <= 4; i++) {
        button(buttons, "MJ::JOB::upsample::" + i + "::" + hash, "U" + i, "");
      }
      button(buttons, "MJ::JOB::reroll::0::" + hash + "::SOLO", "", "🔄");
      for (int i = 1; i <= 4; i++) {
        button(buttons, "MJ::JOB::variation::" + i + "::" + hash, "V" + i, "");
      }
    }
    return task;
  }

  private static void button(ArrayNode buttons, String customId, String label, String emoji) {
    buttons.addObject().put("customId", customId).put("emoji", emoji).put("label", label).put("type", 2)
        .put("style", 2);
  }

  /** A Suno task as new-api relays it: Unix seconds, string progress, two clips once done. */
  static ObjectNode suno(RecordedHubRequest request, FamilyJob job, FamilyJob.Stage stage) {
    ObjectNode task = Wire.object().put("task_id", job.id).put("action", job.action)
        .put("submit_time", job.submittedMillis / 1000).put("fail_reason", "");
    if (!stage.finished) {
      task.put("status", stage.progress == 0 ? "NOT_START" : "IN_PROGRESS").put("progress", stage.progress + "%")
          .putNull("data");
      return task;
    }
    if (job.failure != null) {
      return task.put("status", "FAILURE").put("progress", "100%")
          .put("fail_reason", job.failure.message().orElse("generation failed")).putNull("data");
    }
    task.put("status", "SUCCESS").put("progress", "100%").put("finish_time", System.currentTimeMillis() / 1000);
    if ("LYRICS".equals(job.action)) {
      task.putObject("data").put("id", job.id).put("status", "complete").put("title", "FakeHub lyrics")
          .put("text", "[Verse]\n" + job.request.path("prompt").asText("a song"));
      return task;
    }
    ArrayNode clips = task.putArray("data");
    for (int i = 1; i <= 2; i++) {
      String clip = job.id + "-clip-" + i;
      ObjectNode item = clips.addObject().put("id", clip).put("status", "complete")
          .put("title", job.request.path("title").asText("FakeHub song"))
          .put("model_name", job.request.path("mv").asText("chirp-v3-0"))
          .put("audio_url", FilesEndpoint.url(request, clip + ".mp3"))
          .put("image_url", FilesEndpoint.url(request, clip + ".png"))
          .put("video_url", FilesEndpoint.url(request, clip + ".mp4"));
      item.putObject("metadata").put("tags", job.request.path("tags").asText("")).put("duration", 120.5);
    }
    return task;
  }

  /** A Kling task inside Kling's {@code {"code":0,"message":"SUCCEED","data":...}} envelope. */
  static ObjectNode kling(RecordedHubRequest request, FamilyJob job, FamilyJob.Stage stage) {
    ObjectNode data = Wire.object().put("task_id", job.id).put("created_at", job.submittedMillis)
        .put("updated_at", System.currentTimeMillis());
    data.putObject("task_info");
    ObjectNode result = data.putObject("task_result");
    String kind = job.action.contains("/images/") ? "images" : "videos";
    ArrayNode items = result.putArray(kind);
    if (stage == null) {
      data.put("task_status", "submitted");
      data.remove("task_result");
    } else if (!stage.finished) {
      data.put("task_status", stage.progress == 0 ? "submitted" : "processing").put("task_status_msg", "");
    } else if (job.failure != null) {
      data.put("task_status", "failed")
          .put("task_status_msg", job.failure.message().orElse("generation failed"));
    } else {
      data.put("task_status", "succeed").put("task_status_msg", "");
      ObjectNode item = items.addObject().put("url", FilesEndpoint.url(request, job.id
          + ("images".equals(kind) ? "/image-0.png" : "/output.mp4")));
      if ("images".equals(kind)) {
        item.put("index", 0);
      } else {
        item.put("id", job.id + "-video").put("duration", "5.1");
      }
    }
    ObjectNode envelope = Wire.object().put("code", 0).put("message", "SUCCEED").put("request_id", "req-" + job.id);
    envelope.set("data", data);
    return envelope;
  }

  /** new-api's documented unified video status, flat. */
  static ObjectNode newApiVideo(RecordedHubRequest request, FamilyJob job, FamilyJob.Stage stage) {
    ObjectNode task = Wire.object().put("task_id", job.id).put("format", "mp4");
    if (!stage.finished) {
      return task.put("status", stage.progress == 0 ? "queued" : "in_progress");
    }
    if (job.failure != null) {
      task.put("status", "failed").putObject("error").put("code", job.failure.code().orElse("generation_failed"))
          .put("message", job.failure.message().orElse("generation failed"));
      return task;
    }
    task.put("status", "completed").put("url", FilesEndpoint.url(request, job.id + "/output.mp4"));
    task.putObject("metadata").put("duration", 5).put("fps", 24).put("width", 1280).put("height", 720);
    return task;
  }
}
