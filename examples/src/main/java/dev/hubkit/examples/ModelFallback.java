package dev.hubkit.examples;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.ModelAttempt;
import dev.hubkit.testing.Fault;

/**
 * Keep answering when a provider is down: ask one model, and fall back to another when the first fails with a
 * provider-side error (5xx, 429 after retries, unknown model, timeout). Errors of the request or the account
 * (401, 402, 400) stop at once.
 */
public final class ModelFallback {
  private ModelFallback() {}

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) {
    try (ExampleHub hub = ExampleHub.connect("ModelFallback")) {
      // The embedded FakeHub plays a provider outage: the first call and the client's two retries all get a 503.
      hub.fake().ifPresent(fake -> {
        for (int i = 0; i < 3; i++) {
          fake.enqueueFault(Fault.httpError(503, "server_error", "The provider is down").onPath("/chat/completions"));
        }
      });

      FallbackPolicy policy = FallbackPolicy.fallbackModels(ExampleHub.model("HUBKIT_FALLBACK_MODEL", "gemini-2.5-pro"))
          .withListener((failed, next) -> System.out.println("  " + failed.model() + " failed ("
              + failed.error().map(e -> e.getClass().getSimpleName()).orElse("?") + "), trying " + next));
      ChatRequest request = ChatRequest.builder()
          .model(ExampleHub.model("HUBKIT_CHAT_MODEL", "claude-sonnet-4.5"))
          .addMessage(ChatMessage.user("In one sentence: why do hubs offer many models?"))
          .build();

      FallbackResult<ChatCompletion> result = ChatApi.of(hub.client()).createWithFallback(request, policy);
      for (ModelAttempt attempt : result.attempts()) {
        System.out.println("  tried " + attempt.model() + " in " + attempt.duration().toMillis() + " ms: "
            + (attempt.succeeded() ? "answered" : attempt.error().get().getMessage()));
      }
      System.out.println("Answered by " + result.model() + ": " + result.value().text());
    }
  }
}
