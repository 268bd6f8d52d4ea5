package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.FakeModel;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;

/**
 * OpenAI's Responses API: {@code POST /responses} (echo or scripted output, JSON following a {@code json_schema}
 * text format when asked, JSON or SSE, background responses that
 * are {@code queued}, then {@code in_progress}, then {@code completed} over the hub's set number of polls), and the
 * stored responses' {@code GET}, {@code DELETE}, {@code POST .../cancel} and {@code GET .../input_items}. Errors
 * are OpenAI's: 400 {@code missing_required_parameter}, 404 for an unknown response or previous response, 400 for
 * cancelling a response that is not in the background.
 */
final class ResponsesEndpoint {
  private final HubSettings settings;
  private final ModelCatalog catalog;
  private final Queue<ChatReply> scripted = new ConcurrentLinkedQueue<>();
  private final Map<String, Stored> stored = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  ResponsesEndpoint(HubSettings settings, ModelCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
  }

  void enqueue(ChatReply reply) {
    scripted.add(reply);
  }

  /** Whether {@code request} asks for a stream; the Responses API answers whole when {@code stream} is absent. */
  static boolean isStreaming(RecordedHubRequest request) {
    return request.isJson() && request.json().path("stream").asBoolean(false);
  }

  /** Whether {@code request} creates a background response, which a {@code taskFailed} fault makes fail. */
  static boolean isBackground(RecordedHubRequest request) {
    return request.isJson() && request.json().path("background").asBoolean(false);
  }

  MockResponse create(RecordedHubRequest request, Fault fault) {
    if (!request.isJson() || !request.json().isObject()) {
      return Wire.invalidJson();
    }
    JsonNode body = request.json();
    String model = body.path("model").asText(null);
    MockResponse modelError = catalog.check(model, FakeModel.Type.TEXT);
    if (modelError != null) {
      return modelError;
    }
    String previousId = body.path("previous_response_id").asText(null);
    if (previousId != null && !stored.containsKey(previousId)) {
      return Wire.json(404, Wire.errorBody("invalid_request_error", "previous_response_not_found",
          "Previous response with id '" + previousId + "' not found.", "previous_response_id"));
    }
    ArrayNode input = inputItems(body.get("input"));
    if (input == null) {
      return Wire.missingParameter("input");
    }
    ChatReply reply = scripted.poll();
    if (reply == null) {
      String echo = "Echo: " + lastText(input);
      JsonNode format = body.path("text").path("format");
      reply = ChatReply.text("json_schema".equals(format.path("type").asText()) && format.path("schema").isObject()
          ? SchemaSample.of(format.get("schema"), echo).toString() : echo);
    }
    String id = "resp_fakehub" + ids.incrementAndGet();
    ResponseOutput output = new ResponseOutput(id, reply);
    int inputWords = 0;
    for (JsonNode item : input) {
      inputWords += Pieces.wordCount(text(item));
    }
    ObjectNode completed = response(id, body, "completed");
    completed.set("output", output.output());
    int outputTokens = output.outputTokens();
    ObjectNode usage = completed.putObject("usage").put("input_tokens", inputWords);
    usage.putObject("input_tokens_details").put("cached_tokens", 0);
    usage.put("output_tokens", outputTokens);
    usage.putObject("output_tokens_details").put("reasoning_tokens", Pieces.wordCount(reply.reasoning().orElse("")));
    usage.put("total_tokens", inputWords + outputTokens);
    boolean background = body.path("background").asBoolean(false);
    boolean fails = fault != null && fault.kind() == Fault.Kind.TASK_FAILED;
    if (body.path("store").asBoolean(true) || background) {
      stored.put(id, new Stored(completed, input, background, fails ? fault : null));
    }
    if (isStreaming(request)) {
      ObjectNode inProgress = response(id, body, "in_progress");
      inProgress.putArray("output");
      inProgress.putNull("usage");
      return output.sse(inProgress, completed, fault);
    }
    if (background) {
      return Wire.json(200, stored.get(id).poll(0, settings.pollsUntilComplete()));
    }
    return Wire.json(200, completed);
  }

  MockResponse retrieve(String id) {
    Stored response = stored.get(id);
    if (response == null) {
      return notFound(id);
    }
    return Wire.json(200, response.poll(response.polls.incrementAndGet(), settings.pollsUntilComplete()));
  }

  MockResponse delete(String id) {
    if (stored.remove(id) == null) {
      return notFound(id);
    }
    return Wire.json(200, Wire.object().put("id", id).put("object", "response.deleted").put("deleted", true));
  }

  MockResponse cancel(String id) {
    Stored response = stored.get(id);
    if (response == null) {
      return notFound(id);
    }
    if (!response.background) {
      return Wire.badRequest("invalid_request", "Only responses created with background=true can be cancelled.");
    }
    response.cancelled = true;
    return Wire.json(200, response.poll(response.polls.get(), settings.pollsUntilComplete()));
  }

