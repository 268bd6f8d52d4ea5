package dev.hubkit.core.internal;

import dev.hubkit.core.ApiException;
import dev.hubkit.core.InsufficientCreditsException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends a call again after a connection failure or a retryable status (408, 409, 429, 5xx), waiting as the
 * {@link RetryPolicy} says or as the hub's {@code Retry-After} asks. It acts only on the status line, before a body
 * is handed to the caller, so a stream is never retried once it delivers. A job-creating POST (tagged
 * {@link JobPost}) is sent again only when the hub cannot have started the job: a connection failure before its
 * body went out, or a 408, 409 or 429 (or {@code x-should-retry: true}) reply; after the body went out, only when
 * the caller opted in with {@link RequestOptions#resendJobSubmissions()}, so a slow hub never gets two paid jobs.
 * Also applies a call's own read timeout ({@link RequestOptions#readTimeout()}) from the request's
 * {@code RequestOptions} tag.
 */
public final class RetryInterceptor implements Interceptor {
  private static final long SLEEP_SLICE_MILLIS = 50;

  /** Reads a 429's body (a peek: the reply stays whole) to tell an exhausted quota from a rate limit. */
  private static final ErrorParser QUOTA_CHECK = new ErrorParser(null);

  private final RetryPolicy policy;

  /** Retries as {@code policy} says unless a call's options override the count. */
  public RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestOptions options = request.tag(RequestOptions.class);
    Chain effective = chain;
    if (options != null && options.readTimeout().isPresent()) {
      effective = chain.withReadTimeout((int) options.readTimeout().get().toMillis(), TimeUnit.MILLISECONDS);
    }
    int maxRetries = options != null && options.maxRetries().isPresent()
        ? options.maxRetries().get()
        : policy.maxRetries();
    JobPost job = request.tag(JobPost.class);
    RequestBody body = request.body() instanceof JobPost.Tracked
        ? ((JobPost.Tracked) request.body()).delegate : request.body();
    if (body != null && body.isOneShot()) {
      maxRetries = 0; // a streamed upload cannot be sent twice
    }
    boolean guarded = job != null && !job.resendAllowed;
    for (int attempt = 0; ; attempt++) {
      Response response;
      try {
        response = effective.proceed(request);
      } catch (IOException e) {
        if (attempt >= maxRetries || chain.call().isCanceled() || !isRetryable(e) || guarded && job.bodySent()
            || clientClosed(request)) {
          throw e;
        }
        pause(backoff(attempt), chain);
        continue;
      }
      if (attempt >= maxRetries || !shouldRetry(response) || guarded && !hubDidNotStartTheJob(response)) {
        return response;
      }
      if (clientClosed(request)) {
        response.close();
        throw new IOException("the HubClient was closed before the call could be sent again");
      }
      Duration wait = hubRequestedWait(response).orElse(backoff(attempt));
      response.close();
      pause(wait, chain);
    }
  }

  /** True when the request's HubClient was closed: nothing is sent again (see ClientState). */
  private static boolean clientClosed(Request request) {
    ClientState state = request.tag(ClientState.class);
    return state != null && state.isClosed();
  }

  private static boolean isRetryable(IOException e) {
    // A plain InterruptedIOException is a cancellation or the whole-call timeout: sending again cannot help.
    return !(e instanceof InterruptedIOException) || e instanceof SocketTimeoutException;
  }

  /**
   * Whether a retryable reply to a job-creating POST says the hub did not take the request: 408 (it gave up
   * waiting for it), 409 (a request with the same {@code Idempotency-Key} is in progress), 429, or the hub's own
   * {@code x-should-retry: true}. A 5xx may come after the job started upstream, so it is not resent.
   */
  private static boolean hubDidNotStartTheJob(Response response) {
    int code = response.code();
    return code == 408 || code == 409 || code == 429 || "true".equalsIgnoreCase(response.header("x-should-retry"));
  }

  private static boolean shouldRetry(Response response) {
    String hint = response.header("x-should-retry");
    if ("true".equalsIgnoreCase(hint)) {
      return true;
    }
    if ("false".equalsIgnoreCase(hint)) {
      return false;
    }
    int code = response.code();
    if (code == 429) {
      return !(ApiException.of(QUOTA_CHECK.fromResponse(response, "", "")) instanceof InsufficientCreditsException);
    }
    return code == 408 || code == 409 || code >= 500;
  }

  private Optional<Duration> hubRequestedWait(Response response) {
    return RetryAfter.parse(response.headers(), Instant.now())
        .map(wait -> wait.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : wait);
  }

  /** Exponential backoff from the initial wait, capped, with up to 25 % jitter subtracted. */
  Duration backoff(int attempt) {
    long initial = policy.initialBackoff().toMillis();
    long max = policy.maxBackoff().toMillis();
    long exponential = attempt >= 30 ? max : Math.min(max, initial << attempt);
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis((long) (exponential * jitter));
  }

  private static void pause(Duration wait, Chain chain) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      for (long left = wait.toMillis(); left > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
        if (chain.call().isCanceled()) {
          throw new IOException("Canceled");
        }
        Thread.sleep(Math.min(left, SLEEP_SLICE_MILLIS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
    if (chain.call().isCanceled()) {
      throw new IOException("Canceled");
    }
    if (clientClosed(chain.request())) {
      throw new IOException("the HubClient was closed while the call waited to be sent again");
    }
  }
}
