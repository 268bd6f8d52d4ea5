package dev.hubkit.core.internal;

import dev.hubkit.core.RequestOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.RequestBody;

/**
 * One call to the hub as the API classes describe it: method, path segments below the base URL, query, a JSON
 * value or a ready body (multipart), and the caller's options. Immutable; the {@code with*} methods copy.
 */
public final class HubRequest {
  final String method;
  final List<String> pathSegments;
  final Map<String, List<String>> query;
  final Object jsonBody;
  final RequestBody body;
  final RequestOptions options;
  final ApiKeyHeader keyHeader;
  final boolean createsJob;
  final boolean fromHostRoot;

  private HubRequest(String method, List<String> pathSegments, Map<String, List<String>> query, Object jsonBody,
      RequestBody body, RequestOptions options) {
    this(method, pathSegments, query, jsonBody, body, options, null, false, false);
  }

  private HubRequest(String method, List<String> pathSegments, Map<String, List<String>> query, Object jsonBody,
      RequestBody body, RequestOptions options, ApiKeyHeader keyHeader, boolean createsJob, boolean fromHostRoot) {
    this.method = method;
    this.pathSegments = pathSegments;
    this.query = query;
    this.jsonBody = jsonBody;
    this.body = body;
    this.options = options;
    this.keyHeader = keyHeader;
    this.createsJob = createsJob;
    this.fromHostRoot = fromHostRoot;
  }

  /** A GET of the path made of {@code segments}, each percent-encoded as one segment. */
  public static HubRequest get(String... segments) {
    return new HubRequest("GET", segments(segments), Collections.emptyMap(), null, null, RequestOptions.none());
  }

  /** A DELETE of the path made of {@code segments}. */
  public static HubRequest delete(String... segments) {
    return new HubRequest("DELETE", segments(segments), Collections.emptyMap(), null, null, RequestOptions.none());
  }

  /** A POST of {@code json}, written with HubKit's mapper, to the path made of {@code segments}. */
  public static HubRequest postJson(Object json, String... segments) {
    Objects.requireNonNull(json, "json body");
    return new HubRequest("POST", segments(segments), Collections.emptyMap(), json, null, RequestOptions.none());
  }

  /** A POST of a ready body (multipart, binary) to the path made of {@code segments}. */
  public static HubRequest post(RequestBody body, String... segments) {
    Objects.requireNonNull(body, "body");
    return new HubRequest("POST", segments(segments), Collections.emptyMap(), null, body, RequestOptions.none());
  }

  /** This request with a query parameter added; a null value is left out. */
  public HubRequest withQuery(String name, Object value) {
    return value == null ? this : withQueryValues(name, Collections.singletonList(value));
  }

  /**
   * This request with a query parameter of several values, sent as {@code name=v1&name=v2} in order (pass
   * {@code include[]} as the name for OpenAI's {@code include[]=a&include[]=b}); an empty list is left out.
   *
   * @param name the parameter's name, as sent
   * @param values its values; none may be null
   * @return the copy
   */
  public HubRequest withQueryValues(String name, List<?> values) {
    if (values.isEmpty()) {
      return this;
    }
    List<String> texts = new ArrayList<>(values.size());
    for (Object value : values) {
      texts.add(String.valueOf(Objects.requireNonNull(value, name + " value")));
    }
    Map<String, List<String>> copy = new LinkedHashMap<>(query);
    copy.put(name, Collections.unmodifiableList(texts));
    return new HubRequest(method, pathSegments, Collections.unmodifiableMap(copy), jsonBody, body, options,
        keyHeader, createsJob, fromHostRoot);
  }

  /** This request with the caller's per-call options. */
  public HubRequest withOptions(RequestOptions callOptions) {
    return new HubRequest(method, pathSegments, query, jsonBody, body, Objects.requireNonNull(callOptions),
        keyHeader, createsJob, fromHostRoot);
  }

  /**
   * This request with the API key sent bare in {@code headerName} (such as {@code x-api-key}) instead of
   * {@code Authorization: Bearer}, for provider-native formats whose hubs want the provider's header. A header of
   * that name set by the caller's options wins, as an {@code Authorization} header does.
   *
   * @param headerName the header that carries the key
   * @return the copy
   */
  public HubRequest withApiKeyHeader(String headerName) {
    if (headerName == null || headerName.trim().isEmpty()) {
      throw new IllegalArgumentException("the API key header name must not be blank");
    }
    return new HubRequest(method, pathSegments, query, jsonBody, body, options, new ApiKeyHeader(headerName),
        createsJob, fromHostRoot);
  }

  /**
   * This request marked as creating a paid job (an image, video or music submission): it carries an
   * {@code Idempotency-Key} header (the caller's, when its options set one), is not sent again once its body went
   * out unless {@link RequestOptions#resendJobSubmissions()} allows it, and a sent request without an answer
   * fails with {@link dev.hubkit.core.JobSubmissionUnknownException}.
   */
  public HubRequest creatingJob() {
    return new HubRequest(method, pathSegments, query, jsonBody, body, options, keyHeader, true, fromHostRoot);
  }

  /**
   * This request with its path below the hub's host root instead of below the base URL's path: the job families
   * of relays sit there ({@code /mj/...}, {@code /suno/...}, {@code /kling/v1/...}), whatever prefix the base URL
   * has ({@code https://hub/v1} reaches {@code https://hub/mj/submit/imagine}).
   */
  public HubRequest fromHostRoot() {
    return new HubRequest(method, pathSegments, query, jsonBody, body, options, keyHeader, createsJob, true);
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  private static List<String> segments(String... segments) {
    for (String segment : segments) {
      if (segment == null || segment.isEmpty()) {
        throw new IllegalArgumentException("path segment must not be empty: " + Arrays.toString(segments));
      }
    }
    return Collections.unmodifiableList(Arrays.asList(segments.clone()));
  }
}
