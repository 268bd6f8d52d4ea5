package dev.hubkit.testing.internal;

import dev.hubkit.testing.RecordedHubRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Every request the hub received, in arrival order, safe to read while server threads add to it. */
public final class RequestLog {
  private final List<RecordedHubRequest> all = new ArrayList<>();
  private final BlockingQueue<RecordedHubRequest> untaken = new LinkedBlockingQueue<>();

  /** Records {@code request}. */
  public void add(RecordedHubRequest request) {
    synchronized (all) {
      all.add(request);
    }
    untaken.add(request);
  }

  /** A snapshot of all requests so far. */
  public List<RecordedHubRequest> all() {
    synchronized (all) {
      return Collections.unmodifiableList(new ArrayList<>(all));
    }
  }

  /** The oldest request not taken yet, waiting up to {@code timeout}; throws {@link AssertionError} if none comes. */
  public RecordedHubRequest take(Duration timeout) {
    try {
      RecordedHubRequest next = untaken.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (next == null) {
        throw new AssertionError("FakeHub received no further request within " + timeout.toMillis()
            + " ms; received so far: " + all());
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request to FakeHub", e);
    }
  }

  /** The latest request to {@code path} (below the prefix); throws {@link AssertionError} if there was none. */
  public RecordedHubRequest last(String path) {
    List<RecordedHubRequest> snapshot = all();
    for (int i = snapshot.size() - 1; i >= 0; i--) {
      if (snapshot.get(i).path().equals(path)) {
        return snapshot.get(i);
      }
    }
    throw new AssertionError("FakeHub received no request to " + path + "; received: " + snapshot);
  }
}
