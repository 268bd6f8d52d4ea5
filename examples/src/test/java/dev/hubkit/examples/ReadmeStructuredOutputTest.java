package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ResponseFormat;
import dev.hubkit.chat.Tool;
import dev.hubkit.chat.ToolCall;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.FakeHubExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's "Structured outputs and tools from Java types" snippet, kept compiling (on the Java 8 API) and
 * passing against FakeHub, which answers a json_schema request with JSON following the schema.
 */
class ReadmeStructuredOutputTest {
  @RegisterExtension
  static FakeHubExtension hub = new FakeHubExtension();

  // --- the README snippet, from here
  @JsonClassDescription("Today's weather in one city")
  public static class Weather {                            // a POJO, a record or an Immutables value
    @JsonPropertyDescription("City name, e.g. Paris")
    public String city;
    @JsonProperty("temperature_c")
    public double temperatureC;
    public Sky sky;                                        // enum Sky { CLEAR, CLOUDY, RAIN }
    public Optional<String> advice;                        // nullable; every property is required
    public List<String> warnings;
  }
  // --- to here, then the statements below

  enum Sky { CLEAR, CLOUDY, RAIN }

  public static class WeatherQuery {
    public String city;
  }

  @Test
  void theSnippetSendsTheSchemaAndReadsFakeHubsSchemaFollowingAnswer(FakeHub fake) {
    fake.enqueueReply(ChatReply.text("{\"city\":\"Paris\",\"temperature_c\":18.5,\"sky\":\"CLOUDY\","
        + "\"advice\":null,\"warnings\":[]}"));
    try (HubClient client = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      ChatApi chat = ChatApi.of(client);
      ChatRequest request = ChatRequest.builder().model("gpt-5")
          .addMessage(ChatMessage.user("Weather in Paris?")).build();

      Weather weather = chat.create(request, Weather.class);  // sends the strict schema, returns an instance

      ChatCompletion reply = chat.create(ChatRequest.builder().from(request)
          .responseFormat(ResponseFormat.jsonSchema(Weather.class))   // or in two steps
          .build());
      Weather same = reply.parsed(Weather.class);               // also after a stream's accumulate()

      fake.enqueueReply(ChatReply.toolCall("get_weather", "{\"city\":\"Oslo\"}"));
      Tool getWeather = Tool.function("get_weather", "Current weather in a city", WeatherQuery.class);
      ToolCall toolCall = chat.create(ChatRequest.builder().from(request).addTool(getWeather).build())
          .choices().get(0).message().toolCalls().get(0);
      WeatherQuery query = toolCall.function().arguments(WeatherQuery.class);

      assertEquals("Paris", weather.city);
      assertEquals(Sky.CLOUDY, weather.sky);
      assertEquals(Optional.empty(), weather.advice);
      assertEquals("Echo: Weather in Paris?", same.city);       // FakeHub's answer following the schema
      assertEquals(Sky.CLEAR, same.sky);
      assertEquals("Oslo", query.city);
    }
    JsonNode sent = fake.takeRequest().json();
    assertEquals(StrictSchema.of(Weather.class).schema(), sent.get("response_format").get("json_schema").get("schema"));
    assertEquals("Weather", sent.get("response_format").get("json_schema").get("name").asText());
  }

  @Test
  void theReadmeShowsTheseLinesAsTheyAreHere() throws IOException {
    List<String> readme = codeBlockAfter(Files.readAllLines(Paths.get("../README.md"), StandardCharsets.UTF_8),
        "### Structured outputs and tools from Java types");
    List<String> source = new ArrayList<>();
    for (String line : Files.readAllLines(
        Paths.get("src/test/java/dev/hubkit/examples/ReadmeStructuredOutputTest.java"), StandardCharsets.UTF_8)) {
      source.add(line.trim());
    }
    assertTrue(readme.size() > 10, "README block: " + readme);
    int at = 0;
    for (String line : readme) {
      while (at < source.size() && !source.get(at).equals(line)) {
        at++;
      }
      assertTrue(at < source.size(), "README line not in this test, in this order: " + line);
    }
  }

  private static List<String> codeBlockAfter(List<String> lines, String heading) {
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
