package dev.hubkit.core;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An error reply as HubKit understood it: where it came from (method, path, status), the hub's error object, the
 * request id, and a bounded snippet of a body that was not a JSON error object.
 */
@Value.Immutable
@ValueStyle
public abstract class ApiError {
  /**
   * The HTTP status.
   *
   * @return the reply's status; for an error sent inside a stream, its numeric code if it looks like a status,
   *     else 200
   */
  public abstract int statusCode();

  /**
   * The HTTP method of the failed call.
   *
   * @return the method, such as {@code POST}
   */
  public abstract String method();

  /**
   * The URL path of the failed call.
   *
   * @return the path including the base URL's prefix; never the query or host credentials
   */
  public abstract String path();

  /**
   * The error object's {@code message}.
   *
   * @return the hub's message; empty when the body held no error object or it had no message
   */
  public abstract Optional<String> message();

  /**
   * The error object's {@code type}.
   *
   * @return the type, e.g. {@code invalid_request_error}; empty when the hub sent none
   */
  public abstract Optional<String> type();

  /**
   * The error object's {@code code}.
   *
   * @return the code as text, also when the hub sent a number; empty when it sent none
   */
  public abstract Optional<String> code();

  /**
   * The error object's {@code param}.
   *
   * @return the request field the hub blamed; empty when it named none
   */
  public abstract Optional<String> param();

  /**
   * The request id header.
   *
   * @return the id the hub assigned to the request, for support tickets; empty when it sent no such header
   */
  public abstract Optional<String> requestId();

  /**
   * How long the hub asked to wait.
   *
   * @return the wait from {@code retry-after-ms} or {@code Retry-After}; empty when neither header was sent or
   *     readable
   */
  public abstract Optional<Duration> retryAfter();

  /**
   * The start of a body that held no JSON error object.
   *
   * @return the body's start, whitespace folded, at most a few hundred chars (the HTTP status text for an empty
   *     body); empty when the body held a JSON error object
   */
  public abstract Optional<String> bodySnippet();

  /**
   * Whether the error arrived inside an event stream.
   *
   * @return true when the error arrived inside an event stream that had already started with HTTP 200
   */
  @Value.Default
  public boolean inStream() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder; {@code statusCode}, {@code method} and {@code path} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApiError} values. */
  public static final class Builder extends ImmutableApiError.Builder {}

  /** The exception message: what failed, the hub's words, and what to do where that is clear. */
  final String describe() {
    StringBuilder text = new StringBuilder();
    if (inStream()) {
      text.append("error event in the stream of ").append(method()).append(' ').append(path());
    } else {
      text.append(method()).append(' ').append(path()).append(" returned ").append(statusCode());
    }
    text.append(": ").append(message().orElse(bodySnippet().orElse("(no error message)")));
    StringBuilder details = new StringBuilder();
    code().ifPresent(c -> details.append("code ").append(c));
    type().ifPresent(t -> appendDetail(details, "type " + t));
    param().ifPresent(p -> appendDetail(details, "param " + p));
    requestId().ifPresent(r -> appendDetail(details, "request id " + r));
    if (details.length() > 0) {
      text.append(" (").append(details).append(')');
    }
    String hint = hint();
    if (!hint.isEmpty()) {
      text.append(". ").append(hint);
    }
    return text.toString();
  }

  /**
   * Whether a 404 looks like one of the path rather than of a named model or resource: no error code, no provider
   * error type other than OpenAI's {@code invalid_request_error} (its "Invalid URL"), and no model named.
   */
  private boolean isUnknownPath() {
    return !code().isPresent() && type().map("invalid_request_error"::equals).orElse(true)
        && !message().filter(m -> m.toLowerCase(java.util.Locale.ROOT).contains("model")).isPresent();
  }

  private static void appendDetail(StringBuilder details, String detail) {
    if (details.length() > 0) {
      details.append(", ");
    }
    details.append(detail);
  }

  private String hint() {
    switch (statusCode()) {
      case 401:
        return "Check the API key (HUBKIT_API_KEY) for this hub";
      case 402:
        return "The account has no credits left on this hub";
      case 404:
        return isUnknownPath() ? "Check the base URL's path prefix (HUBKIT_BASE_URL) and the id" : "";
      case 429:
        return retryAfter().map(d -> "The hub asked to wait " + d.toMillis() + " ms").orElse("Slow down");
      default:
        return "";
    }
  }
}
