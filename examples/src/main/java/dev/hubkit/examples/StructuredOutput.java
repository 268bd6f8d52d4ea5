package dev.hubkit.examples;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletionMessage;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.Tool;
import dev.hubkit.chat.ToolCall;
import dev.hubkit.chat.ToolChoice;
import dev.hubkit.testing.ChatReply;
import java.util.List;
import java.util.Optional;

/**
 * Ask for an answer as a Java object: the class is the JSON schema the model must follow (strict structured
 * outputs), and the reply comes back as an instance. A tool's parameters come from a class the same way, and the
 * model's call is read back into one.
 */
public final class StructuredOutput {
  private StructuredOutput() {}

  /** The answer's shape: a plain Java 8 class with Jackson annotations (a record or an Immutables value works too). */
  @JsonClassDescription("Today's weather in one city")
  public static final class Weather {
    @JsonPropertyDescription("City name, e.g. Paris")
    public String city;
    @JsonProperty("temperature_c")
    public double temperatureC;
    public Sky sky;
    @JsonPropertyDescription("Advice for going out, if there is any")
    public Optional<String> advice = Optional.empty();
    public List<String> warnings;
  }

  /** An enum: the model may only answer one of its JSON names. */
  public enum Sky {
    @JsonProperty("clear") CLEAR,
    @JsonProperty("cloudy") CLOUDY,
    @JsonProperty("rain") RAIN
  }

  /** A tool's arguments. */
  public static final class WeatherQuery {
    @JsonPropertyDescription("City name, e.g. Oslo")
    public String city;
    @JsonPropertyDescription("ISO 3166 country code, if the city's name is ambiguous")
    public Optional<String> country = Optional.empty();
  }

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) {
    try (ExampleHub hub = ExampleHub.connect("StructuredOutput")) {
      ChatApi chat = ChatApi.of(hub.client());
      String model = ExampleHub.model("HUBKIT_CHAT_MODEL", "gpt-5");

      // A real model fills in the schema by itself; the embedded FakeHub is told what to answer.
      hub.fake().ifPresent(fake -> fake.enqueueReply(ChatReply.text("{\"city\":\"Paris\",\"temperature_c\":18.5,"
          + "\"sky\":\"cloudy\",\"advice\":\"Take an umbrella after six.\",\"warnings\":[]}")));
      Weather weather = chat.create(ChatRequest.builder()
          .model(model)
          .addMessage(ChatMessage.user("What is the weather like in Paris today?"))
          .build(), Weather.class);
      System.out.println("Weather: " + weather.city + ", " + weather.temperatureC + " C, " + weather.sky
          + ", advice: " + weather.advice.orElse("none"));

      hub.fake().ifPresent(fake -> fake.enqueueReply(ChatReply.toolCall("get_weather", "{\"city\":\"Oslo\","
          + "\"country\":\"NO\"}")));
      ChatCompletionMessage answer = chat.create(ChatRequest.builder()
          .model(model)
          .addTool(Tool.function("get_weather", "Current weather in a city", WeatherQuery.class))
          .toolChoice(ToolChoice.AUTO)
          .addMessage(ChatMessage.user("Is it snowing in Oslo?"))
          .build()).choices().get(0).message();
      for (ToolCall call : answer.toolCalls()) {
        WeatherQuery query = call.function().arguments(WeatherQuery.class);
        System.out.println("Tool call: " + call.function().name() + " for " + query.city
            + query.country.map(country -> " (" + country + ")").orElse(""));
      }
      if (answer.toolCalls().isEmpty()) {
        System.out.println("The model answered without the tool: " + answer.content().orElse(""));
      }
    }
  }
}
