package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResponsesTest {
  private final FakeHub hub = FakeHub.start();
  private final HubCalls calls = new HubCalls(hub);

  @AfterEach
  void close() {
    hub.close();
  }

  private static List<JsonNode> events(HubCalls.Reply reply) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String block : reply.text().split("\n\n")) {
      String[] lines = block.split("\n");
      assertTrue(lines[0].startsWith("event: "), block);
      JsonNode data = HubCalls.JSON.readTree(lines[1].substring("data: ".length()));
      assertEquals(lines[0].substring("event: ".length()), data.path("type").asText(), block);
      events.add(data);
    }
    return events;
  }

  private static List<String> types(List<JsonNode> events) {
    List<String> types = new ArrayList<>();
    events.forEach(event -> types.add(event.path("type").asText()));
    return types;
  }

  private static int first(List<String> types) {
    return types.indexOf("response.completed") + 1;
  }

  @Test
  void aWholeResponseEchoesTheLastUserTextAsAnAssistantMessage() {
    JsonNode body = calls.postJson("/responses", "{\"model\":\"gpt-5\",\"input\":\"Hello there\"}").json();

    assertEquals("response", body.path("object").asText());
    assertEquals("completed", body.path("status").asText());
    assertTrue(body.path("id").asText().startsWith("resp_"), body.toString());
    JsonNode message = body.at("/output/0");
    assertEquals("message", message.path("type").asText());
    assertEquals("assistant", message.path("role").asText());
    assertEquals("Echo: Hello there", message.at("/content/0/text").asText());
    assertEquals(2, body.at("/usage/input_tokens").asInt());
    assertEquals(3, body.at("/usage/output_tokens").asInt());
  }

  @Test
  void aScriptedReplyStreamsReasoningTextAndAFunctionCallAsTypedEvents() throws Exception {
    hub.enqueueResponse(ChatReply.toolCalls(ChatReply.ToolCall.of("call_1", "get_weather", "{\"city\":\"Paris\"}"))
        .withReasoning("Think first."));

    List<JsonNode> events = events(calls.postJson("/responses",
        "{\"model\":\"gpt-5\",\"input\":[{\"role\":\"user\",\"content\":\"Weather?\"}],\"stream\":true}"));
    events.addAll(events(calls.postJson("/responses",
        "{\"model\":\"gpt-5\",\"input\":\"Calling it.\",\"stream\":true}")));

    List<String> types = types(events);
    assertEquals("response.created", types.get(0));
    assertEquals("response.in_progress", types.get(1));
    assertEquals("response.completed", types.get(types.size() - 1));
    assertEquals("response.created", types.get(first(types)));
    assertTrue(types.contains("response.reasoning_summary_text.delta"), types.toString());
    assertTrue(types.contains("response.output_text.delta"), types.toString());
    assertTrue(types.contains("response.function_call_arguments.delta"), types.toString());
    int first = first(types);
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i < first ? i : i - first, events.get(i).path("sequence_number").asInt());
    }
    StringBuilder text = new StringBuilder();
    StringBuilder arguments = new StringBuilder();
    for (JsonNode event : events) {
      if ("response.output_text.delta".equals(event.path("type").asText())) {
        text.append(event.path("delta").asText());
      }
      if ("response.function_call_arguments.delta".equals(event.path("type").asText())) {
        arguments.append(event.path("delta").asText());
      }
    }
    assertEquals("Echo: Calling it.", text.toString());
    assertEquals("{\"city\":\"Paris\"}", arguments.toString());
    JsonNode output = events.get(first(types) - 1).at("/response/output");
    assertEquals("reasoning", output.at("/0/type").asText());
    assertEquals("Think first.", output.at("/0/summary/0/text").asText());
    assertEquals("function_call", output.at("/1/type").asText());
    assertEquals("call_1", output.at("/1/call_id").asText());
  }

  @Test
  void aFunctionOutputIsEchoedAndTheInputItemsArePagedBack() {
    String input = "{\"model\":\"gpt-5\",\"input\":[{\"role\":\"user\",\"content\":\"Weather?\"},"
        + "{\"type\":\"function_call\",\"call_id\":\"c1\",\"name\":\"w\",\"arguments\":\"{}\"},"
        + "{\"type\":\"function_call_output\",\"call_id\":\"c1\",\"output\":\"18 degrees\"}]}";
    JsonNode body = calls.postJson("/responses", input).json();
    String id = body.path("id").asText();

    assertEquals("Echo: 18 degrees", body.at("/output/0/content/0/text").asText());
    JsonNode page = calls.get("/responses/" + id + "/input_items?order=asc&limit=2").json();
    assertEquals(2, page.path("data").size());
    assertEquals("message", page.at("/data/0/type").asText(""));
    assertTrue(page.path("has_more").asBoolean());
    JsonNode rest = calls.get("/responses/" + id + "/input_items?order=asc&after="
        + page.path("last_id").asText()).json();
    assertEquals("function_call_output", rest.at("/data/0/type").asText());
    assertFalse(rest.path("has_more").asBoolean());
  }

  @Test
  void aBackgroundResponseIsQueuedThenInProgressThenCompletedOverPolls() {
    JsonNode created = calls.postJson("/responses", "{\"model\":\"gpt-5\",\"input\":\"Hi\",\"background\":true}")
        .json();
    String id = created.path("id").asText();
    List<String> statuses = new ArrayList<>();
    statuses.add(created.path("status").asText());
    for (int poll = 0; poll < 3; poll++) {
      statuses.add(calls.get("/responses/" + id).json().path("status").asText());
    }
    assertEquals(List.of("queued", "in_progress", "in_progress", "completed"), statuses);
    assertEquals("Echo: Hi", calls.get("/responses/" + id).json().at("/output/0/content/0/text").asText());
  }

  @Test
  void aBackgroundResponseCanFailOrBeCancelled() {
    hub.enqueueFault(Fault.taskFailed("server_error", "The model crashed."));
    String failing = calls.postJson("/responses", "{\"model\":\"gpt-5\",\"input\":\"Hi\",\"background\":true}")
        .json().path("id").asText();
    String cancelling = calls.postJson("/responses", "{\"model\":\"gpt-5\",\"input\":\"Hi\",\"background\":true}")
        .json().path("id").asText();

    JsonNode failed = null;
    for (int poll = 0; poll < 3; poll++) {
      failed = calls.get("/responses/" + failing).json();
    }
    JsonNode cancelled = calls.postJson("/responses/" + cancelling + "/cancel", "{}").json();

    assertEquals("failed", failed.path("status").asText());
    assertEquals("server_error", failed.at("/error/code").asText());
    assertEquals("cancelled", cancelled.path("status").asText());
    assertEquals("cancelled", calls.get("/responses/" + cancelling).json().path("status").asText());
  }

  @Test
  void theDocumentedErrorsHaveOpenAisShapes() {
    HubCalls.Reply missing = calls.postJson("/responses", "{\"model\":\"gpt-5\"}");
    HubCalls.Reply unknown = calls.get("/responses/resp_nope");
    HubCalls.Reply previous = calls.postJson("/responses",
        "{\"model\":\"gpt-5\",\"input\":\"Hi\",\"previous_response_id\":\"resp_nope\"}");
    String plain = calls.postJson("/responses", "{\"model\":\"gpt-5\",\"input\":\"Hi\"}").json().path("id").asText();
    HubCalls.Reply notBackground = calls.postJson("/responses/" + plain + "/cancel", "{}");
    HubCalls.Reply model = calls.postJson("/responses", "{\"model\":\"no-such-model\",\"input\":\"Hi\"}");

    assertEquals(400, missing.code());
    assertEquals("missing_required_parameter", missing.json().at("/error/code").asText());
    assertEquals("input", missing.json().at("/error/param").asText());
    assertEquals(404, unknown.code());
    assertEquals("Response with id 'resp_nope' not found.", unknown.json().at("/error/message").asText());
    assertEquals(404, previous.code());
    assertEquals("previous_response_id", previous.json().at("/error/param").asText());
    assertEquals(400, notBackground.code());
    assertEquals(404, model.code());
    assertEquals(200, calls.delete("/responses/" + plain).code());
    assertEquals(404, calls.delete("/responses/" + plain).code());
  }

  @Test
  void streamFaultsCutTheStreamOrFailTheResponse() throws Exception {
    hub.enqueueFault(Fault.streamCut(3));
    hub.enqueueFault(Fault.streamError("server_error", "Upstream broke."));

    List<JsonNode> cut = events(calls.postJson("/responses", "{\"model\":\"gpt-5\",\"input\":\"Hi\",\"stream\":true}"));
    List<JsonNode> failed =
        events(calls.postJson("/responses", "{\"model\":\"gpt-5\",\"input\":\"Hi\",\"stream\":true}"));

    assertEquals(3, cut.size());
    assertFalse(types(cut).contains("response.completed"));
    assertEquals(List.of("response.created", "response.failed"), types(failed));
    assertEquals("Upstream broke.", failed.get(1).at("/response/error/message").asText());
  }
}
