package dev.hubkit.core.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * The tag of a job-creating POST: its {@code Idempotency-Key}, whether the caller allows a resend after the body
 * went out, and whether it did. {@link RetryInterceptor} reads it to decide on a retry; {@link HubTransport} to
 * report a sent submission without an answer as {@code JobSubmissionUnknownException}.
 */
final class JobPost {
  final String idempotencyKey;
  final boolean resendAllowed;
  private final AtomicBoolean bodySent = new AtomicBoolean();

  JobPost(String idempotencyKey, boolean resendAllowed) {
    this.idempotencyKey = idempotencyKey;
    this.resendAllowed = resendAllowed;
  }

  /** Whether some attempt started writing the body to the network. */
  boolean bodySent() {
    return bodySent.get();
  }

  /**
   * {@code body}, marking this post sent as soon as OkHttp starts writing it. The wrapper says it is one-shot so
   * that OkHttp's own connection-failure retry never sends it again; {@link RetryInterceptor} decides instead.
   */
  RequestBody tracking(RequestBody body) {
    return new Tracked(body);
  }

  /** A body that records when it is written. */
  final class Tracked extends RequestBody {
    final RequestBody delegate;

    Tracked(RequestBody delegate) {
      this.delegate = delegate;
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return delegate.contentLength();
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      bodySent.set(true);
      delegate.writeTo(sink);
    }
  }
}
