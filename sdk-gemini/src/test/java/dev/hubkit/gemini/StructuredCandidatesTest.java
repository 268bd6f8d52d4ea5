package dev.hubkit.gemini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.StructuredOutputException;
import dev.hubkit.core.internal.Json;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gemini's structured output and function declarations from Java types: what is sent, what the reply becomes. */
class StructuredCandidatesTest {
  record Forecast(String city, @JsonProperty("temperature_c") double temperatureC, Sky sky, Optional<String> note,
      Optional<Sky> tomorrow, @JsonPropertyDescription("Local time of the forecast") LocalDateTime at) {}

  enum Sky { @JsonProperty("clear") CLEAR, @JsonProperty("rain") RAIN }

  static final class WeatherQuery {
    @JsonPropertyDescription("City name, e.g. Paris")
    public String city;
    public List<String> days;
  }

  private static final String PARIS = "{\"city\":\"Paris\",\"temperature_c\":18.5,\"sky\":\"clear\",\"note\":null,"
      + "\"tomorrow\":\"rain\",\"at\":\"2026-12-03T09:00\"}";

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private GeminiApi gemini;

  @BeforeEach
  void setUp() {
    client = Fixtures.client(server);
    gemini = GeminiApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ObjectNode reply(String finishReason) {
    ObjectNode reply = Json.mapper().createObjectNode();
    ObjectNode candidate = reply.putArray("candidates").addObject().put("finishReason", finishReason)
        .put("index", 0);
    candidate.putObject("content").put("role", "model").putArray("parts");
    return reply;
  }

  private static String answering(String text, String finishReason) {
    ObjectNode reply = reply(finishReason);
    parts(reply).addObject().put("text", text);
    return reply.toString();
  }

  private static ArrayNode parts(ObjectNode reply) {
    return (ArrayNode) reply.get("candidates").get(0).get("content").get("parts");
  }

  private static GenerateContentResponse read(String json) throws Exception {
    return Json.mapper().readValue(json, GenerateContentResponse.class);
  }

  @Test
  void aResponseJsonSchemaFromAClassIsSentInGeminisKeywordsAndTheReplyReadsIntoAnInstance() throws Exception {
    server.enqueue(Fixtures.json(200, answering(PARIS, "STOP")));
    GenerateContentResponse reply = gemini.generate("gemini-2.5-flash", GenerateContentRequest.builder()
        .addContents(Content.user("Weather in Paris?"))
        .generationConfig(GenerationConfig.builder().responseJsonSchema(Forecast.class).build()).build());
    Forecast forecast = reply.parsed(Forecast.class);
    assertEquals(new Forecast("Paris", 18.5, Sky.CLEAR, Optional.empty(), Optional.of(Sky.RAIN),
        LocalDateTime.of(2026, 12, 3, 9, 0)), forecast);
    assertEquals(Sky.CLEAR, reply.candidates().get(0).parsed(Forecast.class).sky());

    JsonNode config = Fixtures.body(server.takeRequest()).get("generationConfig");
    assertEquals("application/json", config.get("responseMimeType").asText());
    assertFalse(config.has("responseSchema"));
    JsonNode schema = config.get("responseJsonSchema");
    assertEquals(false, schema.get("additionalProperties").asBoolean());
    assertEquals("[\"city\",\"temperature_c\",\"sky\",\"note\",\"tomorrow\",\"at\"]", schema.get("required").toString());
    JsonNode properties = schema.get("properties");
    assertEquals(Fixtures.tree("{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}]}"), properties.get("note"));
    assertEquals(Fixtures.tree("{\"anyOf\":[{\"type\":\"string\",\"enum\":[\"clear\",\"rain\"]},{\"type\":\"null\"}]}"),
        properties.get("tomorrow"));
    assertFalse(schema.toString().contains("\"pattern\""), "Gemini reads no pattern: " + schema);
    assertTrue(properties.get("at").get("description").asText().startsWith("Local time of the forecast (matches ^"),
        properties.get("at").toString());
  }

  @Test
  void aReplyThatDoesNotMatchIsAStructuredOutputExceptionShowingTheText() throws Exception {
    String wrong = PARIS.replace("\"clear\"", "\"foggy\"");
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> read(answering(wrong, "STOP")).parsed(Forecast.class));
    assertEquals("sky", e.propertyPath());
    assertEquals("The model's output does not match Forecast at 'sky': expected one of [\"clear\",\"rain\"], got "
        + "\"foggy\". Text received (" + wrong.length() + " characters): " + wrong, e.getMessage());
  }

