package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.ApiError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.Response;

/**
 * Turns an error reply into an {@link ApiError}. Understands the envelopes hubs use: OpenAI's
 * {@code {"error":{message,type,param,code}}} (code a string, number or null), a bare {@code {"error":"text"}},
 * new-api's and vLLM's top-level {@code {message, code}}, FastAPI's {@code {"detail": ...}}, Google's
 * {@code {"error":{code,message,status}}} (its {@code status}, such as {@code RESOURCE_EXHAUSTED}, read as the type;
 * also wrapped in a one-element array, as Gemini sometimes sends it); anything else, such as a proxy's HTML page,
 * becomes a short readable snippet. The API key is masked wherever a hub echoed it.
 */
public final class ErrorParser {
  /** Bytes of an error body read at most; error pages beyond this are cut for the snippet only. */
  static final int MAX_ERROR_BODY = 64 * 1024;
  private static final int MAX_SNIPPET = 300;
  /** Bytes of a reply that show whether it starts with an {@code "error"} member, whitespace included. */
  private static final int FIRST_BYTES = 64;
  private static final String[] REQUEST_ID_HEADERS = {
    "x-request-id", "request-id", "x-oneapi-request-id", "openai-request-id", "x-portkey-trace-id",
    "x-generation-id", "cf-ray"
  };
  private static final byte[] ERROR_KEY = "\"error\"".getBytes(StandardCharsets.US_ASCII);
  private static final int[] ERROR_KEY_SKIP = skipTable(ERROR_KEY);
  private static final byte[] TYPE_KEY = "\"type\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ERROR_VALUE = ERROR_KEY; // "error", as the value of Anthropic's type
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
  private static final Pattern TAGS = Pattern.compile("(?s)<(script|style)[^>]*>.*?</\\1>|<[^>]+>");

  private final String apiKey;

  /** {@code apiKey} is masked in every text taken from a reply; may be null. */
  public ErrorParser(String apiKey) {
    this.apiKey = apiKey == null || apiKey.isEmpty() ? null : apiKey;
  }

  /** Reads at most {@link #MAX_ERROR_BODY} bytes of an error reply and describes it. Does not close it. */
  public ApiError fromResponse(Response response, String method, String path) {
    byte[] body;
    try {
      body = response.peekBody(MAX_ERROR_BODY).bytes();
    } catch (IOException e) {
      body = new byte[0];
    }
    ApiError.Builder error = ApiError.builder()
        .statusCode(response.code())
        .method(method)
        .path(path)
        .requestId(requestId(response.headers()))
        .retryAfter(RetryAfter.parse(response.headers(), Instant.now()));
    if (!describeJson(unwrapArray(parse(body, 0, body.length)), error)) {
      String snippet = snippet(new String(body, StandardCharsets.UTF_8));
      error.bodySnippet(snippet.isEmpty() ? Optional.of(statusText(response)) : Optional.of(snippet));
    }
    return error.build();
  }

  /**
   * The error a stream event carries, or empty for an ordinary event: a top-level {@code error} object, an
   * {@code event: error} event, vLLM's {@code {"object":"error"}}, a {@code {"type":"error", ...}}, or the Responses API's {@code response.failed}
   * (its response's error, {@code server_error} as 500 and {@code rate_limit_exceeded} as 429). Scans the bytes before parsing, so ordinary
   * events cost one byte search.
   */
  public Optional<ApiError> fromStreamEvent(
      byte[] data, int offset, int length, String eventType, int httpStatus, String method, String path) {
    boolean errorEvent = "error".equals(eventType);
    if (!errorEvent && indexOf(data, offset, offset + length, ERROR_KEY, ERROR_KEY_SKIP) < 0) {
      return Optional.empty();
    }
    JsonNode root = parse(data, offset, length);
    JsonNode failed = failedResponse(root);
    if (!errorEvent && failed == null && (root == null || !isErrorObject(root))) {
      return Optional.empty();
    }
    ApiError.Builder error = ApiError.builder().statusCode(httpStatus).method(method).path(path).inStream(true);
    if (!describeJson(failed != null ? failed : root, error)) {
      error.bodySnippet(snippet(new String(data, offset, length, StandardCharsets.UTF_8)));
    }
    ApiError described = withAnthropicTypeAsStatus(root, withCodeAsStatus(error.build(), httpStatus));
    if (failed != null && described.statusCode() == httpStatus) {
      int status = described.code().map(ErrorParser::responsesCodeStatus).orElse(-1);
      if (status > 0) {
        described = ApiError.builder().from(described).statusCode(status).build();
      }
    }
    return Optional.of(described);
  }

  /**
   * The failed response of a Responses API {@code response.failed} event
   * ({@code {"type":"response.failed","response":{..., "error":{"code":..., "message":...}}}}), or null.
   */
  private static JsonNode failedResponse(JsonNode root) {
    if (root == null || !"response.failed".equals(root.path("type").asText(null))) {
      return null;
    }
    JsonNode response = root.get("response");
    return response != null && response.path("error").isObject() ? response : null;
  }

