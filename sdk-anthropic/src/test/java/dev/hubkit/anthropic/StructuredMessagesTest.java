package dev.hubkit.anthropic;

import static dev.hubkit.anthropic.ClaudeHub.body;
import static dev.hubkit.anthropic.ClaudeHub.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.StructuredOutputException;
import dev.hubkit.core.internal.Json;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claude's structured outputs and tools from Java types: what is sent, what the reply becomes. */
class StructuredMessagesTest {
  record Forecast(String city, @JsonProperty("temperature_c") double temperatureC, Sky sky, Optional<String> note) {}

  enum Sky { @JsonProperty("clear") CLEAR, @JsonProperty("rain") RAIN }

  static final class WeatherQuery {
    @JsonPropertyDescription("City name, e.g. Paris")
    public String city;
    public List<String> days;
  }

  private static final String PARIS = "{\"city\":\"Paris\",\"temperature_c\":18.5,\"sky\":\"clear\",\"note\":null}";

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private MessagesApi messages;

  @BeforeEach
  void setUp() {
    client = ClaudeHub.client(server);
    messages = MessagesApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ObjectNode message(String stopReason) {
    ObjectNode reply = Json.mapper().createObjectNode().put("id", "msg_1").put("type", "message")
        .put("role", "assistant").put("model", "claude-sonnet-4-5").put("stop_reason", stopReason);
    reply.putArray("content");
    return reply;
  }

  private static String answering(String text, String stopReason) {
    ObjectNode reply = message(stopReason);
    reply.withArray("content").addObject().put("type", "text").put("text", text);
    return reply.toString();
  }

  @Test
  void typedCreateSendsTheSchemaAsOutputConfigFormatAndReturnsTheInstance() throws Exception {
    server.enqueue(json(200, answering(PARIS, "end_turn")));
    Forecast forecast = messages.create(ClaudeHub.weatherRequest(), Forecast.class);
    assertEquals(new Forecast("Paris", 18.5, Sky.CLEAR, Optional.empty()), forecast);

    JsonNode sent = body(server.takeRequest());
    JsonNode format = sent.get("output_config").get("format");
    assertEquals("json_schema", format.get("type").asText());
    assertEquals(StrictSchema.of(Forecast.class).schema(), format.get("schema"));
    assertEquals(2, format.size(), "only type and schema: " + format);
    assertFalse(sent.has("output_format"), "the beta parameter is not sent");
  }

  @Test
  void outputSchemaOnTheBuilderAndParsedReadTheReplyAsTwoSteps() throws Exception {
    server.enqueue(json(200, answering("```json\n" + PARIS + "\n```", "end_turn")));
    Message reply = messages.create(MessageRequest.builder().from(ClaudeHub.weatherRequest())
        .outputSchema(Forecast.class).build());
    assertEquals(Sky.CLEAR, reply.parsed(Forecast.class).sky());
    assertEquals("json_schema", body(server.takeRequest()).get("output_config").get("format").get("type").asText());
  }

  @Test
  void aReplyThatDoesNotMatchIsAStructuredOutputExceptionShowingTheText() throws Exception {
    String wrong = PARIS.replace("18.5", "\"warm\"");
    server.enqueue(json(200, answering(wrong, "end_turn")));
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> messages.create(ClaudeHub.weatherRequest(), Forecast.class));
    assertEquals("temperature_c", e.propertyPath());
    assertEquals("The model's output does not match Forecast at 'temperature_c': expected a number, got \"warm\". "
        + "Text received (" + wrong.length() + " characters): " + wrong, e.getMessage());

    server.enqueue(json(200, answering("not json", "end_turn")));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> messages.createAsync(ClaudeHub.weatherRequest(), Forecast.class).get(5, TimeUnit.SECONDS));
    assertInstanceOf(StructuredOutputException.class, async.getCause());
  }

  @Test
  void aRefusalACutReplyAndToolCallsSayWhyThereIsNoAnswer() {
    Message refused = read(answering("I can't help with that.", "refusal"));
    StructuredOutputException e = assertThrows(StructuredOutputException.class, () -> refused.parsed(Forecast.class));
    assertTrue(e.getMessage().contains("the model refused"), e.getMessage());
    assertEquals("I can't help with that.", e.text());

    Message cut = read(answering("{\"city\":\"Par", "max_tokens"));
    e = assertThrows(StructuredOutputException.class, () -> cut.parsed(Forecast.class));
    assertTrue(e.getMessage().contains("stopped at max_tokens"), e.getMessage());

    ObjectNode calls = message("tool_use");
    calls.withArray("content").addObject().put("type", "tool_use").put("id", "toolu_1").put("name", "get_weather")
        .putObject("input").put("city", "Paris");
    Message called = read(calls.toString());
    e = assertThrows(StructuredOutputException.class, () -> called.parsed(Forecast.class));
    assertTrue(e.getMessage().contains("the model called tools (get_weather) instead of answering"), e.getMessage());
  }

  @Test
  void aToolFromAClassSendsItsSchemaAndAToolUsesInputReadsIntoAnInstance() throws Exception {
    ObjectNode reply = message("tool_use");
    reply.withArray("content").addObject().put("type", "tool_use").put("id", "toolu_1").put("name", "get_weather")
        .putObject("input").put("city", "Rome").putArray("days").add("mon");
    server.enqueue(json(200, reply.toString()));
    Tool tool = Tool.of("get_weather", "Current weather", WeatherQuery.class);
    Message answer = messages.create(MessageRequest.builder().from(ClaudeHub.weatherRequest())
        .addTool(tool).addTool(Tool.builder().from(tool).name("get_weather_strictly").strict(true).build())
        .toolChoice(ToolChoice.tool("get_weather")).build());
    WeatherQuery query = answer.toolUses().get(0).input(WeatherQuery.class);
    assertEquals("Rome", query.city);
    assertEquals(List.of("mon"), query.days);

    JsonNode tools = body(server.takeRequest()).get("tools");
    assertEquals(StrictSchema.of(WeatherQuery.class).schema(), tools.get(0).get("input_schema"));
    assertFalse(tools.get(0).has("strict"), "a class-made tool is not strict unless asked");
    assertEquals(true, tools.get(1).get("strict").asBoolean());

    ToolUseBlock wrong = ToolUseBlock.builder().id("toolu_2").name("get_weather")
        .input(Json.mapper().readTree("{\"city\":7,\"days\":[]}")).build();
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> wrong.input(WeatherQuery.class));
    assertEquals("city", e.propertyPath());
    assertEquals("{\"city\":7,\"days\":[]}", e.text());
  }

  private static Message read(String json) {
    try {
      return Json.mapper().readValue(json, Message.class);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
