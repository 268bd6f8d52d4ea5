package dev.hubkit.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shared set-up of the wire tests: a client for the mock hub, fixtures, and readers of what was sent. */
final class HubFixtures {
  static final String API_KEY = "sk-test-secret";
  static final ObjectMapper JSON = new ObjectMapper();

  private HubFixtures() {}

  static HubClient client(MockWebServer server) {
    return HubClient.builder()
        .baseUrl(server.url("/v1/public").toString())
        .apiKey(API_KEY)
        .retryPolicy(RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5))
            .build())
        .build();
  }

  static String fixture(String name) {
    try (InputStream in = HubFixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse sse(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(body).build();
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the hub received no request");
    }
    return request;
  }

  /** Asserts a POST with the key to {@code path} and returns its JSON body. */
  static JsonNode sentJson(RecordedRequest request, String path) throws IOException {
    assertEquals("POST", request.getMethod());
    assertEquals(path, request.getUrl().encodedPath());
    assertEquals("Bearer " + API_KEY, request.getHeaders().get("Authorization"));
    return JSON.readTree(request.getBody().utf8());
  }
}
