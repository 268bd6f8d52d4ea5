package dev.hubkit.media;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RetryPolicy;
import dev.hubkit.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;

/** Shared set-up for the media tests: a client for a MockWebServer hub, replies, and recorded-body readers. */
final class MediaHub {
  static final String API_KEY = "sk-media-test-key";
  static final PollingPolicy FAST = PollingPolicy.builder()
      .initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20)).build();

  private MediaHub() {}

  static HubClient client(MockWebServer server) {
    return HubClient.builder()
        .baseUrl(server.url("/v1/public").toString())
        .apiKey(API_KEY)
        .retryPolicy(RetryPolicy.builder().maxRetries(0).build())
        .build();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  static JsonNode bodyJson(RecordedRequest request) {
    try {
      return Json.mapper().readTree(request.getBody().utf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A part of a recorded multipart body. */
  static final class Part {
    final String disposition;
    final String contentType;
    final byte[] bytes;

    Part(String disposition, String contentType, byte[] bytes) {
      this.disposition = disposition;
      this.contentType = contentType;
      this.bytes = bytes;
    }

    String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The parts of a recorded multipart/form-data body by their field name, as the hub receives them. */
  static Map<String, Part> parts(RecordedRequest request) throws IOException {
    MediaType type = MediaType.get(request.getHeaders().get("Content-Type"));
    Map<String, Part> parts = new LinkedHashMap<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody()), type.parameter("boundary"))) {
      for (MultipartReader.Part part; (part = reader.nextPart()) != null; ) {
        String disposition = part.headers().get("Content-Disposition");
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("(?:^|;\\s*)name=\"([^\"]*)\"")
            .matcher(disposition);
        String name = field.find() ? field.group(1) : disposition;
        parts.put(name, new Part(disposition, part.headers().get("Content-Type"), part.body().readByteArray()));
      }
    }
    return parts;
  }
}
