package dev.hubkit.consumer.jpms;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.EmbeddingRequest;
import dev.hubkit.chat.EmbeddingsApi;
import dev.hubkit.core.HubClient;
import dev.hubkit.testing.FakeHub;

/** Runs on the module path: a chat call and an embedding, decoded by Jackson into HubKit's values. */
public final class ModularApp {
  private ModularApp() {}

  public static void main(String[] args) {
    if (ModularApp.class.getModule().getName() == null || HubClient.class.getModule().getName() == null
        || !HubClient.class.getModule().getName().equals("dev.hubkit.core")) {
      throw new AssertionError("not on the module path: " + HubClient.class.getModule());
    }
    try (FakeHub fake = FakeHub.start();
        HubClient hub = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      String reply = ChatApi.of(hub).create(ChatRequest.builder().model("gpt-5")
          .addMessage(ChatMessage.user("Hello")).build()).text();
      float[] vector = EmbeddingsApi.of(hub).create(EmbeddingRequest.builder()
          .model("text-embedding-3-small").input("Hello").build()).data().get(0).embedding();
      if (reply.isEmpty() || vector.length == 0) {
        throw new AssertionError("empty reply or vector");
      }
      System.out.println("Modular app: module " + ChatApi.class.getModule().getName() + " answered \"" + reply
          + "\" and a " + vector.length + "-dimension embedding");
    }
    System.exit(0);
  }
}
