package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.examples.ReadmeStructuredOutputTest.Weather;
import dev.hubkit.examples.ReadmeStructuredOutputTest.WeatherQuery;
import dev.hubkit.gemini.Content;
import dev.hubkit.gemini.FunctionCall;
import dev.hubkit.gemini.FunctionDeclaration;
import dev.hubkit.gemini.GeminiApi;
import dev.hubkit.gemini.GenerateContentRequest;
import dev.hubkit.gemini.GenerationConfig;
import dev.hubkit.gemini.Tool;
import dev.hubkit.gemini.ToolConfig;
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

/** The README's snippet of Gemini's structured output from Java types, kept compiling and passing on FakeHub. */
class ReadmeGeminiStructuredOutputTest {
  @RegisterExtension
  static FakeHubExtension hub = new FakeHubExtension();

  @Test
  void theGeminiSnippetSendsResponseJsonSchemaAndReadsTheAnswerAndTheCall(FakeHub fake) {
    try (HubClient client = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      GeminiApi gemini = GeminiApi.of(client);

      GenerateContentRequest ask = GenerateContentRequest.builder().addContent(Content.user("Weather in Paris?"))
          .generationConfig(GenerationConfig.builder().responseJsonSchema(Weather.class).build()).build();
      Weather weather = gemini.generate("gemini-2.5-flash", ask).parsed(Weather.class);

      FunctionDeclaration getWeather =
          FunctionDeclaration.of("get_weather", "Current weather in a city", WeatherQuery.class);
      FunctionCall call = gemini.generate("gemini-2.5-flash", GenerateContentRequest.builder()
          .addContent(Content.user("Weather in Oslo?")).addTool(Tool.functions(getWeather))
          .toolConfig(ToolConfig.functionCalling("ANY")).build())      // a call is required, not left to the model
          .candidates().get(0).functionCalls().get(0);
      WeatherQuery query = call.args(WeatherQuery.class);

      assertEquals("Echo: Weather in Paris?", weather.city);   // FakeHub's answers follow the schemas
      assertEquals("Echo: Weather in Oslo?", query.city);
    }
    JsonNode config = fake.takeRequest().json().get("generationConfig");
    assertEquals("application/json", config.get("responseMimeType").asText());
    assertEquals("object", config.get("responseJsonSchema").get("type").asText());
    JsonNode forced = fake.takeRequest().json();
    assertEquals("ANY", forced.at("/toolConfig/functionCallingConfig/mode").asText());
    assertEquals("object", forced.at("/tools/0/functionDeclarations/0/parametersJsonSchema/type").asText());
  }

  @Test
  void theReadmeShowsTheseLinesAsTheyAreHere() throws IOException {
    List<String> block = ReadmeNativeStructuredOutputTest.codeBlockAfter(
        Files.readAllLines(Paths.get("../README.md"), StandardCharsets.UTF_8),
        "### Gemini's structured output from Java types");
    List<String> source = new ArrayList<>();
    for (String line : Files.readAllLines(
        Paths.get("src/test/java/dev/hubkit/examples/ReadmeGeminiStructuredOutputTest.java"), StandardCharsets.UTF_8)) {
      source.add(line.trim());
    }
    assertTrue(block.size() >= 5, "README block: " + block);
    int at = 0;
    for (String line : block) {
      while (at < source.size() && !source.get(at).equals(line)) {
        at++;
      }
      assertTrue(at < source.size(), "README line not in this test, in this order: " + line);
    }
  }
}
