package dev.hubkit.examples;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatStream;

/** Chat with a model: one whole reply, then the same question streamed token by token. */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) {
    try (ExampleHub hub = ExampleHub.connect("QuickStart")) {
      ChatApi chat = ChatApi.of(hub.client());
      ChatRequest request = ChatRequest.builder()
          .model(ExampleHub.model("HUBKIT_CHAT_MODEL", "gpt-5"))
          .addMessage(ChatMessage.system("You are a concise assistant."))
          .addMessage(ChatMessage.user("Name three moons of Jupiter."))
          .build();

      ChatCompletion reply = chat.create(request);
      System.out.println("Whole reply: " + reply.text());

      System.out.print("Streamed reply: ");
      try (ChatStream stream = chat.stream(request)) {
        for (String delta : stream.textDeltas()) {
          System.out.print(delta);
          System.out.flush();
        }
      }
      System.out.println();
    }
  }
}
