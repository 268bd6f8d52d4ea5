package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.anthropic.Message;
import dev.hubkit.anthropic.MessageParam;
import dev.hubkit.anthropic.MessageRequest;
import dev.hubkit.anthropic.MessagesApi;
import dev.hubkit.anthropic.Tool;
import dev.hubkit.anthropic.ToolChoice;
import dev.hubkit.chat.ResponsesApi;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseTool;
import dev.hubkit.chat.responses.TextFormat;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.examples.ReadmeStructuredOutputTest.Weather;
import dev.hubkit.examples.ReadmeStructuredOutputTest.WeatherQuery;
import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.ClaudeReply;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.FakeHubExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's snippets of structured output from Java types on the Responses and Claude formats, kept compiling
 * (on the Java 8 API) and passing against FakeHub's scripted replies; {@link ReadmeGeminiStructuredOutputTest} has
 * Gemini's. {@link #codeBlockAfter} finds a README block below its heading.
 */
class ReadmeNativeStructuredOutputTest {
  @RegisterExtension
  static FakeHubExtension hub = new FakeHubExtension();

  private static final String PARIS = "{\"city\":\"Paris\",\"temperature_c\":18.5,\"sky\":\"CLOUDY\","
      + "\"advice\":null,\"warnings\":[]}";

  @Test
  void theResponsesSnippetSendsTheSchemaAndReadsTheAnswerAndTheCall(FakeHub fake) {
    fake.enqueueResponse(ChatReply.text(PARIS));      // then FakeHub's answer following the schema
    try (HubClient client = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      ResponsesApi responses = ResponsesApi.of(client);
      ResponseRequest request = ResponseRequest.builder().model("gpt-5").input("Weather in Paris?").build();
      List<WeatherQuery> queries = new ArrayList<>();

      Weather weather = responses.create(request, Weather.class);     // text.format: the strict schema, named Weather
      Response reply = responses.create(ResponseRequest.builder().from(request)
          .textFormat(TextFormat.jsonSchema(Weather.class)).build());  // or in two steps
      Weather same = reply.parsed(Weather.class);

      fake.enqueueResponse(ChatReply.toolCall("get_weather", "{\"city\":\"Oslo\"}"));
      ResponseTool getWeather = ResponseTool.function("get_weather", "Current weather in a city", WeatherQuery.class);
      Response called = responses.create(ResponseRequest.builder().from(request).addTool(getWeather).build());
      for (ResponseItem call : called.functionCalls()) {
        WeatherQuery query = call.arguments(WeatherQuery.class);
        queries.add(query);
      }

      assertEquals("Paris", weather.city);
      assertEquals("Echo: Weather in Paris?", same.city);
      assertEquals("Oslo", queries.get(0).city);
    }
    JsonNode sent = fake.takeRequest().json();
    assertEquals(StrictSchema.of(Weather.class).schema(), sent.get("text").get("format").get("schema"));
  }

  @Test
  void theClaudeSnippetSendsOutputConfigAndReadsTheAnswerAndTheForcedTool(FakeHub fake) {
    fake.enqueueClaudeReply(ClaudeReply.text(PARIS));  // then FakeHub's answer following the schema
    try (HubClient client = HubClient.builder().baseUrl(fake.rootUrl()).apiKey(fake.apiKey()).build()) {
      MessagesApi messages = MessagesApi.of(client);
      MessageRequest request = MessageRequest.builder().model("claude-sonnet-4.5").maxTokens(1024)
          .addMessage(MessageParam.user("Weather in Paris?")).build();

      Weather weather = messages.create(request, Weather.class);      // output_config.format: the strict schema
      Message reply = messages.create(MessageRequest.builder().from(request).outputSchema(Weather.class).build());
      Weather same = reply.parsed(Weather.class);

      fake.enqueueClaudeReply(ClaudeReply.toolUse("get_weather", "{\"city\":\"Oslo\"}"));
      Tool getWeather = Tool.of("get_weather", "Current weather in a city", WeatherQuery.class);
      Message called = messages.create(MessageRequest.builder().from(request).addTool(getWeather)
          .toolChoice(ToolChoice.tool("get_weather")).build());      // a forced tool: the way for older models
      WeatherQuery query = called.toolUses().get(0).input(WeatherQuery.class);

      assertEquals("Paris", weather.city);
      assertEquals("Echo: Weather in Paris?", same.city);
      assertEquals("Oslo", query.city);
    }
    JsonNode sent = fake.takeRequest().json();
    assertEquals(StrictSchema.of(Weather.class).schema(), sent.get("output_config").get("format").get("schema"));
  }

  @Test
  void theReadmeShowsTheseLinesAsTheyAreHere() throws IOException {
    List<String> readme = Files.readAllLines(Paths.get("../README.md"), StandardCharsets.UTF_8);
    List<String> source = new ArrayList<>();
    for (String line : Files.readAllLines(
        Paths.get("src/test/java/dev/hubkit/examples/ReadmeNativeStructuredOutputTest.java"), StandardCharsets.UTF_8)) {
      source.add(line.trim());
    }
    for (String heading : new String[] {"### Responses from Java types",
        "### Claude's structured outputs from Java types"}) {
      List<String> block = codeBlockAfter(readme, heading);
      assertTrue(block.size() >= 5, heading + ": " + block);
      int at = 0;
      for (String line : block) {
        while (at < source.size() && !source.get(at).equals(line)) {
          at++;
        }
        assertTrue(at < source.size(), "README line (" + heading + ") not in this test, in this order: " + line);
      }
    }
  }

  static List<String> codeBlockAfter(List<String> lines, String heading) {
    List<String> block = new ArrayList<>();
    int i = lines.indexOf(heading);
    assertTrue(i >= 0, "README has no " + heading);
    while (!lines.get(i).startsWith("```java")) {
      i++;
    }
    for (i++; !lines.get(i).startsWith("```"); i++) {
      if (!lines.get(i).trim().isEmpty()) {
        block.add(lines.get(i).trim());
      }
    }
    return block;
  }
}
