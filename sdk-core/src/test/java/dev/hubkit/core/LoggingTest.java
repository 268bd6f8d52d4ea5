package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ResponseReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class LoggingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void bodyLevelLogsTheExchangeWithTheApiKeyMasked() {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(TestHub.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: "
        + TestHub.API_KEY + "\"}}"));
    try (HubClient client = TestHub.clientFor(server).logging(HttpLogger.Level.BODY, lines::add).build()) {
      try {
        client.transport().execute(
            HubRequest.postJson(Collections.singletonMap("note", "key is " + TestHub.API_KEY), "chat", "completions"),
            ResponseReader.json(JsonNode.class));
      } catch (AuthenticationException expected) {
        // the exchange is what this test reads
      }
    }
    String log = String.join("\n", lines);
    assertTrue(log.contains("--> POST " + server.url("/v1/public/chat/completions")), log);
    assertTrue(log.contains("Authorization: ██"), log);
    assertTrue(log.contains("<-- 401 POST"), log);
    assertTrue(log.contains("Incorrect API key provided: ██"), log);
    assertTrue(log.contains("\"note\":\"key is ██\""), log);
    assertFalse(log.contains(TestHub.API_KEY), log);
  }

  @Test
  void basicLevelLogsNoHeadersOrBodies() {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(TestHub.json(200, "{\"secret\":1}"));
    try (HubClient client = TestHub.clientFor(server).logging(HttpLogger.Level.BASIC, lines::add).build()) {
      client.transport().execute(HubRequest.get("models"), ResponseReader.json(JsonNode.class));
    }
    assertTrue(lines.size() == 2, lines.toString());
    assertFalse(String.join("\n", lines).contains("Authorization"));
    assertFalse(String.join("\n", lines).contains("secret"));
  }

  @Test
  void bodyLevelLogsAGzippedReplyAsItsText() throws IOException {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write("{\"data\":[{\"id\":\"gpt-5\"}]}".getBytes(StandardCharsets.UTF_8));
    }
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(gzipped.toByteArray())).build());
    List<String> lines = new CopyOnWriteArrayList<>();
    JsonNode reply;
    try (HubClient client = TestHub.clientFor(server).logging(HttpLogger.Level.BODY, lines::add).build()) {
      reply = client.transport().execute(HubRequest.get("models"), ResponseReader.json(JsonNode.class));
    }
    assertTrue(lines.contains("{\"data\":[{\"id\":\"gpt-5\"}]}"), lines.toString());
    assertEquals("gpt-5", reply.path("data").path(0).path("id").asText()); // the caller still reads it whole
  }
}
