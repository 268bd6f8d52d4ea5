package dev.hubkit.core;

import java.util.Optional;

/**
 * The hub answered with an error: an HTTP status of 400 or above, or an error object inside a stream. Carries the
 * parsed error object ({@code message}, {@code type}, {@code code}, {@code param}), the request id the hub
 * assigned, and a bounded snippet of a body that was not JSON (a proxy's HTML page). Subclasses exist where a
 * caller acts differently; every other status is a plain {@code ApiException}.
 */
public class ApiException extends HubException {
  private static final long serialVersionUID = 1L;

  /** The parsed error this exception reports. */
  private final ApiError error;
  /** What arrived before the error, for an error that ended a reply already under way; not serialized. */
  private transient Object partialReply;

  /**
   * Creates the exception from a parsed error; the message is built from it. Prefer {@link #of(ApiError)}, which
   * picks the most specific subclass.
   *
   * @param error the parsed error
   */
  public ApiException(ApiError error) {
    super(error.describe());
    this.error = error;
  }

  /**
   * The parsed error.
   *
   * @return the whole error: status, method, path, hub message and code, request id, body snippet
   */
  public ApiError error() {
    return error;
  }

  /**
   * The HTTP status.
   *
   * @return the reply's status; for an error sent inside a stream, its numeric code if it looks like a status,
   *     else 200
   */
  public int statusCode() {
    return error.statusCode();
  }

  /**
   * The error object's {@code message}.
   *
   * @return the hub's message; empty when it sent none, or the body was no JSON error object (see
   *     {@link ApiError#bodySnippet()})
   */
  public Optional<String> hubMessage() {
    return error.message();
  }

  /**
   * The error object's {@code type}.
   *
   * @return the type, e.g. {@code invalid_request_error}; empty when the hub sent none
   */
  public Optional<String> type() {
    return error.type();
  }

  /**
   * The error object's {@code code}.
   *
   * @return the code, e.g. {@code model_not_found}, numeric codes as their digits; empty when the hub sent none
   */
  public Optional<String> code() {
    return error.code();
  }

  /**
   * The error object's {@code param}.
   *
   * @return the request field that was wrong; empty when the hub named none
   */
  public Optional<String> param() {
    return error.param();
  }

  /**
   * The request id header, for support tickets.
   *
   * @return the id from {@code x-request-id} or one of its variants; empty when the hub sent none
   */
  public Optional<String> requestId() {
    return error.requestId();
  }

  /**
   * What the hub had sent of the reply before this error ended it, when it ended one already under way: for chat,
   * the {@code ChatCompletion} of a stream (or a whole reply) that stopped with an error finish reason or an error
   * event, holding the text received so far.
   *
   * @param type the reply type expected, such as {@code ChatCompletion.class}
   * @param <T> the reply type
   * @return the partial reply, if there is one of that type
   */
  public <T> Optional<T> partialReply(Class<T> type) {
    return type.isInstance(partialReply) ? Optional.of(type.cast(partialReply)) : Optional.<T>empty();
  }

  /**
   * As {@link #of(ApiError)}, keeping what arrived of the reply before the error (see {@link #partialReply}).
   *
   * @param error the parsed error
   * @param partialReply what arrived before it, or null
   * @return the most specific exception for the error
   */
  public static ApiException of(ApiError error, Object partialReply) {
    ApiException exception = of(error);
    exception.partialReply = partialReply;
    return exception;
  }

  /**
   * Maps an error to the most specific exception type a caller may act on.
   *
   * @param error the parsed error
   * @return {@link AuthenticationException} for 401 and 403, {@link InsufficientCreditsException} for 402, for a
   *     403 with a quota code and for a 429 whose code or type says {@code insufficient}, {@link NotFoundException}
   *     for 404, {@link RateLimitException} for any other 429, {@link ServerException} for 5xx, else a plain
   *     {@code ApiException}
   */
  public static ApiException of(ApiError error) {
    int status = error.statusCode();
    if (status == 401 || status == 403) {
      if (status == 403 && error.code().filter(ApiException::isQuotaCode).isPresent()) {
        return new InsufficientCreditsException(error);
      }
      return new AuthenticationException(error);
    }
    if (status == 402) {
      return new InsufficientCreditsException(error);
    }
    if (status == 404) {
      return new NotFoundException(error);
    }
    if (status == 429) {
      // OpenAI answers an exhausted quota with 429 insufficient_quota: waiting and retrying cannot help
      return isExhaustedQuota(error) ? new InsufficientCreditsException(error) : new RateLimitException(error);
    }
    if (status >= 500 && status <= 599) {
      return new ServerException(error);
    }
    return new ApiException(error);
  }

  private static boolean isExhaustedQuota(ApiError error) {
    return error.code().filter(code -> code.contains("insufficient")).isPresent()
        || error.type().filter(type -> type.contains("insufficient")).isPresent();
  }

  private static boolean isQuotaCode(String code) {
    // new-api answers an exhausted balance with 403 insufficient_user_quota.
    return code.contains("insufficient") || code.contains("quota");
  }
}
