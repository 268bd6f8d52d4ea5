package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.core.HubClient;
import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.FakeHubExtension;
import dev.hubkit.testing.RecordedHubRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's FakeHub snippet, kept compiling and passing. */
class ReadmeSnippetTest {
  @RegisterExtension
  static FakeHubExtension hub = new FakeHubExtension();

  /** Stands for the user's own code under test. */
  static final class WeatherBot {
    private final ChatApi chat;

    WeatherBot(HubClient client) {
      this.chat = ChatApi.of(client);
    }

    String forecast(String city) {
      return chat.create(ChatRequest.builder().model("gpt-5")
          .addMessage(ChatMessage.user("Weather in " + city + "?")).build()).text();
    }
  }

  @Test
  void asksTheModelAndShowsItsAnswer(FakeHub fake) {
    fake.enqueueReply(ChatReply.text("Sunny, 24 degrees."));
    try (HubClient client = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      assertEquals("Sunny, 24 degrees.", new WeatherBot(client).forecast("Paris"));
    }
    RecordedHubRequest sent = fake.takeRequest();
    assertEquals("/chat/completions", sent.path());
    assertEquals("gpt-5", sent.json().get("model").asText());
  }
}
