package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.ClaudeReply;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.FakeModel;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;

/**
 * Claude's Messages format at the hub's root: {@code POST /v1/messages} (whole or streamed) and
 * {@code POST /v1/messages/count_tokens}, with the key as {@code Authorization: Bearer} or {@code x-api-key},
 * {@code anthropic-version} required, errors in Anthropic's envelope, and extended thinking checked as Claude's API
 * checks it: sent-back thinking must keep its signature, and a tool-use turn must start with its thinking.
 */
final class ClaudeEndpoint {
  static final String MESSAGES = "/v1/messages";
  static final String COUNT_TOKENS = "/v1/messages/count_tokens";

  private final HubSettings settings;
  private final Queue<ClaudeReply> scripted = new ConcurrentLinkedQueue<>();
  private final AtomicLong ids = new AtomicLong();

  ClaudeEndpoint(HubSettings settings) {
    this.settings = settings;
  }

  /** Whether the hub serves {@code fullPath} here. */
  static boolean serves(String fullPath) {
    return MESSAGES.equals(fullPath) || COUNT_TOKENS.equals(fullPath);
  }

  void enqueue(ClaudeReply reply) {
    scripted.add(reply);
  }

  boolean isStreaming(RecordedHubRequest request) {
    return MESSAGES.equals(request.fullPath()) && request.isJson() && request.json().path("stream").asBoolean(false);
  }

  /** The auth and version check: null when the request may go on, else the hub's error. */
  MockResponse check(RecordedHubRequest request) {
    String bearer = request.header("Authorization").orElse(null);
    String apiKey = request.header("x-api-key").orElse(null);
    if (!("Bearer " + settings.apiKey()).equals(bearer) && !settings.apiKey().equals(apiKey)) {
      return error(401, "authentication_error", bearer == null && apiKey == null
          ? "x-api-key header is required (or Authorization: Bearer <key>)" : "invalid x-api-key");
    }
    if (!"POST".equals(request.method())) {
      return error(405, "invalid_request_error", "Method Not Allowed: use POST");
    }
    if (!request.header("anthropic-version").isPresent()) {
      return error(400, "invalid_request_error", "anthropic-version: header is required");
    }
    return null;
  }

  /** Answers a checked request; {@code fault} (may be null) is a stream fault for a streamed reply. */
  MockResponse handle(RecordedHubRequest request, Fault fault) {
    if (!request.isJson() || !request.json().isObject()) {
      return error(400, "invalid_request_error", "The request body is not valid JSON.");
    }
    JsonNode body = request.json();
    String model = body.path("model").asText("");
    if (model.isEmpty()) {
      return error(400, "invalid_request_error", "model: Field required");
    }
    FakeModel known = settings.models().get(model);
    if ((known == null && !settings.acceptUnknownModels()) || (known != null && known.type() != FakeModel.Type.TEXT)) {
      return error(404, "not_found_error", "model: " + model);
    }
    JsonNode messages = body.path("messages");
    if (!messages.isArray() || messages.size() == 0) {
      return error(400, "invalid_request_error", "messages: at least one message is required");
    }
    String thinkingError = thinkingError(body);
    if (thinkingError != null) {
      return error(400, "invalid_request_error", thinkingError);
    }
    int inputTokens = inputWords(body);
    if (COUNT_TOKENS.equals(request.fullPath())) {
      if (body.has("max_tokens")) {
        return error(400, "invalid_request_error", "max_tokens: Extra inputs are not permitted");
      }
      return Wire.json(200, Wire.object().put("input_tokens", inputTokens));
    }
    if (!body.path("max_tokens").canConvertToInt() || body.path("max_tokens").asInt() < 1) {
      return error(400, "invalid_request_error", "max_tokens: Field required");
    }
    ClaudeReply reply = scripted.poll();
    if (reply == null) {
      reply = echo(body);
    }
    ClaudeMessage message = new ClaudeMessage("msg_fakehub_" + ids.incrementAndGet(), model, reply, inputTokens);
    return isStreaming(request) ? message.sse(fault) : Wire.json(200, message.whole());
  }

  /** A reply in Anthropic's envelope for an HTTP fault: its code as the error type when it is one. */
  static MockResponse fault(Fault fault) {
    String code = fault.code().orElse("");
    String type = code.endsWith("_error") ? code : typeOf(fault.status());
    MockResponse.Builder reply = error(fault.status(), type, fault.message().orElse("")).newBuilder();
    if (fault.retryAfter().isPresent()) {
      reply.setHeader("Retry-After", String.valueOf((fault.retryAfter().get().toMillis() + 999) / 1000));
    }
    return reply.build();
  }