  /**
   * The HTTP status a failed call with the Responses API's error {@code code} gets, so a failed stream is the same
   * typed exception ({@code ServerException}, {@code RateLimitException}); -1 for other codes.
   */
  private static int responsesCodeStatus(String code) {
    return "server_error".equals(code) ? 500 : "rate_limit_exceeded".equals(code) ? 429 : -1;
  }

  /**
   * True when a successful (2xx) reply may be nothing but an error envelope, {@code {"error": {...}}} or
   * {@code {"error": "text"}}, as some gateways answer a failed upstream call: it starts with an {@code error}
   * member, or with Anthropic's {@code "type": "error"}. Reads only the body's first bytes, so ordinary replies (which may still be arriving) cost a look at
   * them; {@link #fromSuccessfulReply} then decides on the whole body.
   *
   * @throws IOException when reading the body fails
   */
  public static boolean mayBeErrorEnvelope(IncomingBody body) throws IOException {
    body.require(FIRST_BYTES);
    return startsWithErrorMember(body.bytes(), body.filled());
  }

  /**
   * The error a successful reply carries when {@code body} is nothing but an error envelope; empty for any other
   * body, including one with an {@code error} member beside others (a failed task's status). A numeric
   * {@code code} that is an HTTP status becomes the error's status, as in a stream.
   */
  public Optional<ApiError> fromSuccessfulReply(byte[] body, int httpStatus, String method, String path) {
    JsonNode root = parse(body, 0, body.length);
    boolean anthropic = root != null && "error".equals(root.path("type").asText(null))
        && root.path("error").isObject(); // Anthropic's {"type":"error","error":{...}}, with or without request_id
    if (!anthropic && (root == null || !root.isObject() || root.size() != 1 || !isErrorObject(root))) {
      return Optional.empty();
    }
    ApiError.Builder error = ApiError.builder().statusCode(httpStatus).method(method).path(path);
    describeJson(root, error);
    return Optional.of(withAnthropicTypeAsStatus(root, withCodeAsStatus(error.build(), httpStatus)));
  }

  /** True when {@code body} is a JSON object whose first member is {@code "error"} or {@code "type":"error"}. */
  private static boolean startsWithErrorMember(byte[] body, int length) {
    int p = skipSpace(body, 0, length);
    if (p >= length || body[p] != '{') {
      return false;
    }
    p = skipSpace(body, p + 1, length);
    if (at(body, p, length, ERROR_KEY)) {
      return true;
    }
    if (!at(body, p, length, TYPE_KEY)) { // Anthropic's envelope starts {"type":"error"
      return false;
    }
    p = skipSpace(body, p + TYPE_KEY.length, length);
    return p < length && body[p] == ':' && at(body, skipSpace(body, p + 1, length), length, ERROR_VALUE);
  }

