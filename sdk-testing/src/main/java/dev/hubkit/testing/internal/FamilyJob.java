package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.testing.Fault;
import java.util.concurrent.atomic.AtomicInteger;

/** One job of a relay family (Midjourney, Suno, Kling, new-api video); only its poll counter changes. */
final class FamilyJob {
  /** Which relay family and endpoint created the job. */
  enum Family { MIDJOURNEY, SUNO, KLING, NEW_API_VIDEO }

  final String id;
  final Family family;
  /** The family's own name for what the job does: {@code IMAGINE}, {@code UPSCALE}, {@code MUSIC}, a Kling path. */
  final String action;
  final JsonNode request;
  final Fault failure;
  final long submittedMillis;
  final AtomicInteger polls = new AtomicInteger();

  FamilyJob(String id, Family family, String action, JsonNode request, Fault failure) {
    this.id = id;
    this.family = family;
    this.action = action;
    this.request = request;
    this.failure = failure;
    this.submittedMillis = System.currentTimeMillis();
  }

  /** Counts one status read and says where the job stands after it. */
  Stage poll(int pollsUntilComplete) {
    int poll = polls.incrementAndGet();
    if (!PollSchedule.finished(poll, pollsUntilComplete)) {
      return new Stage(false, PollSchedule.progress(poll, pollsUntilComplete, 90));
    }
    return new Stage(true, 100);
  }

  /** Where a job stands at one poll. */
  static final class Stage {
    final boolean finished;
    final int progress;

    Stage(boolean finished, int progress) {
      this.finished = finished;
      this.progress = progress;
    }
  }
}
