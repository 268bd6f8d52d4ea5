package dev.hubkit.consumer.readme;

import dev.hubkit.anthropic.MessageParam;
import dev.hubkit.anthropic.MessageRequest;
import dev.hubkit.anthropic.MessagesApi;
import dev.hubkit.core.HubClient;

/** What the README's Claude snippets take as given: the Messages API on the hub's Claude root, and a request. */
abstract class ClaudeSnippetContext extends SnippetContext {
  MessagesApi messages;
  /** Hides the chat's request: these snippets send a Messages request. */
  MessageRequest request;

  @Override
  void prepare() {
    HubClient claudeHub = hub.newBuilder().baseUrl(System.getenv("HUBKIT_CLAUDE_BASE_URL")).build();
    messages = MessagesApi.of(claudeHub);
    request = MessageRequest.builder().model("claude-sonnet-4.5").maxTokens(1024)
        .addMessage(MessageParam.user("Weather in Paris?")).build();
  }
}
