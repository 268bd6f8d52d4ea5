package dev.hubkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.testing.internal.RequestBodies;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * A request the fake hub received, kept for assertions: method, path, headers, query, raw body, and the body parsed
 * as JSON or as multipart parts when it is one of those. Immutable: accessors return copies.
 */
public final class RecordedHubRequest {
  private final String method;
  private final HttpUrl url;
  private final String path;
  private final Headers headers;
  private final byte[] body;
  private final JsonNode json;
  private final List<MultipartPart> parts;

  /**
   * Records a request from its raw parts; {@code prefix} is the hub's API prefix (e.g. {@code "/v1"}), so
   * {@link #path()} can be given below it. FakeHub does this for every request; tests rarely need to.
   *
   * @param method the HTTP method, e.g. {@code "POST"}
   * @param url the URL as received, query included
   * @param headers the request headers
   * @param body the raw body, copied; an empty array for a request without one
   * @param prefix the hub's API prefix, e.g. {@code "/v1"}, or {@code ""} for none
   */
  public RecordedHubRequest(String method, HttpUrl url, Headers headers, byte[] body, String prefix) {
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body.clone();
    this.path = RequestBodies.pathBelow(prefix, url.encodedPath());
    String contentType = headers.get("Content-Type");
    this.parts = RequestBodies.parseMultipart(contentType, this.body);
    this.json = parts.isEmpty() ? RequestBodies.parseJson(this.body) : null;
  }

  /**
   * The HTTP method, e.g. {@code "POST"}.
   *
   * @return the method, upper case as sent
   */
  public String method() {
    return method;
  }

  /**
   * The path below the API prefix, e.g. {@code "/chat/completions"} for {@code /v1/chat/completions}; for a
   * request outside the prefix (such as {@code /files/...}) the full path.
   *
   * @return the encoded path below the prefix, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * The full encoded path as sent, prefix included, without the query.
   *
   * @return the encoded path, e.g. {@code "/v1/chat/completions"}
   */
  public String fullPath() {
    return url.encodedPath();
  }

  /**
   * The full URL as the hub saw it, query included.
   *
   * @return the URL, with the fake hub's loopback host and port
   */
  public String url() {
    return url.toString();
  }

  /**
   * The first value of the query parameter {@code name}, if sent.
   *
   * @param name the parameter's name, compared exactly
   * @return the decoded value; empty when the parameter was not sent (a parameter sent without a value reads as empty
   *     too)
   */
  public Optional<String> queryParameter(String name) {
    return Optional.ofNullable(url.queryParameter(name));
  }

  /**
   * All request headers (okhttp's {@link Headers} is immutable).
   *
   * @return the headers as received, the API key's header included
   */
  public Headers headers() {
    return headers;
  }

  /**
   * The last value of header {@code name}, compared without regard to case, if sent.
   *
   * @param name the header's name, e.g. {@code "Authorization"}
   * @return the value; empty when the header was not sent
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * A copy of the raw body; empty for a request without one.
   *
   * @return the body's bytes, a new array on each call
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The raw body decoded as UTF-8.
   *
   * @return the body as text; {@code ""} for a request without one
   */
  public String bodyUtf8() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Whether the body is valid JSON (whatever {@code Content-Type} said).
   *
   * @return true when {@link #json()} will not throw; false for an empty, multipart or non-JSON body
   */
  public boolean isJson() {
    return json != null;
  }

  /**
   * A copy of the body parsed as JSON; throws {@link IllegalStateException} if it is not JSON.
   *
   * @return the parsed body, a copy on each call
   * @throws IllegalStateException when the body is empty, multipart or not JSON
   */
  public JsonNode json() {
    if (json == null) {
      throw new IllegalStateException(method + " " + path + " has no JSON body: " + abbreviatedBody());
    }
    return json.deepCopy();
  }

  /**
   * The parts of a {@code multipart/form-data} body, in order; empty for any other body.
   *
   * @return the parts, in the order sent
   */
  public List<MultipartPart> parts() {
    return parts;
  }

  /**
   * The first multipart part named {@code name}, if sent.
   *
   * @param name the form field's name, compared exactly
   * @return the first such part; empty when none was sent or the body is not multipart
   */
  public Optional<MultipartPart> part(String name) {
    for (MultipartPart part : parts) {
      if (part.name().equals(name)) {
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }

  private String abbreviatedBody() {
    String text = bodyUtf8();
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  @Override
  public String toString() {
    return "RecordedHubRequest{" + method + " " + url.encodedPath()
        + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()) + ", " + body.length + " bytes}";
  }
}
