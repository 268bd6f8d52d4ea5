package dev.hubkit.consumer.readme;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.core.HubClient;

/** The app class the README's FakeHub test tests. */
final class WeatherBot {
  private final ChatApi chat;

  WeatherBot(HubClient client) {
    this.chat = ChatApi.of(client);
  }

  String forecast(String city) {
    return chat.create(ChatRequest.builder().model("gpt-5")
        .addMessage(ChatMessage.user("The weather in " + city + "?")).build()).text();
  }
}
