package dev.hubkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain OkHttp calls to a FakeHub, the way any client would make them. */
final class HubCalls {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final OkHttpClient HTTP = new OkHttpClient();

  private final FakeHub hub;
  private final String key;

  HubCalls(FakeHub hub) {
    this(hub, hub.apiKey());
  }

  HubCalls(FakeHub hub, String key) {
    this.hub = hub;
    this.key = key;
  }

  /** A reply read fully. */
  record Reply(int code, Headers headers, byte[] bytes) {
    String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text(), e);
      }
    }

    /** The {@code data:} payloads of an SSE body, in order. */
    List<String> events() {
      List<String> events = new ArrayList<>();
      for (String block : text().split("\n\n")) {
        if (block.startsWith("data: ")) {
          events.add(block.substring("data: ".length()));
        }
      }
      return events;
    }

    /** The SSE payloads other than [DONE], parsed. */
    List<JsonNode> chunks() {
      List<JsonNode> chunks = new ArrayList<>();
      for (String event : events()) {
        if (!event.equals("[DONE]")) {
          try {
            chunks.add(JSON.readTree(event));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return chunks;
    }
  }

  Reply get(String path) {
    return call(new Request.Builder().url(hub.baseUrl() + path).get());
  }

  Reply delete(String path) {
    return call(new Request.Builder().url(hub.baseUrl() + path).delete());
  }

  Reply postJson(String path, String json) {
    return call(new Request.Builder().url(hub.baseUrl() + path).post(RequestBody.create(json, JSON_TYPE)));
  }

  Reply post(String path, RequestBody body) {
    return call(new Request.Builder().url(hub.baseUrl() + path).post(body));
  }

  /** GET of an absolute URL without an Authorization header, as a download of a result URL would be. */
  static Reply download(String url) {
    return execute(new Request.Builder().url(url).build());
  }

  private Reply call(Request.Builder request) {
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return execute(request.build());
  }

  private static Reply execute(Request request) {
    try (Response response = HTTP.newCall(request).execute()) {
      return new Reply(response.code(), response.headers(), response.body().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
