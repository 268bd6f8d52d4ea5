package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.FakeModel;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;

/**
 * CHMU Hub tasks: {@code POST /videos/generations} and task-style image generations create them,
 * {@code GET /tasks/{taskId}} reports {@code GENERATING} with progress, then {@code COMPLETED} with result URLs or
 * {@code FAILED} with an error.
 */
final class TasksEndpoint {
  private final HubSettings settings;
  private final ModelCatalog catalog;
  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  TasksEndpoint(HubSettings settings, ModelCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
  }

  /** {@code POST /videos/generations}: {@code {task_id, status:"GENERATING", model, estimated_time}}. */
  MockResponse createVideo(RecordedHubRequest request, Fault failure) {
    if (!request.isJson() || !request.json().isObject()) {
      return Wire.invalidJson();
    }
    JsonNode body = request.json();
    String model = body.path("model").asText(null);
    MockResponse modelError = catalog.check(model, FakeModel.Type.VIDEO);
    if (modelError != null) {
      return modelError;
    }
    if (body.path("prompt").asText("").trim().isEmpty()) {
      return Wire.missingParameter("prompt");
    }
    Task task = create("vid_", model, false, 1, failure);
    double estimated = settings.estimatedSeconds();
    ObjectNode created = task.created();
    if (estimated == Math.rint(estimated)) {
      created.put("estimated_time", (long) estimated);
    } else {
      created.put("estimated_time", estimated);
    }
    return Wire.json(200, created);
  }

  /** A task-style image generation of {@code count} images: {@code {task_id, status:"GENERATING", model}}. */
  MockResponse createImage(String model, int count, Fault failure) {
    return Wire.json(200, create("img_", model, true, count, failure).created());
  }

  /** {@code GET /tasks/{taskId}}: one more poll of the task; 404 {@code task_not_found} for an unknown id. */
  MockResponse poll(RecordedHubRequest request, String taskId) {
    Task task = tasks.get(taskId);
    if (task == null) {
      return Wire.notFound("task_not_found", "Task '" + taskId + "' not found");
    }
    int poll = task.polls.incrementAndGet();
    ObjectNode body = Wire.object().put("task_id", task.id);
    if (!PollSchedule.finished(poll, settings.pollsUntilComplete())) {
      body.put("status", "GENERATING").put("progress", PollSchedule.progress(poll, settings.pollsUntilComplete(), 90));
      return Wire.json(200, body);
    }
    if (task.failure != null) {
      body.put("status", "FAILED").put("progress", 100);
      body.putObject("error").put("code", task.failure.code().orElse("generation_failed"))
          .put("message", task.failure.message().orElse("generation failed"));
      return Wire.json(200, body);
    }
    body.put("status", "COMPLETED").put("progress", 100);
    if (task.image) {
      ArrayNode images = body.putArray("images");
      for (int i = 0; i < task.count; i++) {
        images.add(FilesEndpoint.url(request, task.id + "/image-" + i + ".png"));
      }
      body.put("imageUrl", images.get(0).asText());
    } else {
      body.put("videoUrl", FilesEndpoint.url(request, task.id + "/output.mp4"));
      body.put("thumbnailUrl", FilesEndpoint.url(request, task.id + "/thumb.jpg"));
    }
    return Wire.json(200, body);
  }

  private Task create(String idPrefix, String model, boolean image, int count, Fault failure) {
    Task task = new Task(idPrefix + "fakehub_" + ids.incrementAndGet(), model, image, Math.max(1, count), failure);
    tasks.put(task.id, task);
    return task;
  }

  /** One task; only its poll counter changes, atomically. */
  private static final class Task {
    final String id;
    final String model;
    final boolean image;
    final int count;
    final Fault failure;
    final AtomicInteger polls = new AtomicInteger();

    Task(String id, String model, boolean image, int count, Fault failure) {
      this.id = id;
      this.model = model;
      this.image = image;
      this.count = count;
      this.failure = failure;
    }

    ObjectNode created() {
      return Wire.object().put("task_id", id).put("status", "GENERATING").put("model", model);
    }
  }
}