  private static boolean at(byte[] body, int p, int length, byte[] text) {
    if (p + text.length > length) {
      return false;
    }
    for (int i = 0; i < text.length; i++) {
      if (body[p + i] != text[i]) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpace(byte[] body, int p, int length) {
    while (p < length && (body[p] == ' ' || body[p] == '\n' || body[p] == '\r' || body[p] == '\t')) {
      p++;
    }
    return p;
  }

  /** {@code error} with its numeric {@code code} as its status when that code is an HTTP status. */
  private static ApiError withCodeAsStatus(ApiError error, int httpStatus) {
    int status = error.code().map(ErrorParser::asStatus).filter(code -> code > 0).orElse(httpStatus);
    return status == httpStatus ? error : ApiError.builder().from(error).statusCode(status).build();
  }

  /**
   * {@code error} with the status Anthropic's API answers its error {@code type} with, for an error event in
   * Anthropic's envelope ({@code {"type":"error","error":{"type":"overloaded_error",...}}}) inside a 2xx stream:
   * so that an {@code overloaded_error} event is the {@code ServerException} a 529 reply is.
   */
  private static ApiError withAnthropicTypeAsStatus(JsonNode root, ApiError error) {
    if (error.statusCode() >= 400 || root == null || !"error".equals(root.path("type").asText(null))) {
      return error;
    }
    int status = anthropicStatus(error.type().orElse(""));
    return status < 0 ? error : ApiError.builder().from(error).statusCode(status).build();
  }

  /** The HTTP status of an error type of Anthropic's error envelope, or -1. */
  private static int anthropicStatus(String type) {
    switch (type) {
      case "invalid_request_error":
        return 400;
      case "authentication_error":
        return 401;
      case "billing_error":
        return 402;
      case "permission_error":
        return 403;
      case "not_found_error":
        return 404;
      case "request_too_large":
        return 413;
      case "rate_limit_error":
        return 429;
      case "api_error":
        return 500;
      case "timeout_error":
        return 504;
      case "overloaded_error":
        return 529;
      default:
        return -1;
    }
  }

  private static boolean isErrorObject(JsonNode root) {
    JsonNode error = root.get("error");
    return (error != null && (error.isObject() || error.isTextual()))
        || "error".equals(root.path("object").asText(null))
        || "error".equals(root.path("type").asText(null)); // the Responses API's error event, sent without event:
  }

  private boolean describeJson(JsonNode root, ApiError.Builder error) {
    if (root == null || !root.isObject()) {
      return false;
    }
    JsonNode envelope = root.get("error");
    if (envelope != null && envelope.isTextual()) {
      error.message(mask(envelope.asText()));
      text(root, "code").ifPresent(error::code);
      return true;
    }
    JsonNode fields = envelope != null && envelope.isObject() ? envelope : root;
    Optional<String> message = text(fields, "message");
    if (!message.isPresent()) {
      message = text(fields, "detail").map(Optional::of).orElse(text(fields, "msg"));
    }
    FieldErrors invalid = FieldErrors.of(fields);
    if (!message.isPresent() && envelope == null && invalid.isEmpty()) {
      return describeWrappedPage(root, error);
    }
    error.message(invalid.appendedTo(message).map(this::mask));
    Optional<String> type = text(fields, "type");
    error.type(type.isPresent() || envelope == null ? type : text(fields, "status")); // Google's RESOURCE_EXHAUSTED
    error.code(text(fields, "code"));
    error.param(text(fields, "param").map(Optional::of).orElse(invalid.firstField()));
    return true;
  }

  /**
   * A gateway that wraps an upstream HTML page as JSON ({@code {"html-message":"<html>...502 Bad Gateway..."}})
   * reads as the page's text, as a bare page does.
   */
  private boolean describeWrappedPage(JsonNode root, ApiError.Builder error) {
    Iterator<JsonNode> values = root.elements();
    while (values.hasNext()) {
      JsonNode value = values.next();
      if (value.isTextual() && value.asText().trim().startsWith("<")) {
        error.bodySnippet(snippet(value.asText()));
        return true;
      }
    }
    return false;
  }

  /** The error object of Google's {@code [{"error": {...}}]}, or {@code root} as it is. */
  private static JsonNode unwrapArray(JsonNode root) {
    return root != null && root.isArray() && root.size() == 1 && root.get(0).isObject() ? root.get(0) : root;
  }

  /** The JSON object, or the array (an error reply may be Google's {@code [{"error":...}]}), or null. */
  private static JsonNode parse(byte[] body, int offset, int length) {
    int start = offset;
    while (start < offset + length && Character.isWhitespace(body[start])) {
      start++;
    }
    if (start == offset + length || (body[start] != '{' && body[start] != '[')) {
      return null;
    }
    try {
      return Json.mapper().readTree(body, offset, length);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static int asStatus(String code) {
    try {
      int status = Integer.parseInt(code);
      return status >= 400 && status <= 599 ? status : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String snippet(String body) {
    String text = body;
    Matcher title = TITLE.matcher(body);
    if (title.find()) {
      String rest = TAGS.matcher(body.substring(title.end())).replaceAll(" ");
      text = title.group(1) + ": " + rest;
    } else if (body.trim().startsWith("<")) {
      text = TAGS.matcher(body).replaceAll(" ");
    }
    text = mask(text.replaceAll("\\s+", " ").trim());
    if (text.endsWith(":")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.length() <= MAX_SNIPPET ? text : text.substring(0, MAX_SNIPPET) + "...";
  }

  private String mask(String text) {
    return apiKey == null ? text : text.replace(apiKey, "[redacted API key]");
  }

  private static String statusText(Response response) {
    return response.message().isEmpty() ? "(empty body)" : response.message() + " (empty body)";
  }

  /**
   * @param headers a reply's headers
   * @return its request id: the first of the request-id headers hubs and gateways send, the CDN's {@code cf-ray} last
   */
  public static Optional<String> requestId(Headers headers) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.get(name);
      if (value != null && !value.isEmpty()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Horspool's skip table: how far the needle may move when its last position lies over a given byte. */
  static int[] skipTable(byte[] needle) {
    int[] skip = new int[256];
    Arrays.fill(skip, needle.length);
    for (int i = 0; i < needle.length - 1; i++) {
      skip[needle[i] & 0xFF] = needle.length - 1 - i;
    }
    return skip;
  }

  /**
   * The first index of {@code needle} in {@code data[from, to)}, or -1. Horspool's search: every stream event is
   * checked, and in chunk JSON it looks at about one byte in seven.
   */
  static int indexOf(byte[] data, int from, int to, byte[] needle, int[] skip) {
    int last = needle.length - 1;
    for (int i = from + last; i < to; i += skip[data[i] & 0xFF]) {
      int j = last;
      while (j >= 0 && data[i - last + j] == needle[j]) {
        j--;
      }
      if (j < 0) {
        return i - last;
      }
    }
    return -1;
  }
}
