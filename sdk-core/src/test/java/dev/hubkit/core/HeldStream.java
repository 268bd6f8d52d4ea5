package dev.hubkit.core;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * An SSE reply body that sends one event ({@code {"t":"0"}}), then holds the stream open until {@code release}
 * opens, then ends it with {@code [DONE]}: a hub in the middle of an answer, for as long as the test needs. The
 * wait is bounded by {@link #GUARD_SECONDS} only so that a broken test fails instead of hanging; when the guard
 * runs out the stream ends without {@code [DONE]}.
 */
final class HeldStream implements MockResponseBody {
  static final long GUARD_SECONDS = 30;

  private final CountDownLatch release;

  HeldStream(CountDownLatch release) {
    this.release = release;
  }

  /** A 200 {@code text/event-stream} reply with this body. */
  static MockResponse reply(CountDownLatch release) {
    return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
        .body(new HeldStream(release)).build();
  }

  @Override
  public long getContentLength() {
    return -1;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.writeUtf8("data: {\"t\":\"0\"}\n\n").flush();
    try {
      if (!release.await(GUARD_SECONDS, TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server is shutting down: the rest has nobody to go to
      return;
    }
    sink.writeUtf8("data: [DONE]\n\n").flush();
  }
}
