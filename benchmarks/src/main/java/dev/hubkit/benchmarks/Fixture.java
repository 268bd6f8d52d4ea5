package dev.hubkit.benchmarks;

import java.util.function.Supplier;

/**
 * The fixture replies and where both servers serve them: each has its own base URL ({@code /chat/v1}, ...,
 * {@code /claude} for Claude's format, whose {@code /v1/messages} MessagesApi appends), so routing is by path alone
 * and neither server looks at the request body.
 */
enum Fixture {
  CHAT("chat", "/chat/completions", "application/json", Fixtures::chatCompletion),
  STREAM("stream", "/chat/completions", "text/event-stream", Fixtures::chatStream),
  FLOAT("float", "/embeddings", "application/json", Fixtures::embeddingsFloat),
  BASE64("base64", "/embeddings", "application/json", Fixtures::embeddingsBase64),
  CLAUDE_STREAM("claude", "", "/v1/messages", "text/event-stream", Fixtures::claudeStream),
  GEMINI_STREAM("gemini", "/v1beta/models/gemini-2.5-flash:streamGenerateContent", "text/event-stream",
      Fixtures::geminiStream),
  RESPONSES_STREAM("responses", "/responses", "text/event-stream", Fixtures::responsesStream);

  private final String key;
  private final String version;
  private final String endpoint;
  private final String contentType;
  private final Supplier<byte[]> body;

  Fixture(String key, String endpoint, String contentType, Supplier<byte[]> body) {
    this(key, "/v1", endpoint, contentType, body);
  }

  Fixture(String key, String version, String endpoint, String contentType, Supplier<byte[]> body) {
    this.key = key;
    this.version = version;
    this.endpoint = endpoint;
    this.contentType = contentType;
    this.body = body;
  }

  /** The base URL's path, e.g. {@code /chat/v1}: what HubKit is configured with. */
  String basePath() {
    return "/" + key + version;
  }

  /** The full request path, e.g. {@code /chat/v1/chat/completions}: what the baseline posts to. */
  String path() {
    return basePath() + endpoint;
  }

  /** The name of the file nginx serves it from. */
  String fileName() {
    return key + ".body";
  }

  String contentType() {
    return contentType;
  }

  /** A fresh copy of the reply body. */
  byte[] body() {
    return body.get();
  }
}