  @Test
  void aBlockedPromptASafetyStopATokenLimitAndFunctionCallsSayWhyThereIsNoAnswer() throws Exception {
    GenerateContentResponse blocked = read("{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}");
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> blocked.parsed(Forecast.class));
    assertTrue(e.getMessage().contains("the model refused"), e.getMessage());
    assertEquals("the prompt was blocked: SAFETY", e.text());

    e = assertThrows(StructuredOutputException.class, () -> read("{}").parsed(Forecast.class));
    assertTrue(e.getMessage().contains("the reply has no candidates"), e.getMessage());

    e = assertThrows(StructuredOutputException.class, () -> read(reply("SAFETY").toString()).parsed(Forecast.class));
    assertEquals("the candidate stopped for SAFETY", e.text());

    e = assertThrows(StructuredOutputException.class,
        () -> read(answering("{\"city\":\"Par", "MAX_TOKENS")).parsed(Forecast.class));
    assertTrue(e.getMessage().contains("stopped at MAX_TOKENS"), e.getMessage());

    ObjectNode calls = reply("STOP");
    parts(calls).addObject().putObject("functionCall")
        .put("name", "get_weather").putObject("args").put("city", "Paris");
    e = assertThrows(StructuredOutputException.class, () -> read(calls.toString()).parsed(Forecast.class));
    assertTrue(e.getMessage().contains("the model called tools (get_weather) instead of answering"), e.getMessage());
  }

  @Test
  void aFunctionDeclarationFromAClassSendsParametersJsonSchemaAndACallsArgsReadIntoAnInstance() throws Exception {
    ObjectNode calls = reply("STOP");
    ObjectNode args = parts(calls).addObject()
        .putObject("functionCall").put("name", "get_weather").putObject("args");
    args.put("city", "Rome").putArray("days").add("mon");
    server.enqueue(Fixtures.json(200, calls.toString()));
    GenerateContentResponse reply = gemini.generate("gemini-2.5-flash", GenerateContentRequest.builder()
        .addContents(Content.user("Weather in Rome?"))
        .addTools(Tool.functions(FunctionDeclaration.of("get_weather", "Current weather", WeatherQuery.class)))
        .build());
    WeatherQuery query = reply.candidates().get(0).functionCalls().get(0).args(WeatherQuery.class);
    assertEquals("Rome", query.city);
    assertEquals(List.of("mon"), query.days);

    JsonNode declaration = Fixtures.body(server.takeRequest()).get("tools").get(0).get("functionDeclarations").get(0);
    assertFalse(declaration.has("parameters"));
    JsonNode parameters = declaration.get("parametersJsonSchema");
    assertEquals("object", parameters.get("type").asText());
    assertEquals("City name, e.g. Paris", parameters.get("properties").get("city").get("description").asText());
    assertEquals(false, parameters.get("additionalProperties").asBoolean());

    FunctionCall wrong = FunctionCall.builder().name("get_weather").putArg("city", 7).putArg("days", List.of())
        .build();
    StructuredOutputException e = assertThrows(StructuredOutputException.class, () -> wrong.args(WeatherQuery.class));
    assertEquals("city", e.propertyPath());
    assertEquals("{\"city\":7,\"days\":[]}", e.text());
  }

  @Test
  void bothSchemaFieldsTogetherAreRejectedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GenerationConfig.builder()
        .responseSchema(Map.of("type", "OBJECT")).responseJsonSchema(Forecast.class).build());
    assertEquals("set responseSchema or responseJsonSchema, not both", e.getMessage());
  }
}
