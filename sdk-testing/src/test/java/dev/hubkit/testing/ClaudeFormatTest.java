package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FakeHub's Claude Messages format, called with plain OkHttp as any client would. */
class ClaudeFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final String HELLO = "{\"model\":\"claude-sonnet-4.5\",\"max_tokens\":100,"
      + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello there\"}]}";
  private final FakeHub hub = FakeHub.start();

  @AfterEach
  void stop() {
    hub.close();
  }

  private record Reply(int code, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    List<String> eventNames() {
      List<String> names = new ArrayList<>();
      for (String block : body.split("\n\n")) {
        if (block.startsWith("event: ")) {
          names.add(block.substring(7, block.indexOf('\n')));
        }
      }
      return names;
    }
  }

  private Reply post(String path, String body, String keyHeader, String key) throws IOException {
    Request.Builder request = new Request.Builder().url(hub.rootUrl() + path)
        .post(RequestBody.create(body, MediaType.get("application/json")))
        .header("anthropic-version", "2023-06-01");
    if (keyHeader != null) {
      request.header(keyHeader, key);
    }
    try (Response response = HTTP.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.body().string());
    }
  }

  private Reply post(String body) throws IOException {
    return post("/v1/messages", body, "x-api-key", hub.apiKey());
  }

  @Test
  void aMessageIsEchoedWithBearerOrXApiKeyAndRefusedWithoutAKey() throws IOException {
    Reply reply = post(HELLO);
    assertEquals(200, reply.code());
    assertEquals("Echo: Hello there", reply.json().at("/content/0/text").asText());
    assertEquals("end_turn", reply.json().get("stop_reason").asText());
    assertEquals(200, post("/v1/messages", HELLO, "Authorization", "Bearer " + hub.apiKey()).code());
    Reply refused = post("/v1/messages", HELLO, null, null);
    assertEquals(401, refused.code());
    assertEquals("authentication_error", refused.json().at("/error/type").asText());
    assertEquals("error", refused.json().get("type").asText());
  }

  @Test
  void aForcedToolIsCalledWithAnInputFollowingItsSchemaWithoutAScriptedReply() throws IOException {
    String tools = "\"tools\":[{\"type\":\"web_search_20250305\",\"name\":\"web_search\"},"
        + "{\"name\":\"get_time\",\"input_schema\":{\"type\":\"object\"}},"
        + "{\"name\":\"get_weather\",\"input_schema\":{\"type\":\"object\",\"properties\":{\"city\":"
        + "{\"type\":\"string\"},\"days\":{\"type\":\"integer\"}},\"required\":[\"city\",\"days\"]}}],";
    Reply named = post(HELLO.replace("{\"model\"", "{" + tools
        + "\"tool_choice\":{\"type\":\"tool\",\"name\":\"get_weather\"},\"model\""));
    assertEquals("tool_use", named.json().get("stop_reason").asText());
    assertEquals("get_weather", named.json().at("/content/0/name").asText());
    assertEquals("{\"city\":\"Echo: Hello there\",\"days\":0}", named.json().at("/content/0/input").toString());

    Reply any = post(HELLO.replace("{\"model\"", "{" + tools + "\"tool_choice\":{\"type\":\"any\"},\"model\""));
    assertEquals("get_time", any.json().at("/content/0/name").asText(), "the first tool with an input schema");

    Reply auto = post(HELLO.replace("{\"model\"", "{" + tools + "\"tool_choice\":{\"type\":\"auto\"},\"model\""));
    assertEquals("Echo: Hello there", auto.json().at("/content/0/text").asText());
  }

  @Test
  void aStreamSendsEveryEventKindAndEndsWithMessageStop() throws IOException {
    hub.enqueueClaudeReply(ClaudeReply.text("Sunny").withThinking("Let me check").withToolUse("get_weather",
        "{\"city\":\"Paris\"}"));
    Reply reply = post(HELLO.replace("{\"model\"", "{\"stream\":true,\"model\""));
    List<String> names = reply.eventNames();
    assertEquals("message_start", names.get(0));
    assertEquals("ping", names.get(1));
    assertEquals("message_stop", names.get(names.size() - 1));
    assertTrue(reply.body().contains("\"signature_delta\""));
    assertTrue(reply.body().contains("\"input_json_delta\""));
    assertTrue(reply.body().contains("\"stop_reason\":\"tool_use\""));
  }

  @Test
  void streamFaultsCutTheStreamOrSendAnErrorEvent() throws IOException {
    String streamed = HELLO.replace("{\"model\"", "{\"stream\":true,\"model\"");
    hub.enqueueFault(Fault.streamCut(3));
    assertEquals(3, post(streamed).eventNames().size());
    hub.enqueueFault(Fault.streamError("overloaded_error", "Overloaded"));
    Reply error = post(streamed);
    assertEquals(List.of("message_start", "error"), error.eventNames());
    assertTrue(error.body().contains("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\""));
  }

  @Test
  void anHttpFaultAnswersInAnthropicsEnvelope() throws IOException {
    hub.enqueueFault(Fault.httpError(529, "overloaded_error", "Overloaded"));
    Reply reply = post(HELLO);
    assertEquals(529, reply.code());
    assertEquals("overloaded_error", reply.json().at("/error/type").asText());
    assertEquals("Overloaded", reply.json().at("/error/message").asText());
  }

  @Test
  void thinkingSentBackMustKeepItsSignatureAndLeadTheToolTurn() throws IOException {
    String turn = "{\"model\":\"claude-sonnet-4.5\",\"max_tokens\":4000,\"thinking\":{\"type\":\"enabled\","
        + "\"budget_tokens\":1024},\"messages\":[{\"role\":\"user\",\"content\":\"Weather?\"},"
        + "{\"role\":\"assistant\",\"content\":[%s{\"type\":\"tool_use\",\"id\":\"t1\",\"name\":\"w\",\"input\":{}}]},"
        + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"t1\",\"content\":\"18 C\"}]}]}";
    Reply missing = post(String.format(turn, ""));
    assertEquals(400, missing.code());
    assertTrue(missing.json().at("/error/message").asText().contains("Expected `thinking`"));
    Reply altered = post(String.format(turn, "{\"type\":\"thinking\",\"thinking\":\"x\",\"signature\":\"forged\"},"));
    assertEquals(400, altered.code());
    String thinking = "{\"type\":\"thinking\",\"thinking\":\"x\",\"signature\":\"" + signatureOf("x") + "\"},";
    Reply good = post(String.format(turn, thinking));
    assertEquals(200, good.code(), good.body());
    assertEquals("Echo: tool result 18 C", good.json().at("/content/1/text").asText());
    assertEquals("thinking", good.json().at("/content/0/type").asText());
  }

  @Test
  void countTokensCountsWordsAndRejectsMaxTokens() throws IOException {
    String count = "{\"model\":\"claude-sonnet-4.5\",\"messages\":[{\"role\":\"user\",\"content\":\"one two three\"}]}";
    Reply reply = post("/v1/messages/count_tokens", count, "x-api-key", hub.apiKey());
    assertEquals(3, reply.json().get("input_tokens").asInt());
    assertEquals(400, post("/v1/messages/count_tokens", HELLO, "x-api-key", hub.apiKey()).code());
  }

  /** The signature FakeHub gives thinking, read from a reply that thinks. */
  private String signatureOf(String thinking) throws IOException {
    hub.enqueueClaudeReply(ClaudeReply.text("-").withThinking(thinking));
    return post(HELLO).json().at("/content/0/signature").asText();
  }
}
