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
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.StructuredOutputException;
import dev.hubkit.core.UnsupportedSchemaTypeException;
import dev.hubkit.core.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Structured outputs and tools from Java types, on the wire: what is sent, and what the reply becomes. */
class StructuredOutputTest {
  /** The answer's type: a record. */
  record Forecast(String city, @JsonProperty("temperature_c") double temperatureC, Sky sky, Optional<String> note) {}

  enum Sky { @JsonProperty("clear") CLEAR, @JsonProperty("rain") RAIN }

  /** The tool's arguments: a Java 8 style class. */
  static final class WeatherQuery {
    @JsonPropertyDescription("City name, e.g. Paris")
    public String city;
    public List<String> days;
  }

  static final class WithMap {
    public Map<String, String> labels;
  }

  private static final String PARIS = "{\"city\":\"Paris\",\"temperature_c\":18.5,\"sky\":\"clear\",\"note\":null}";

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private ChatApi chat;

  @BeforeEach
  void setUp() {
    client = client(server);
    chat = ChatApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ChatRequest question() {
    return ChatRequest.builder().model("gpt-4o").addMessage(ChatMessage.user("Weather in Paris?")).build();
  }

  private static String completion(ObjectNode message) {
    ObjectNode reply = Json.mapper().createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
        .put("created", 1).put("model", "gpt-4o");
    ObjectNode choice = reply.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
    choice.set("message", message.put("role", "assistant"));
    return reply.toString();
  }

  private static String answering(String content) {
    return completion(Json.mapper().createObjectNode().put("content", content));
  }

  private JsonNode sent() throws InterruptedException, java.io.IOException {
    return sentJson(take(server), "/v1/public/chat/completions");
  }

  @Test
  void typedCreateSendsTheStrictSchemaNamedAfterTheClassAndReturnsTheInstance() throws Exception {
    server.enqueue(json(200, answering(PARIS)));
    Forecast forecast = chat.create(question(), Forecast.class);
    assertEquals(new Forecast("Paris", 18.5, Sky.CLEAR, Optional.empty()), forecast);

    JsonNode body = sent();
    assertEquals(false, body.get("stream").asBoolean());
    JsonNode format = body.get("response_format");
    assertEquals("json_schema", format.get("type").asText());
    assertEquals("Forecast", format.get("json_schema").get("name").asText());
    assertEquals(true, format.get("json_schema").get("strict").asBoolean());
    assertEquals(StrictSchema.of(Forecast.class).schema(), format.get("json_schema").get("schema"));
    assertEquals("[\"city\",\"temperature_c\",\"sky\",\"note\"]",
        format.get("json_schema").get("schema").get("required").toString());
    assertEquals("[\"string\",\"null\"]",
        format.get("json_schema").get("schema").get("properties").get("note").get("type").toString());
  }

  @Test
  void typedCreateReplacesTheRequestsOwnResponseFormat() throws Exception {
    server.enqueue(json(200, answering(PARIS)));
    chat.create(ChatRequest.builder().from(question()).responseFormat(ResponseFormat.jsonObject()).build(),
        Forecast.class);
    assertEquals("json_schema", sent().get("response_format").get("type").asText());
  }

  @Test
  void responseFormatFromAClassAndParsedReadTheReplyAsTwoSteps() throws Exception {
    server.enqueue(json(200, answering("```json\n" + PARIS + "\n```")));
    ChatCompletion reply = chat.create(ChatRequest.builder().from(question())
        .responseFormat(ResponseFormat.jsonSchema(Forecast.class)).build());
    assertEquals("Paris", reply.parsed(Forecast.class).city());
    assertEquals(Sky.CLEAR, reply.choices().get(0).message().parsed(Forecast.class).sky());
    assertEquals("Forecast", sent().get("response_format").get("json_schema").get("name").asText());
  }

  @Test
  void aReplyThatDoesNotMatchIsAStructuredOutputExceptionShowingTheText() {
    String wrong = PARIS.replace("\"clear\"", "\"foggy\"");
    server.enqueue(json(200, answering(wrong)));
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> chat.create(question(), Forecast.class));
    assertEquals("sky", e.propertyPath());
    assertEquals(wrong, e.text());
    assertEquals("The model's output does not match Forecast at 'sky': expected one of [\"clear\",\"rain\"], got "
        + "\"foggy\". Text received (" + wrong.length() + " characters): " + wrong, e.getMessage());
  }

