package dev.hubkit.core;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * Per-call settings layered over the client's: extra headers (a hub's own, such as
 * {@code X-ChainHub-Enhance-Prompt: true}), extra query parameters, extra top-level JSON body fields for parameters
 * HubKit does not model, a timeout and a retry count. Set on a client with {@link HubClient#withOptions} or passed
 * to a single call; the more specific value wins.
 */
@Value.Immutable
@ValueStyle
public interface RequestOptions {
  /**
   * Headers added to the request; a header of the same name set by HubKit is replaced.
   *
   * @return the headers to add, by name; empty for none
   */
  Map<String, String> headers();

  /**
   * Query parameters appended to the URL.
   *
   * @return the query parameters to append, by name; empty for none
   */
  Map<String, String> queryParams();

  /**
   * Top-level fields merged into a JSON request body, replacing a field of the same name. Values are written
   * with HubKit's JSON mapper (maps, lists, strings, numbers, booleans, HubKit values).
   *
   * @return the fields to merge into the body, by name; empty for none
   */
  Map<String, Object> extraBody();

  /**
   * Whole-call timeout of a non-streaming call; a stream is bounded by the read timeout between events instead.
   *
   * @return the whole-call timeout; empty to keep the client's (its call timeout, 10 minutes by default)
   */
  Optional<Duration> timeout();

  /**
   * The longest silence while reading a reply or between two events of a stream.
   *
   * @return the read timeout; empty to keep the client's (3 minutes by default)
   */
  Optional<Duration> readTimeout();

  /**
   * Retries after the first attempt; 0 turns retrying off for the call.
   *
   * @return how many times a failed attempt may be retried; empty to keep the client's retry policy (2 by default)
   */
  Optional<Integer> maxRetries();

  /**
   * Whether a job-creating POST (an image, video or music submission) may be sent again after its body went out
   * with no answer, or after a 5xx. Off by default: such a resend can start a second paid job on a hub that
   * ignores the {@code Idempotency-Key} header HubKit sends; turn it on for a hub that honours it. Chat,
   * embeddings and other calls are retried as {@link #maxRetries()} says either way.
   *
   * @return the setting, empty for the default (off)
   */
  Optional<Boolean> resendJobSubmissions();

  /**
   * Called with the status and headers of each reply these options' calls receive (the last attempt's, after
   * retries), error replies included, before the value is decoded: a stream's when its headers arrive, before its
   * first event. Listeners of a client's options and of a call's both run, the client's first. What a listener
   * throws fails the call, as a {@link HubException} naming it.
   *
   * @return the listeners, in the order they run; empty for none
   */
  List<Consumer<? super HubReply>> replyListeners();

  /**
   * Options that change nothing.
   *
   * @return options with nothing set, shared
   */
  static RequestOptions none() {
    return NoRequestOptions.INSTANCE;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns these options with {@code override}'s set values taking precedence.
   *
   * @param override the options that win where both set a value, such as a call's over its client's
   * @return new options: the headers, query parameters and body fields of both (override's replacing those of the
   *     same name), override's timeouts, retries and resend setting where it sets them, and the reply listeners of
   *     both, these options' first
   */
  default RequestOptions mergedWith(RequestOptions override) {
    Map<String, String> headers = new LinkedHashMap<>(headers());
    headers.putAll(override.headers());
    Map<String, String> query = new LinkedHashMap<>(queryParams());
    query.putAll(override.queryParams());
    Map<String, Object> body = new LinkedHashMap<>(extraBody());
    body.putAll(override.extraBody());
    return builder()
        .headers(headers)
        .queryParams(query)
        .extraBody(body)
        .timeout(override.timeout().isPresent() ? override.timeout() : timeout())
        .readTimeout(override.readTimeout().isPresent() ? override.readTimeout() : readTimeout())
        .maxRetries(override.maxRetries().isPresent() ? override.maxRetries() : maxRetries())
        .resendJobSubmissions(override.resendJobSubmissions().isPresent()
            ? override.resendJobSubmissions() : resendJobSubmissions())
        .addAllReplyListeners(replyListeners())
        .addAllReplyListeners(override.replyListeners())
        .build();
  }

  /** Rejects settings no call could honour. */
  @Value.Check
  default void check() {
    maxRetries().ifPresent(n -> {
      if (n < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more, was " + n);
      }
    });
    timeout().ifPresent(t -> requirePositive("timeout", t));
    readTimeout().ifPresent(t -> {
      requirePositive("readTimeout", t);
      if (t.toMillis() > Integer.MAX_VALUE) { // OkHttp applies a call's read timeout in int milliseconds
        throw new IllegalArgumentException("readTimeout must be at most " + Duration.ofMillis(Integer.MAX_VALUE)
            + " (24.8 days), was " + t);
      }
    });
  }

  /**
   * Throws when {@code value} is zero or negative.
   *
   * @param name the setting's name, for the message
   * @param value the duration to check
   * @throws IllegalArgumentException when {@code value} is zero or negative
   */
  static void requirePositive(String name, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  /** Builds {@link RequestOptions}. */
  final class Builder extends ImmutableRequestOptions.Builder {
    /**
     * Adds one header, replacing an earlier one of the same name.
     *
     * @param name the header's name, such as {@code X-ChainHub-Enhance-Prompt}
     * @param value the header's value
     * @return this builder
     */
    public Builder header(String name, String value) {
      putHeaders(name, value);
      return this;
    }

    /**
     * Adds one query parameter, replacing an earlier one of the same name.
     *
     * @param name the parameter's name
     * @param value the parameter's value, as is (HubKit percent-encodes it)
     * @return this builder
     */
    public Builder queryParam(String name, String value) {
      putQueryParams(name, value);
      return this;
    }

    /**
     * Hands each reply's status and headers to {@code listener} (see {@link #replyListeners()}), e.g.
     * {@code AtomicReference<HubReply> reply = ...; chat.create(request, RequestOptions.builder()
     * .onReply(reply::set).build()); reply.get().header("x-portkey-provider")}.
     *
     * @param listener called on the thread that received the reply; keep it short
     * @return this builder
     */
    public Builder onReply(Consumer<? super HubReply> listener) {
      addReplyListeners(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Adds one top-level JSON body field, replacing an earlier one of the same name.
     *
     * @param name the field's name
     * @param value the field's value, written with HubKit's JSON mapper
     * @return this builder
     */
    public Builder bodyField(String name, Object value) {
      putExtraBody(name, value);
      return this;
    }
  }
}
