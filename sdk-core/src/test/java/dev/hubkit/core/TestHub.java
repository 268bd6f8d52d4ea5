package dev.hubkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shared set-up for tests against a MockWebServer hub with a path prefix. */
final class TestHub {
  static final String API_KEY = "sk-test-secret-123456";

  private TestHub() {}

  static HubClient.Builder clientFor(MockWebServer server) {
    return HubClient.builder()
        .baseUrl(server.url("/v1/public").toString())
        .apiKey(API_KEY)
        .retryPolicy(RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5))
            .build());
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse sse(String body) {
    return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body(body).build();
  }

  static JsonNode bodyJson(RecordedRequest request) {
    try {
      return Json.mapper().readTree(request.getBody().utf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
