package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.Fault;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One OpenAI-style video job. Its state is a function of how often it was polled ({@code GET /videos/{id}}):
 * {@code queued} (0), {@code in_progress} (rising to 50 by default), then {@code completed} (100) or
 * {@code failed}. Listing and downloading do not advance it.
 */
final class VideoJob {
  final String id;
  private final String model;
  private final String prompt;
  private final String seconds;
  private final String size;
  private final long createdAt;
  private final String remixedFrom;
  private final Fault failure;
  private final int pollsUntilComplete;
  private final AtomicInteger polls = new AtomicInteger();
  private volatile long completedAt;

  VideoJob(String id, String model, String prompt, String seconds, String size, String remixedFrom,
      Fault failure, int pollsUntilComplete) {
    this.id = id;
    this.model = model;
    this.prompt = prompt;
    this.seconds = seconds;
    this.size = size;
    this.createdAt = System.currentTimeMillis() / 1000;
    this.remixedFrom = remixedFrom;
    this.failure = failure;
    this.pollsUntilComplete = pollsUntilComplete;
  }

  /** Counts one status poll and returns the job as that poll sees it. */
  ObjectNode poll() {
    int poll = polls.incrementAndGet();
    if (PollSchedule.finished(poll, pollsUntilComplete) && completedAt == 0) {
      completedAt = System.currentTimeMillis() / 1000;
    }
    return json(poll);
  }

  /** The job as last polled, without counting a poll. */
  ObjectNode snapshot() {
    return json(polls.get());
  }

  /** Whether a poll has reported the job completed (not failed). */
  boolean completed() {
    return failure == null && PollSchedule.finished(polls.get(), pollsUntilComplete);
  }

  /** The status the last poll reported. */
  String status() {
    return snapshot().path("status").asText();
  }

  String model() {
    return model;
  }

  String seconds() {
    return seconds;
  }

  String size() {
    return size;
  }

  private ObjectNode json(int poll) {
    ObjectNode job = Wire.object().put("id", id).put("object", "video").put("model", model);
    boolean finished = poll > 0 && PollSchedule.finished(poll, pollsUntilComplete);
    if (finished) {
      job.put("status", failure == null ? "completed" : "failed").put("progress", 100);
    } else if (poll <= 1) {
      job.put("status", "queued").put("progress", 0);
    } else {
      job.put("status", "in_progress").put("progress", PollSchedule.progress(poll, pollsUntilComplete, 100));
    }
    job.put("created_at", createdAt);
    if (finished && failure == null) {
      job.put("completed_at", completedAt).put("expires_at", completedAt + 3600);
    } else {
      job.putNull("completed_at").putNull("expires_at");
    }
    job.put("prompt", prompt).put("seconds", seconds).put("size", size).put("remixed_from_video_id", remixedFrom);
    if (finished && failure != null) {
      job.putObject("error").put("code", failure.code().orElse("generation_failed"))
          .put("message", failure.message().orElse("generation failed"));
    } else {
      job.putNull("error");
    }
    return job;
  }
}
