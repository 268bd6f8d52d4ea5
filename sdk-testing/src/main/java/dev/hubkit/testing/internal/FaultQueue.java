package dev.hubkit.testing.internal;

import dev.hubkit.testing.Fault;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.Iterator;
import java.util.LinkedList;

/** Faults waiting for a request they apply to; each is handed out once, in the order enqueued. */
final class FaultQueue {
  private final LinkedList<Fault> faults = new LinkedList<>();

  synchronized void add(Fault fault) {
    faults.add(fault);
  }

  /**
   * Removes and returns the first fault that applies to {@code request}, or null. {@code streaming}: the request
   * is a streamed chat completion; {@code createsTask}: it creates a task or video job.
   */
  synchronized Fault take(RecordedHubRequest request, boolean streaming, boolean createsTask) {
    for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
      Fault fault = it.next();
      if (fault.path().isPresent() && !fault.path().get().equals(request.path())) {
        continue;
      }
      if (appliesTo(fault.kind(), streaming, createsTask)) {
        it.remove();
        return fault;
      }
    }
    return null;
  }

  private static boolean appliesTo(Fault.Kind kind, boolean streaming, boolean createsTask) {
    switch (kind) {
      case STREAM_CUT:
      case STREAM_ERROR:
        return streaming;
      case TASK_FAILED:
        return createsTask;
      default:
        return true;
    }
  }
}
