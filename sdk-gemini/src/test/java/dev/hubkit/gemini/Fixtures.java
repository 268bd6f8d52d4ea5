package dev.hubkit.gemini;

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

/** Shared set-up: a client on a MockWebServer hub below {@code /hub}, and the fixtures under {@code gemini/}. */
final class Fixtures {
  static final String API_KEY = "sk-gemini-test-7f3a9c";

  private Fixtures() {}

  static HubClient client(MockWebServer server) {
    return HubClient.builder().baseUrl(server.url("/hub").toString()).apiKey(API_KEY)
        .retryPolicy(RetryPolicy.builder().maxRetries(1).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(2)).build())
        .build();
  }

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/gemini/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(String fixture) {
    return json(200, text(fixture));
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse sse(String body) {
    return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body(body).build();
  }

  static JsonNode body(RecordedRequest request) {
    try {
      return Json.mapper().readTree(request.getBody().utf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
