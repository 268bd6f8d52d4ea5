package dev.hubkit.core.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubException;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Feeds arbitrary bytes to the SSE decoder and the reply decoders: whatever arrives, only {@link HubException}s
 * escape, and decoding ends. Runs its stored inputs in every build; {@code JAZZER_FUZZ=1 mvn -pl sdk-core test
 * -Dtest=DecoderFuzzTest} fuzzes for as long as each test's {@code maxDuration}.
 */
class DecoderFuzzTest {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final Request REQUEST = new Request.Builder().url("http://127.0.0.1:9/v1/chat/completions").build();
  private static final ErrorParser ERRORS = new ErrorParser("sk-fuzz-key");
  private static final EventDecoder<JsonNode> TREE = EventDecoder.json(JsonNode.class);

  @FuzzTest(maxDuration = "60s")
  void eventStreamLetsOnlyHubExceptionsEscape(byte[] input) {
    Call call = HTTP.newCall(REQUEST);
    Response response = response(200, input, "text/event-stream");
    try (SseEventStream<JsonNode> events = new SseEventStream<>(call, response, TREE, ERRORS, "POST", "/v1/x", null)) {
      int count = 0;
      for (JsonNode ignored : events) {
        if (++count > input.length + 1) {
          throw new AssertionError("more events than input bytes: the decoder loops");
        }
      }
    } catch (HubException expected) {
      // typed failures are the contract
    }
  }

  @FuzzTest(maxDuration = "60s")
  void errorRepliesAlwaysDescribeThemselves(byte[] input) {
    int status = 400 + (input.length == 0 ? 0 : (input[0] & 0xff) % 200);
    try (Response response = response(status, input, "application/json")) {
      String message = dev.hubkit.core.ApiException.of(ERRORS.fromResponse(response, "POST", "/v1/x")).getMessage();
      if (message.isEmpty() || message.contains("sk-fuzz-key")) {
        throw new AssertionError("bad message: " + message);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void replyDecoderLetsOnlyDecodingErrorsEscape(byte[] input) throws Exception {
    try {
      ResponseReader.json(JsonNode.class).read(input);
    } catch (com.fasterxml.jackson.core.JsonProcessingException expected) {
      // HubTransport turns these into MalformedResponseException
    }
  }

  private static Response response(int code, byte[] body, String type) {
    return new Response.Builder()
        .request(REQUEST)
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message("status")
        .body(ResponseBody.create(body, MediaType.get(type)))
        .build();
  }
}
