package dev.hubkit.examples;

import dev.hubkit.chat.ResponseStream;
import dev.hubkit.chat.ResponsesApi;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseInput;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseTool;
import dev.hubkit.testing.ChatReply;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OpenAI's Responses API through the hub: a tool turn (the model calls a Java function, its output goes back with
 * the reply's own items), then a reply streamed token by token.
 */
public final class Responses {
  private Responses() {}

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("type", "object");
    parameters.put("properties", Collections.singletonMap("city", Collections.singletonMap("type", "string")));
    parameters.put("required", Arrays.asList("city"));
    ResponseTool weather = ResponseTool.function("get_weather", "Current weather in a city", parameters);

    try (ExampleHub hub = ExampleHub.connect("Responses")) {
      // A real model decides to call the tool by itself; the embedded FakeHub is told to.
      hub.fake().ifPresent(fake -> fake.enqueueResponse(ChatReply.toolCall("get_weather", "{\"city\":\"Paris\"}")));
      ResponsesApi responses = ResponsesApi.of(hub.client());
      String model = ExampleHub.model("HUBKIT_CHAT_MODEL", "gpt-5");

      // 1. A tool turn: the reply's items (the function call, any reasoning) go back with the function's output.
      ResponseInput input = ResponseInput.text("What is the weather in Paris right now?");
      Response first = responses.create(ResponseRequest.builder().model(model).input(input).addTool(weather).build());
      input = input.plus(first.output());
      for (ResponseItem call : first.functionCalls()) {
        System.out.println("Model asks: " + call.name().get() + call.arguments().get());
        input = input.plus(ResponseItem.functionCallOutput(call.callId().get(),
            "{\"city\":\"Paris\",\"temperature_c\":18,\"sky\":\"clear\"}"));
      }
      Response answer = responses.create(ResponseRequest.builder().model(model).input(input).addTool(weather).build());
      System.out.println("Final answer: " + answer.outputText());

      // 2. A streamed reply, continuing the stored conversation by its id.
      ResponseRequest next = ResponseRequest.builder().model(model).previousResponseId(answer.id())
          .input("Say it as a haiku.").build();
      System.out.print("Streamed reply: ");
      try (ResponseStream stream = responses.stream(next)) {
        for (String delta : stream.textDeltas()) {
          System.out.print(delta);
        }
        Response whole = stream.accumulate();
        System.out.println();
        whole.usage().ifPresent(usage -> System.out.println(
            "Tokens: " + usage.inputTokens() + " in, " + usage.outputTokens() + " out"));
      }
    }
  }
}
