package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.RetryPolicy;
import dev.hubkit.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shared set-up: a MockWebServer hub serving Claude's format under a path prefix, and the fixtures. */
final class ClaudeHub {
  static final String API_KEY = "sk-test-claude-0123456789";

  private ClaudeHub() {}

  static HubClient client(MockWebServer server) {
    return HubClient.builder().baseUrl(server.url("/claude").toString()).apiKey(API_KEY)
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5))
            .build())
        .build();
  }

  static String fixture(String name) {
    try (InputStream in = ClaudeHub.class.getResourceAsStream("/anthropic/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse sse(String body) {
    return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body(body).build();
  }

  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode body(RecordedRequest request) {
    return tree(request.getBody().utf8());
  }

  static MessageRequest weatherRequest() {
    return MessageRequest.builder().model("claude-sonnet-4-5").maxTokens(2048)
        .addMessage(MessageParam.user("What is the weather in Paris?")).build();
  }
}
