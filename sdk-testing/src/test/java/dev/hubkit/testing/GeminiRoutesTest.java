package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiRoutesTest {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final String GENERATE = "/v1beta/models/gemini-2.5-flash:generateContent";
  private static final String STREAM = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse";
  private static final String HELLO = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello there\"}]}]}";

  private final FakeHub hub = FakeHub.start();

  @AfterEach
  void tearDown() {
    hub.close();
  }

  private HubCalls.Reply post(String path, String json, String header, String value) {
    Request request = new Request.Builder().url(hub.baseUrl() + path).header(header, value)
        .post(RequestBody.create(json, MediaType.get("application/json"))).build();
    try (Response response = HTTP.newCall(request).execute()) {
      return new HubCalls.Reply(response.code(), response.headers(), response.body().bytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private HubCalls.Reply post(String path, String json) {
    return post(path, json, "Authorization", "Bearer " + hub.apiKey());
  }

  private static List<JsonNode> sseChunks(HubCalls.Reply reply) throws IOException {
    List<JsonNode> chunks = new ArrayList<>();
    for (String block : reply.text().split("\r\n\r\n")) {
      if (block.startsWith("data: ")) {
        chunks.add(HubCalls.JSON.readTree(block.substring(6)));
      }
    }
    return chunks;
  }

  @Test
  void generateContentEchoesTheLastUserTextAndAcceptsEitherKeyHeader() {
    JsonNode reply = post(GENERATE, HELLO).json();
    assertEquals("Echo: Hello there", reply.at("/candidates/0/content/parts/0/text").asText());
    assertEquals("model", reply.at("/candidates/0/content/role").asText());
    assertEquals("STOP", reply.at("/candidates/0/finishReason").asText());
    assertEquals(2, reply.at("/usageMetadata/promptTokenCount").asInt());
    assertEquals(200, post(GENERATE, HELLO, "x-goog-api-key", hub.apiKey()).code());
    HubCalls.Reply wrong = post(GENERATE, HELLO, "x-goog-api-key", "wrong");
    assertEquals(401, wrong.code());
    assertEquals("UNAUTHENTICATED", wrong.json().at("/error/status").asText());
    assertEquals("/v1beta/models/gemini-2.5-flash:generateContent", hub.takeRequest().path());
  }

  @Test
  void modeAnyCallsTheFirstAllowedFunctionWithArgsFollowingItsSchema() {
    String tools = "\"tools\":[{\"functionDeclarations\":[{\"name\":\"get_time\"},"
        + "{\"name\":\"get_weather\",\"parametersJsonSchema\":{\"type\":\"object\",\"properties\":"
        + "{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}},"
        + "{\"name\":\"get_tide\",\"parameters\":{\"type\":\"OBJECT\",\"properties\":"
        + "{\"port\":{\"type\":\"STRING\"}}}}]}]";
    String hello = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello there\"}]}],";
    JsonNode allowed = post(GENERATE, hello + tools + ",\"toolConfig\":{\"functionCallingConfig\":{\"mode\":\"ANY\","
        + "\"allowedFunctionNames\":[\"get_weather\"]}}}").json();
    assertEquals("get_weather", allowed.at("/candidates/0/content/parts/0/functionCall/name").asText());
    assertEquals("{\"city\":\"Echo: Hello there\"}",
        allowed.at("/candidates/0/content/parts/0/functionCall/args").toString());

    JsonNode openApi = post(GENERATE, hello + tools + ",\"toolConfig\":{\"functionCallingConfig\":{\"mode\":\"ANY\","
        + "\"allowedFunctionNames\":[\"get_tide\"]}}}").json();
    assertEquals("{\"port\":\"Echo: Hello there\"}",
        openApi.at("/candidates/0/content/parts/0/functionCall/args").toString());

    JsonNode auto = post(GENERATE, hello + tools + "}").json();
    assertEquals("Echo: Hello there", auto.at("/candidates/0/content/parts/0/text").asText());
  }

  @Test
  void thinkingImagesAndAudioFollowTheGenerationConfig() {
    JsonNode reply = post(GENERATE, "{\"contents\":[{\"parts\":[{\"text\":\"Draw a cat\"}]}],\"generationConfig\":"
        + "{\"thinkingConfig\":{\"includeThoughts\":true},\"responseModalities\":[\"TEXT\",\"IMAGE\",\"AUDIO\"]}}")
        .json();
    JsonNode parts = reply.at("/candidates/0/content/parts");
    assertTrue(parts.get(0).path("thought").asBoolean());
    assertEquals("Thinking about: Draw a cat", parts.get(0).path("text").asText());
    assertTrue(parts.get(1).has("thoughtSignature"));
    assertEquals("image/png", parts.get(2).at("/inlineData/mimeType").asText());
    byte[] png = Base64.getDecoder().decode(parts.get(2).at("/inlineData/data").asText());
    assertEquals((byte) 0x89, png[0]);
    assertEquals("audio/L16;codec=pcm;rate=24000", parts.get(3).at("/inlineData/mimeType").asText());
    assertEquals(5, reply.at("/usageMetadata/thoughtsTokenCount").asInt());
  }

  @Test
  void aStreamSendsWordsThenFunctionCallsWithSignaturesAndFinishesInItsLastChunkWithoutDone() throws Exception {
    hub.enqueueGeminiReply(GeminiReply.functionCalls(GeminiReply.FunctionCall.of("get_weather", "{\"city\":\"Paris\"}"))
        .withThought("Need the weather"));
    HubCalls.Reply reply = post(STREAM, HELLO);
    assertFalse(reply.text().contains("[DONE]"));
    List<JsonNode> chunks = sseChunks(reply);
    assertEquals(4, chunks.size());
    assertEquals("Need", chunks.get(0).at("/candidates/0/content/parts/0/text").asText());
    assertEquals(" the", chunks.get(1).at("/candidates/0/content/parts/0/text").asText());
    JsonNode call = chunks.get(3).at("/candidates/0/content/parts/0");
    assertEquals("Paris", call.at("/functionCall/args/city").asText());
    assertTrue(new String(Base64.getDecoder().decode(call.path("thoughtSignature").asText()),
        StandardCharsets.UTF_8).startsWith("fakehub-signature:"));
    assertTrue(chunks.get(2).at("/candidates/0/finishReason").isMissingNode());
    assertEquals("STOP", chunks.get(3).at("/candidates/0/finishReason").asText());
  }

  @Test
  void streamFaultsCutTheStreamOrSendGooglesErrorChunk() throws Exception {
    hub.enqueueGeminiReply(GeminiReply.text("one two three four"));
    hub.enqueueFault(Fault.streamCut(2));
    List<JsonNode> cut = sseChunks(post(STREAM, HELLO));
    assertEquals(2, cut.size());
    assertTrue(cut.get(1).at("/candidates/0/finishReason").isMissingNode());
    hub.enqueueFault(Fault.streamError("overloaded", "The model is overloaded."));
    List<JsonNode> failed = sseChunks(post(STREAM, HELLO));
    assertEquals(500, failed.get(1).at("/error/code").asInt());
    assertEquals("INTERNAL", failed.get(1).at("/error/status").asText());
    assertEquals("The model is overloaded.", failed.get(1).at("/error/message").asText());
    hub.enqueueFault(Fault.rateLimited(Duration.ofSeconds(2)));
    HubCalls.Reply limited = post(GENERATE, HELLO);
    assertEquals(429, limited.code());
    assertEquals("RESOURCE_EXHAUSTED", limited.json().at("/error/status").asText());
    assertEquals("2", limited.headers().get("Retry-After"));
  }

  @Test
  void unknownModelsAndEmptyContentsGetGooglesErrors() {
    HubCalls.Reply unknown = post("/v1beta/models/gpt-9:generateContent", HELLO);
    assertEquals(404, unknown.code());
    assertEquals("NOT_FOUND", unknown.json().at("/error/status").asText());
    HubCalls.Reply empty = post(GENERATE, "{\"contents\":[]}");
    assertEquals(400, empty.code());
    assertEquals("INVALID_ARGUMENT", empty.json().at("/error/status").asText());
  }

  @Test
  void embeddingsAndTokenCountsAreAnswered() {
    JsonNode one = post("/v1beta/models/gemini-embedding-001:embedContent",
        "{\"content\":{\"parts\":[{\"text\":\"hello\"}]},\"outputDimensionality\":4}").json();
    assertEquals(4, one.at("/embedding/values").size());
    assertEquals(FakeHub.expectedEmbedding("hello", 4)[0], one.at("/embedding/values/0").floatValue());
    JsonNode batch = post("/v1beta/models/gemini-embedding-001:batchEmbedContents",
        "{\"requests\":[{\"model\":\"models/gemini-embedding-001\",\"content\":{\"parts\":[{\"text\":\"a\"}]}},"
            + "{\"model\":\"models/gemini-embedding-001\",\"content\":{\"parts\":[{\"text\":\"b\"}]}}]}").json();
    assertEquals(2, batch.path("embeddings").size());
    assertEquals(8, batch.at("/embeddings/1/values").size());
    assertEquals(2, post("/v1beta/models/gemini-2.5-flash:countTokens", HELLO).json().path("totalTokens").asInt());
  }
}