  /** {@code {"type":"error","error":{"type":type,"message":message}}}. */
  static ObjectNode errorBody(String type, String message) {
    ObjectNode body = Wire.object().put("type", "error");
    body.putObject("error").put("type", type).put("message", message);
    return body;
  }

  static MockResponse error(int status, String type, String message) {
    return Wire.json(status, errorBody(type, message));
  }

  private static String typeOf(int status) {
    switch (status) {
      case 401: return "authentication_error";
      case 402: return "billing_error";
      case 403: return "permission_error";
      case 404: return "not_found_error";
      case 413: return "request_too_large";
      case 429: return "rate_limit_error";
      case 529: return "overloaded_error";
      default: return status >= 500 ? "api_error" : "invalid_request_error";
    }
  }

  /** Claude's checks of extended thinking in the turns sent back, or null when they pass. */
  private static String thinkingError(JsonNode body) {
    if (!"enabled".equals(body.path("thinking").path("type").asText())) {
      return null;
    }
    JsonNode messages = body.path("messages");
    for (int i = 0; i < messages.size(); i++) {
      JsonNode content = messages.get(i).path("content");
      if (!"assistant".equals(messages.get(i).path("role").asText()) || !content.isArray()) {
        continue;
      }
      boolean usesTools = false;
      for (int j = 0; j < content.size(); j++) {
        JsonNode block = content.get(j);
        String type = block.path("type").asText();
        usesTools |= "tool_use".equals(type);
        if ("thinking".equals(type)
            && !ClaudeMessage.signature(block.path("thinking").asText()).equals(block.path("signature").asText())) {
          return "messages." + i + ".content." + j + ": Invalid `signature` in `thinking` block";
        }
      }
      String first = content.size() == 0 ? "" : content.get(0).path("type").asText();
      if (usesTools && !"thinking".equals(first) && !"redacted_thinking".equals(first)) {
        return "messages." + i + ".content.0.type: Expected `thinking` or `redacted_thinking`, but found `" + first
            + "`. When `thinking` is enabled, an assistant message with tool use must start with a thinking block"
            + " (send the reply back unchanged)";
      }
    }
    return null;
  }

  /**
   * {@code "Echo: <last user text>"}, with what the last user turn held besides text, thinking first if enabled; JSON
   * following {@code output_config.format}'s schema when there is one; a call of the tool {@code tool_choice} forces,
   * its input following the tool's schema, when it forces one.
   */
  private static ClaudeReply echo(JsonNode body) {
    JsonNode messages = body.path("messages");
    JsonNode last = messages.get(messages.size() - 1);
    String said = describe(last.path("content"));
    JsonNode schema = body.path("output_config").path("format").path("schema");
    ForcedTool forced = ForcedTool.claude(body, "Echo: " + said);
    ClaudeReply reply = forced != null ? ClaudeReply.toolUse(forced.name, forced.inputJson)
        : ClaudeReply.text(schema.isObject() ? SchemaSample.of(schema, "Echo: " + said).toString() : "Echo: " + said);
    return "enabled".equals(body.path("thinking").path("type").asText())
        ? reply.withThinking("The user said: " + said) : reply;
  }

  private static String describe(JsonNode content) {
    if (content.isTextual()) {
      return content.asText();
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode block : content) {
      String type = block.path("type").asText();
      String piece;
      if ("text".equals(type)) {
        piece = block.path("text").asText();
      } else if ("tool_result".equals(type)) {
        piece = "tool result " + describe(block.path("content"));
      } else if ("document".equals(type) || "image".equals(type)) {
        piece = "[" + type + " " + source(block.path("source")) + "]";
      } else {
        piece = "[" + type + "]";
      }
      text.append(text.length() == 0 ? "" : " ").append(piece);
    }
    return text.toString();
  }

  private static String source(JsonNode source) {
    if ("base64".equals(source.path("type").asText())) {
      int bytes = Base64.getDecoder().decode(source.path("data").asText()).length;
      return source.path("media_type").asText() + ", " + bytes + " bytes";
    }
    return source.path("url").asText(source.path("type").asText());
  }

  private static int inputWords(JsonNode body) {
    int words = Pieces.wordCount(body.path("system").isTextual() ? body.path("system").asText() : "");
    for (JsonNode message : body.path("messages")) {
      words += Pieces.wordCount(describe(message.path("content")));
    }
    return Math.max(1, words);
  }
}