  @Test
  void theAsyncTypedCreateCompletesWithTheInstanceOrFailsWithTheSameException() throws Exception {
    server.enqueue(json(200, answering(PARIS)));
    assertEquals("Paris", chat.createAsync(question(), Forecast.class).get(5, TimeUnit.SECONDS).city());
    take(server);
    server.enqueue(json(200, answering("{\"city\":\"Paris\"}")));
    ExecutionException e = assertThrows(ExecutionException.class, () -> chat.createAsync(question(), Forecast.class,
        RequestOptions.builder().header("X-Trace", "t-1").build()).get(5, TimeUnit.SECONDS));
    assertEquals("t-1", take(server).getHeaders().get("X-Trace"));
    StructuredOutputException cause = assertInstanceOf(StructuredOutputException.class, e.getCause());
    assertEquals("temperature_c", cause.propertyPath());
  }

  @Test
  void aRefusalOrAToolCallInsteadOfContentSaysSo() {
    server.enqueue(json(200, completion(Json.mapper().createObjectNode().put("refusal", "I can't help with that."))));
    StructuredOutputException refused = assertThrows(StructuredOutputException.class,
        () -> chat.create(question(), Forecast.class));
    assertTrue(refused.getMessage().startsWith("The model's output does not match Forecast: the model refused"),
        refused.getMessage());
    assertEquals("I can't help with that.", refused.text());

    ObjectNode calling = Json.mapper().createObjectNode();
    calling.putArray("tool_calls").addObject().put("id", "call_1").put("type", "function").putObject("function")
        .put("name", "get_weather").put("arguments", "{}");
    server.enqueue(json(200, completion(calling)));
    StructuredOutputException called = assertThrows(StructuredOutputException.class,
        () -> chat.create(question(), Forecast.class));
    assertTrue(called.getMessage().contains("the model called tools (get_weather) instead of answering"),
        called.getMessage());
    assertTrue(assertThrows(StructuredOutputException.class,
        () -> ChatCompletion.builder().build().parsed(Forecast.class)).getMessage().contains("no choices"));
  }

  @Test
  void aToolFromAClassIsStrictAndItsCallsArgumentsAreReadIntoAnInstance() throws Exception {
    ObjectNode calling = Json.mapper().createObjectNode();
    calling.putArray("tool_calls").addObject().put("id", "call_1").put("type", "function").putObject("function")
        .put("name", "get_weather").put("arguments", "{\"city\":\"Oslo\",\"days\":[\"mon\",\"tue\"]}");
    server.enqueue(json(200, completion(calling)));
    ChatCompletion reply = chat.create(ChatRequest.builder().from(question())
        .addTool(Tool.function("get_weather", "Current weather in a city", WeatherQuery.class)).build());

    WeatherQuery query = reply.choices().get(0).message().toolCalls().get(0).function().arguments(WeatherQuery.class);
    assertEquals("Oslo", query.city);
    assertEquals(List.of("mon", "tue"), query.days);

    JsonNode function = sent().get("tools").get(0).get("function");
    assertEquals("get_weather", function.get("name").asText());
    assertEquals("Current weather in a city", function.get("description").asText());
    assertEquals(true, function.get("strict").asBoolean());
    assertEquals(StrictSchema.of(WeatherQuery.class).schema(), function.get("parameters"));
    assertEquals("City name, e.g. Paris",
        function.get("parameters").get("properties").get("city").get("description").asText());
  }

  @Test
  void argumentsThatDoNotMatchNameTheProperty() {
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> FunctionCall.of("get_weather", "{\"city\":\"Oslo\",\"days\":\"mon\"}").arguments(WeatherQuery.class));
    assertTrue(e.getMessage().startsWith(
        "The model's output does not match WeatherQuery at 'days': expected an array, got \"mon\"."), e.getMessage());
  }

  @Test
  void aStreamedReplyIsReadAfterAccumulating() throws Exception {
    String content = Json.mapper().writeValueAsString(PARIS);
    server.enqueue(HubFixtures.sse("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
        + "\"delta\":{\"role\":\"assistant\",\"content\":" + content + "}}]}\n\ndata: [DONE]\n\n"));
    ChatCompletion whole = chat.stream(ChatRequest.builder().from(question())
        .responseFormat(ResponseFormat.jsonSchema(Forecast.class)).build()).accumulate();
    assertEquals(18.5, whole.parsed(Forecast.class).temperatureC());
  }

  @Test
  void aTypeStrictModeCannotExpressFailsBeforeAnythingIsSent() {
    UnsupportedSchemaTypeException e = assertThrows(UnsupportedSchemaTypeException.class,
        () -> chat.create(question(), WithMap.class));
    assertTrue(e.getMessage().startsWith("WithMap.labels: a map"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
