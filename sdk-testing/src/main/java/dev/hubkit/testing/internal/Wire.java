package dev.hubkit.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import mockwebserver3.MockResponse;

/** The fake hub's JSON mapper and the replies every endpoint shares: JSON, OpenAI-style errors, HTML error pages. */
public final class Wire {
  /** Shared, never reconfigured after construction, so thread-safe. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Wire() {}

  /** A fresh JSON object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Serialises {@code node} compactly. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reply with {@code status} and {@code body} as {@code application/json}. */
  public static MockResponse json(int status, JsonNode body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .body(write(body)).build();
  }

  /** The OpenAI error envelope {@code {"error":{"message","type","param","code"}}}. */
  public static ObjectNode errorBody(String type, String code, String message, String param) {
    ObjectNode error = object();
    error.put("message", message);
    error.put("type", type);
    error.put("param", param);
    error.put("code", code);
    ObjectNode body = object();
    body.set("error", error);
    return body;
  }

  /** An OpenAI-style JSON error reply, {@code param} null. */
  public static MockResponse error(int status, String type, String code, String message) {
    return json(status, errorBody(type, code, message, null));
  }

  /** A 400 {@code invalid_request_error} with {@code code}. */
  public static MockResponse badRequest(String code, String message) {
    return error(400, "invalid_request_error", code, message);
  }

  /** 400 {@code invalid_json}, the answer to a body that does not parse. */
  public static MockResponse invalidJson() {
    return badRequest("invalid_json", "Request body is not valid JSON");
  }

  /** 400 {@code missing_required_parameter} naming {@code param}. */
  public static MockResponse missingParameter(String param) {
    return json(400, errorBody("invalid_request_error", "missing_required_parameter",
        "Missing required parameter: '" + param + "'.", param));
  }

  /** A 404 for a resource that does not exist, e.g. an unknown task id. */
  public static MockResponse notFound(String code, String message) {
    return error(404, "invalid_request_error", code, message);
  }

  /** The error type hubs pair with {@code status}. */
  public static String errorType(int status) {
    if (status == 429) {
      return "rate_limit_error";
    }
    return status >= 500 ? "server_error" : "invalid_request_error";
  }

  /** An nginx error page with {@code status}, as a reverse proxy in front of a hub answers. */
  public static MockResponse htmlError(int status) {
    String line = status + " " + reason(status);
    String page = "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/html")
        .setHeader("Server", "nginx").body(page).build();
  }

  private static String reason(int status) {
    switch (status) {
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Temporarily Unavailable";
      case 504: return "Gateway Time-out";
      default: return "Error";
    }
  }
}
