package dev.hubkit.examples;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatCompletionMessage;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.Tool;
import dev.hubkit.chat.ToolCall;
import dev.hubkit.chat.ToolChoice;
import dev.hubkit.testing.ChatReply;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Let the model call a Java function: declare a tool, run the call it asks for, send the result back. */
public final class ToolCalling {
  private ToolCalling() {}

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) {
    Map<String, Object> city = new LinkedHashMap<>();
    city.put("type", "string");
    city.put("description", "City name, e.g. Paris");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("type", "object");
    parameters.put("properties", Collections.singletonMap("city", city));
    parameters.put("required", Arrays.asList("city"));
    Tool weather = Tool.function("get_weather", "Current weather in a city", parameters);

    try (ExampleHub hub = ExampleHub.connect("ToolCalling")) {
      // A real model decides to call the tool by itself; the embedded FakeHub is told to.
      hub.fake().ifPresent(fake -> fake.enqueueReply(ChatReply.toolCall("get_weather", "{\"city\":\"Paris\"}")));
      ChatApi chat = ChatApi.of(hub.client());
      ChatRequest.Builder conversation = ChatRequest.builder()
          .model(ExampleHub.model("HUBKIT_CHAT_MODEL", "gpt-5"))
          .addTool(weather)
          .toolChoice(ToolChoice.AUTO)
          .addMessage(ChatMessage.user("What is the weather in Paris right now?"));

      ChatCompletion first = chat.create(conversation.build());
      ChatCompletionMessage answer = first.choices().get(0).message();
      conversation.addMessage(answer.toMessage());
      for (ToolCall call : answer.toolCalls()) {
        System.out.println("Model asks: " + call.function().name() + call.function().arguments());
        String result = "{\"city\":\"Paris\",\"temperature_c\":18,\"sky\":\"clear\"}";
        conversation.addMessage(ChatMessage.tool(call.id(), result));
      }
      System.out.println("Final answer: " + chat.create(conversation.build()).text());
    }
  }
}
