package dev.hubkit.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure the fake hub plays once ({@link FakeHub#enqueueFault}): the first later request it applies to consumes
 * it. HTTP faults ({@link #rateLimited}, {@link #httpError}, {@link #badGateway}, {@link #htmlError}) apply to any
 * request under the API prefix; stream faults ({@link #streamCut}, {@link #streamError}) only to a streaming
 * {@code /chat/completions}, {@code /responses} or Gemini {@code :streamGenerateContent} (there the error chunk is
 * Google's envelope, and HTTP faults answer in it too); {@link #taskFailed} only to a request that creates a task, a
 * video job or a background response. Restrict a
 * fault to one path with {@link #onPath}. Immutable.
 */
public final class Fault {
  /** What the fault does. */
  public enum Kind {
    /** An OpenAI-style JSON error with a status, such as 429 with {@code Retry-After}. */
    HTTP_ERROR,
    /** A 5xx with an nginx HTML page instead of JSON, as a proxy in front of a hub sends. */
    HTML_ERROR,
    /** A chat stream that ends after some chunks, without {@code data: [DONE]}. */
    STREAM_CUT,
    /** A chat stream that sends some chunks, then a chunk with a top-level {@code error}, then ends. */
    STREAM_ERROR,
    /** A task or video job that ends {@code FAILED} / {@code failed} instead of completing. */
    TASK_FAILED
  }

  private final Kind kind;
  private final int status;
  private final String code;
  private final String message;
  private final Duration retryAfter;
  private final int afterChunks;
  private final String path;

  private Fault(Kind kind, int status, String code, String message, Duration retryAfter, int afterChunks,
      String path) {
    this.kind = kind;
    this.status = status;
    this.code = code;
    this.message = message;
    this.retryAfter = retryAfter;
    this.afterChunks = afterChunks;
    this.path = path;
  }

  /**
   * 429 {@code rate_limit_exceeded} with {@code Retry-After} in whole seconds (rounded up) and {@code retry-after-ms}.
   *
   * @param retryAfter the wait to ask for; zero is allowed
   * @return the fault
   * @throws IllegalArgumentException when it is negative
   */
  public static Fault rateLimited(Duration retryAfter) {
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    return new Fault(Kind.HTTP_ERROR, 429, "rate_limit_exceeded",
        "Rate limit reached for requests. Please try again in " + retryAfter.toMillis() + "ms.", retryAfter, 0, null);
  }

  /**
   * A JSON error {@code {"error":{"message","type","code"}}} with the given status; the type is
   * {@code rate_limit_error} for 429, {@code server_error} for 5xx, else {@code invalid_request_error}.
   *
   * @param status the HTTP status, 400..599
   * @param code the error object's {@code code}, e.g. {@code model_not_found}
   * @param message the error object's {@code message}
   * @return the fault
   * @throws IllegalArgumentException when the status is outside 400..599
   * @throws NullPointerException when the code or message is null
   */
  public static Fault httpError(int status, String code, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 400..599, not " + status);
    }
    return new Fault(Kind.HTTP_ERROR, status, Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(message, "message"), null, 0, null);
  }

  /**
   * 502 Bad Gateway with nginx's HTML page ({@code Content-Type: text/html}).
   *
   * @return the fault
   */
  public static Fault badGateway() {
    return htmlError(502);
  }

  /**
   * A 5xx status with nginx's HTML page ({@code Content-Type: text/html}).
   *
   * @param status the HTTP status, 500..599
   * @return the fault
   * @throws IllegalArgumentException when the status is outside 500..599
   */
  public static Fault htmlError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("an HTML error page is for 500..599, not " + status);
    }
    return new Fault(Kind.HTML_ERROR, status, null, null, null, 0, null);
  }

  /**
   * A 200 chat stream that sends its first {@code afterChunks} chunks and ends without {@code [DONE]}; a Responses
   * stream sends its first {@code afterChunks} events and ends without its {@code response.completed}.
   *
   * @param afterChunks how many chunks or events arrive before the cut; 0 cuts before the first
   * @return the fault
   * @throws IllegalArgumentException when it is negative
   */
  public static Fault streamCut(int afterChunks) {
    return new Fault(Kind.STREAM_CUT, 200, null, null, null, requireNotNegative(afterChunks), null);
  }

  /**
   * A 200 chat stream that sends one chunk, then {@code data: {"error":{"message","type":"server_error","code"}}},
   * and ends without {@code [DONE]}, as gateways report upstream failures mid-stream; a Responses stream sends
   * {@code response.created}, then {@code response.failed} with {@code error{code,message}}.
   *
   * @param code the error's {@code code}
   * @param message the error's {@code message}
   * @return the fault
   * @throws NullPointerException when either is null
   */
  public static Fault streamError(String code, String message) {
    return new Fault(Kind.STREAM_ERROR, 200, Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(message, "message"), null, 1, null);
  }

  /**
   * The next task or video job created fails where it would complete: a CHMU task reports
   * {@code {"status":"FAILED","error":{"code","message"}}}, a {@code /videos} job {@code "status":"failed"} with
   * {@code error{code,message}}, a background response {@code "status":"failed"} with {@code error{code,message}}.
   *
   * @param code the error's {@code code}, e.g. {@code content_policy_violation}
   * @param message the error's {@code message}
   * @return the fault
   * @throws NullPointerException when either is null
   */
  public static Fault taskFailed(String code, String message) {
    return new Fault(Kind.TASK_FAILED, 200, Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(message, "message"), null, 0, null);
  }

  /**
   * A copy that only applies to requests whose path below the prefix is {@code path}.
   *
   * @param path the path below the prefix, e.g. {@code "/models"}; compared exactly
   * @return the copy; this fault is unchanged
   * @throws IllegalArgumentException when it does not start with '/'
   */
  public Fault onPath(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a path below the prefix starts with '/': " + path);
    }
    return new Fault(kind, status, code, message, retryAfter, afterChunks, path);
  }

  /**
   * What the fault does.
   *
   * @return its kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The HTTP status sent.
   *
   * @return the error status; 200 for stream and task faults
   */
  public int status() {
    return status;
  }

  /**
   * The error code sent.
   *
   * @return the code; empty for HTML errors and stream cuts
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * The error message sent.
   *
   * @return the message; empty for HTML errors and stream cuts
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * The wait a rate limit asks for.
   *
   * @return the wait; empty for every fault but {@link #rateLimited}
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * How many chunks a stream fault sends before it strikes.
   *
   * @return the count given to {@link #streamCut}; 1 for {@link #streamError}, 0 for other kinds
   */
  public int afterChunks() {
    return afterChunks;
  }

  /**
   * The only path below the prefix the fault applies to.
   *
   * @return the path; empty when the fault applies to any path of its kind
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  private static int requireNotNegative(int chunks) {
    if (chunks < 0) {
      throw new IllegalArgumentException("afterChunks must not be negative: " + chunks);
    }
    return chunks;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Fault)) {
      return false;
    }
    Fault that = (Fault) other;
    return kind == that.kind && status == that.status && afterChunks == that.afterChunks
        && Objects.equals(code, that.code) && Objects.equals(message, that.message)
        && Objects.equals(retryAfter, that.retryAfter) && Objects.equals(path, that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, code, message, retryAfter, afterChunks, path);
  }

  @Override
  public String toString() {
    return "Fault{" + kind + ", status=" + status + (code == null ? "" : ", code=" + code)
        + (path == null ? "" : ", path=" + path) + "}";
  }
}
