package dev.hubkit.core;

import dev.hubkit.core.internal.ErrorParser;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;

/**
 * The HTTP status and headers of one reply, as the official SDKs' "raw response" gives them, without a second call
 * and without wrapping the decoded value: which target a gateway's fallback used
 * ({@code x-portkey-last-used-option-index}, {@code x-portkey-provider}), rate limits
 * ({@code x-ratelimit-remaining-requests}), the request id. Ask for it per call or per client with
 * {@link RequestOptions.Builder#onReply}; a stream's reply is handed over when its headers arrive, before its first
 * event. Header names are case-insensitive.
 */
public final class HubReply {
  private final int statusCode;
  private final String method;
  private final String path;
  private final Headers headers;

  /**
   * A reply's metadata, as HubKit hands it to reply listeners; public for tests of code that reads it.
   *
   * @param statusCode the HTTP status
   * @param method the call's HTTP method
   * @param path the call's path, including the base URL's prefix
   * @param headers the reply's headers
   */
  public HubReply(int statusCode, String method, String path, Headers headers) {
    this.statusCode = statusCode;
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.headers = Objects.requireNonNull(headers, "headers");
  }

  /** @return the HTTP status, such as 200, or the status of an error reply */
  public int statusCode() {
    return statusCode;
  }

  /** @return the call's HTTP method */
  public String method() {
    return method;
  }

  /** @return the call's path, including the base URL's prefix; never the query */
  public String path() {
    return path;
  }

  /**
   * @param name a header name, in any case
   * @return the header's last value, if the reply has it
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * @param name a header name, in any case
   * @return every value of the header, in order; empty when the reply has none
   */
  public List<String> headers(String name) {
    return headers.values(name);
  }

  /** @return every header, names in lower case, values in order */
  public Map<String, List<String>> headers() {
    return Collections.unmodifiableMap(headers.toMultimap());
  }

  /**
   * @return the request id the hub or its gateway assigned ({@code x-request-id}, {@code x-oneapi-request-id},
   *     {@code x-portkey-trace-id}, {@code x-generation-id}, {@code cf-ray} and their kin), as exceptions give it
   */
  public Optional<String> requestId() {
    return ErrorParser.requestId(headers);
  }

  /** @return the call and its status; headers are left out, as they may hold a gateway's tokens */
  @Override
  public String toString() {
    return "HubReply{" + method + " " + path + " " + statusCode + "}";
  }
}