  /** The stored input items, newest first unless {@code order=asc}, {@code limit} (20) after the cursor. */
  MockResponse inputItems(RecordedHubRequest request, String id) {
    Stored response = stored.get(id);
    if (response == null) {
      return notFound(id);
    }
    List<JsonNode> items = new ArrayList<>();
    response.input.forEach(items::add);
    if (!"asc".equals(request.queryParameter("order").orElse("desc"))) {
      java.util.Collections.reverse(items);
    }
    int start = 0;
    String after = request.queryParameter("after").orElse(null);
    for (int i = 0; after != null && i < items.size(); i++) {
      if (after.equals(items.get(i).path("id").asText())) {
        start = i + 1;
      }
    }
    int limit = Integer.parseInt(request.queryParameter("limit").orElse("20"));
    ObjectNode page = Wire.object().put("object", "list");
    ArrayNode data = page.putArray("data");
    for (int i = start; i < Math.min(items.size(), start + limit); i++) {
      data.add(items.get(i));
    }
    page.put("first_id", data.size() == 0 ? null : data.get(0).path("id").asText());
    page.put("last_id", data.size() == 0 ? null : data.get(data.size() - 1).path("id").asText());
    page.put("has_more", start + limit < items.size());
    return Wire.json(200, page);
  }

  private static MockResponse notFound(String id) {
    return Wire.json(404, Wire.errorBody("invalid_request_error", null,
        "Response with id '" + id + "' not found.", null));
  }

  private ObjectNode response(String id, JsonNode body, String status) {
    ObjectNode response = Wire.object().put("id", id).put("object", "response")
        .put("created_at", System.currentTimeMillis() / 1000).put("status", status);
    response.putNull("error");
    response.putNull("incomplete_details");
    response.set("instructions", body.get("instructions"));
    response.put("model", body.path("model").asText());
    response.put("background", body.path("background").asBoolean(false));
    response.set("previous_response_id", body.get("previous_response_id"));
    response.set("tools", body.has("tools") ? body.get("tools") : Wire.MAPPER.createArrayNode());
    response.set("metadata", body.has("metadata") ? body.get("metadata") : Wire.object());
    return response;
  }

  /** The input as items with ids (a string is one user message); null when there is none. */
  private static ArrayNode inputItems(JsonNode input) {
    ArrayNode items = Wire.MAPPER.createArrayNode();
    if (input != null && input.isTextual() && !input.asText().isEmpty()) {
      ObjectNode message = items.addObject().put("type", "message").put("role", "user");
      message.putArray("content").addObject().put("type", "input_text").put("text", input.asText());
    } else if (input != null && input.isArray() && input.size() > 0) {
      for (JsonNode item : input) {
        items.add(stored(item));
      }
    } else {
      return null;
    }
    int n = 0;
    for (JsonNode item : items) {
      if (item.isObject() && !item.has("id")) {
        ((ObjectNode) item).put("id", "item_fakehub" + (++n));
      }
    }
    return items;
  }

  /**
   * An input item as OpenAI stores it: a short message ({@code {"role":..., "content":"text"}}) gets its
   * {@code type} and its text as one part ({@code output_text} for the assistant, {@code input_text} otherwise).
   */
  private static JsonNode stored(JsonNode item) {
    if (!item.isObject() || !item.has("role") || item.has("type") && !"message".equals(item.path("type").asText())) {
      return item.deepCopy();
    }
    ObjectNode message = Wire.object().put("type", "message");
    message.setAll((ObjectNode) item.deepCopy());
    JsonNode content = item.get("content");
    if (content != null && content.isTextual()) {
      String partType = "assistant".equals(item.path("role").asText()) ? "output_text" : "input_text";
      message.putArray("content").addObject().put("type", partType).put("text", content.asText());
    }
    return message;
  }

  /** The text of the last user message or function output: what an echo answers. */
  private static String lastText(ArrayNode input) {
    for (int i = input.size() - 1; i >= 0; i--) {
      JsonNode item = input.get(i);
      if ("function_call_output".equals(item.path("type").asText())) {
        return item.path("output").asText();
      }
      if ("user".equals(item.path("role").asText())) {
        return text(item);
      }
    }
    return "";
  }

  private static String text(JsonNode item) {
    JsonNode content = item.get("content");
    if (content == null || !content.isArray()) {
      return content == null ? item.path("output").asText("") : content.asText();
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode part : content) {
      if (part.has("text")) {
        text.append(text.length() == 0 ? "" : " ").append(part.path("text").asText());
      }
    }
    return text.toString();
  }

  /** A stored response; a background one advances one step per poll. */
  private static final class Stored {
    final ObjectNode completed;
    final ArrayNode input;
    final boolean background;
    final Fault failure;
    final AtomicLong polls = new AtomicLong();
    volatile boolean cancelled;

    Stored(ObjectNode completed, ArrayNode input, boolean background, Fault failure) {
      this.completed = completed;
      this.input = input;
      this.background = background;
      this.failure = failure;
    }

    /** The response at its {@code poll}-th poll: queued at 0, in progress, then finished at the last. */
    ObjectNode poll(long poll, int pollsUntilComplete) {
      if (!background) {
        return completed;
      }
      ObjectNode pending = completed.deepCopy();
      pending.putArray("output");
      pending.putNull("usage");
      if (cancelled) {
        return pending.put("status", "cancelled");
      }
      if (!PollSchedule.finished((int) poll, pollsUntilComplete)) {
        return pending.put("status", poll == 0 ? "queued" : "in_progress");
      }
      if (failure != null) {
        pending.put("status", "failed").putObject("error").put("code", failure.code().orElse("server_error"))
            .put("message", failure.message().orElse("The response failed."));
        return pending;
      }
      return completed;
    }
  }
}
