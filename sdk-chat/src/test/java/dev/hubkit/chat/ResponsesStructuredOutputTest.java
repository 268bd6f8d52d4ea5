package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sentJson;
import static dev.hubkit.chat.HubFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseTool;
import dev.hubkit.chat.responses.TextConfig;
import dev.hubkit.chat.responses.TextFormat;
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

/** Structured outputs and function tools from Java types on the Responses API: what is sent, what is read back. */
class ResponsesStructuredOutputTest {
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
  private ResponsesApi responses;

  @BeforeEach
  void setUp() {
    client = client(server);
    responses = ResponsesApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ResponseRequest question() {
    return ResponseRequest.builder().model("gpt-5").input("Weather in Paris?").build();
  }

  private static ObjectNode response(String status) {
    ObjectNode reply = Json.mapper().createObjectNode().put("id", "resp_1").put("object", "response")
        .put("status", status).put("model", "gpt-5");
    reply.putArray("output");
    return reply;
  }

  private static String answering(String text) {
    ObjectNode reply = response("completed");
    ArrayNode content = ((ArrayNode) reply.get("output")).addObject().put("type", "message").put("id", "msg_1")
        .put("role", "assistant").put("status", "completed").putArray("content");
    content.addObject().put("type", "output_text").put("text", text).putArray("annotations");
    return reply.toString();
  }

  private JsonNode sent() throws Exception {
    return sentJson(take(server), "/v1/public/responses");
  }

  @Test
  void typedCreateSendsTheStrictSchemaAsTextFormatAndReturnsTheInstance() throws Exception {
    server.enqueue(json(200, answering(PARIS)));
    Forecast forecast = responses.create(ResponseRequest.builder().from(question())
        .text(TextConfig.builder().format(TextFormat.jsonObject()).verbosity("low").build()).build(), Forecast.class);
    assertEquals(new Forecast("Paris", 18.5, Sky.CLEAR, Optional.empty()), forecast);

    JsonNode text = sent().get("text");
    JsonNode format = text.get("format");
    assertEquals("json_schema", format.get("type").asText());
    assertEquals("Forecast", format.get("name").asText());
    assertEquals(true, format.get("strict").asBoolean());
    assertEquals(StrictSchema.of(Forecast.class).schema(), format.get("schema"));
    assertEquals("low", text.get("verbosity").asText(), "the request's verbosity is kept");
  }

  @Test
  void textFormatFromAClassAndParsedReadTheReplyAsTwoSteps() throws Exception {
    server.enqueue(json(200, answering("```json\n" + PARIS + "\n```")));
    Response reply = responses.create(ResponseRequest.builder().from(question())
        .textFormat(TextFormat.jsonSchema(Forecast.class)).build());
    assertEquals("Paris", reply.parsed(Forecast.class).city());
    assertEquals("Forecast", sent().get("text").get("format").get("name").asText());
  }

  @Test
  void aReplyThatDoesNotMatchIsAStructuredOutputExceptionShowingTheText() {
    String wrong = PARIS.replace("\"clear\"", "\"foggy\"");
    server.enqueue(json(200, answering(wrong)));
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> responses.create(question(), Forecast.class));
    assertEquals("sky", e.propertyPath());
    assertEquals("The model's output does not match Forecast at 'sky': expected one of [\"clear\",\"rain\"], got "
        + "\"foggy\". Text received (" + wrong.length() + " characters): " + wrong, e.getMessage());
  }

  @Test
  void theAsyncTypedCreateCompletesWithTheInstanceOrFailsWithTheSameException() throws Exception {
    server.enqueue(json(200, answering(PARIS)));
    assertEquals("Paris", responses.createAsync(question(), Forecast.class).get(5, TimeUnit.SECONDS).city());
    server.enqueue(json(200, answering("not json")));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> responses.createAsync(question(), Forecast.class).get(5, TimeUnit.SECONDS));
    assertInstanceOf(StructuredOutputException.class, e.getCause());
  }

  @Test
  void aRefusalIsAStructuredOutputExceptionCarryingTheRefusal() {
    ObjectNode reply = response("completed");
    ((ArrayNode) reply.get("output")).addObject().put("type", "message").put("role", "assistant")
        .putArray("content").addObject().put("type", "refusal").put("refusal", "I can't help with that.");
    server.enqueue(json(200, reply.toString()));
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> responses.create(question(), Forecast.class));
    assertEquals("I can't help with that.", e.text());
    assertTrue(e.getMessage().contains("the model refused"), e.getMessage());
  }

  @Test
  void onlyFunctionCallsOrAnIncompleteResponseSayWhyThereIsNoAnswer() throws Exception {
    ObjectNode calls = response("completed");
    ((ArrayNode) calls.get("output")).addObject().put("type", "function_call").put("call_id", "call_1")
        .put("name", "get_weather").put("arguments", "{}");
    Response called = Json.mapper().convertValue(calls, Response.class);
    StructuredOutputException e = assertThrows(StructuredOutputException.class, () -> called.parsed(Forecast.class));
    assertTrue(e.getMessage().contains("the model called tools (get_weather) instead of answering"), e.getMessage());

    ObjectNode cut = (ObjectNode) Json.mapper().readTree(answering("{\"city\":\"Par"));
    cut.put("status", "incomplete").putObject("incomplete_details").put("reason", "max_output_tokens");
    Response incomplete = Json.mapper().convertValue(cut, Response.class);
    e = assertThrows(StructuredOutputException.class, () -> incomplete.parsed(Forecast.class));
    assertTrue(e.getMessage().contains("the response is incomplete (max_output_tokens)"), e.getMessage());
    assertEquals("{\"city\":\"Par", e.text());
  }

  @Test
  void aFunctionToolFromAClassIsStrictAndItsCallsArgumentsReadIntoAnInstance() throws Exception {
    ObjectNode reply = response("completed");
    ((ArrayNode) reply.get("output")).addObject().put("type", "function_call").put("id", "fc_1")
        .put("call_id", "call_1").put("name", "get_weather")
        .put("arguments", "{\"city\":\"Rome\",\"days\":[\"mon\"]}").put("status", "completed");
    server.enqueue(json(200, reply.toString()));
    Response response = responses.create(ResponseRequest.builder().from(question())
        .addTool(ResponseTool.function("get_weather", "Current weather", WeatherQuery.class)).build());
    ResponseItem call = response.functionCalls().get(0);
    WeatherQuery query = call.arguments(WeatherQuery.class);
    assertEquals("Rome", query.city);
    assertEquals(List.of("mon"), query.days);

    JsonNode tool = sent().get("tools").get(0);
    assertEquals("function", tool.get("type").asText());
    assertEquals(true, tool.get("strict").asBoolean());
    assertEquals(StrictSchema.of(WeatherQuery.class).schema(), tool.get("parameters"));
    assertEquals("City name, e.g. Paris",
        tool.get("parameters").get("properties").get("city").get("description").asText());

    ResponseItem wrong = ResponseItem.functionCall("call_2", "get_weather", "{\"city\":7,\"days\":[]}");
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> wrong.arguments(WeatherQuery.class));
    assertEquals("city", e.propertyPath());
    e = assertThrows(StructuredOutputException.class, () -> ResponseItem.user("hi").arguments(WeatherQuery.class));
    assertTrue(e.getMessage().contains("the item is a message, which has no arguments"), e.getMessage());
  }
}
