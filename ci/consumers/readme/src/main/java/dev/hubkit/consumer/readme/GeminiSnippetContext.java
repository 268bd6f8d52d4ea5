package dev.hubkit.consumer.readme;

import dev.hubkit.core.HubClient;
import dev.hubkit.gemini.GeminiApi;

/** What the README's Gemini snippets take as given: the generateContent API on the hub's root. */
abstract class GeminiSnippetContext extends SnippetContext {
  GeminiApi gemini;

  @Override
  void prepare() {
    HubClient root = hub.newBuilder().baseUrl(System.getenv("HUBKIT_GEMINI_BASE_URL")).build();
    gemini = GeminiApi.of(root);
  }
}
