package dev.hubkit.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.ApiException;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.RetryPolicy;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.StreamInterruptedException;
import dev.hubkit.testing.ClaudeReply;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.RecordedHubRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** MessagesApi against FakeHub's Claude format: the round trips a real application makes. */
class FakeHubClaudeTest {
  private final FakeHub hub = FakeHub.start();
  private final HubClient client = HubClient.builder().baseUrl(hub.rootUrl()).apiKey(hub.apiKey())
      .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build())
      .build();
  private final MessagesApi messages = MessagesApi.of(client);

  @AfterEach
  void stop() {
    client.close();
    hub.close();
  }

  private static MessageRequest.Builder thinkingRequest() {
    return MessageRequest.builder().model("claude-sonnet-4.5").maxTokens(4000)
        .thinking(ThinkingConfig.enabled(2048))
        .addTool(Tool.of("get_weather", "Current weather of a city", Collections.singletonMap("type", "object")))
        .addMessage(MessageParam.user("Weather in Paris?"));
  }

  @Test
  void extendedThinkingWithAToolTurnRoundTripsWithItsSignature() {
    hub.enqueueClaudeReply(ClaudeReply.toolUse("get_weather", "{\"city\":\"Paris\"}")
        .withThinking("I need the live weather."));
    Message first = messages.create(thinkingRequest().build());
    assertEquals(StopReason.TOOL_USE, first.stopReason().get());
    ToolUseBlock call = first.toolUses().get(0);
    assertEquals("Paris", call.input().get("city").asText());
    Message answer = messages.create(thinkingRequest().addMessage(first.toParam())
        .addMessage(MessageParam.user(ToolResultBlock.of(call.id(), "18 C and sunny"))).build());
    assertEquals("Echo: tool result 18 C and sunny", answer.text(),
        "FakeHub accepted the thinking block sent back with its signature");
  }

  @Test
  void aToolTurnWithoutItsThinkingIsRejectedAsClaudeRejectsIt() {
    hub.enqueueClaudeReply(ClaudeReply.toolUse("get_weather", "{\"city\":\"Paris\"}").withThinking("hmm"));
    Message first = messages.create(thinkingRequest().build());
    MessageParam withoutThinking = MessageParam.of(Role.ASSISTANT, first.toolUses());
    ApiException e = assertThrows(ApiException.class, () -> messages.create(thinkingRequest()
        .addMessage(withoutThinking)
        .addMessage(MessageParam.user(ToolResultBlock.of(first.toolUses().get(0).id(), "18 C"))).build()));
    assertEquals(400, e.statusCode());
    assertEquals("invalid_request_error", e.type().get());
  }

  @Test
  void aStreamedReplyAccumulatesToTheWholeReply() {
    ClaudeReply scripted = ClaudeReply.text("Sunny and mild").withThinking("Check the tool first")
        .withToolUse("get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}");
    hub.enqueueClaudeReply(scripted);
    hub.enqueueClaudeReply(scripted);
    Message whole = messages.create(thinkingRequest().build());
    Message streamed;
    try (MessageStream stream = messages.stream(thinkingRequest().build())) {
      streamed = stream.accumulate();
    }
    assertEquals(Message.builder().from(whole).id(streamed.id()).build(), streamed);
  }

  @Test
  void aPdfDocumentIsSentAsBase64AndTheKeyCanGoInXApiKey() {
    byte[] pdf = "%PDF-1.4\n%fake\n".getBytes(StandardCharsets.US_ASCII);
    Message reply = messages.withAnthropicKeyHeader().create(MessageRequest.builder().model("claude-sonnet-4.5")
        .maxTokens(500).addMessage(MessageParam.user(DocumentBlock.pdf(pdf), TextBlock.of("Summarise"))).build());
    assertEquals("Echo: [document application/pdf, " + pdf.length + " bytes] Summarise", reply.text());
    RecordedHubRequest sent = hub.takeRequest();
    assertEquals(hub.apiKey(), sent.header("x-api-key").get());
    assertTrue(!sent.header("Authorization").isPresent());
  }

  @Test
  void overloadedErrorsAndCutStreamsAreTypedExceptions() {
    hub.enqueueFault(Fault.streamError("overloaded_error", "Overloaded"));
    ServerException overloaded = assertThrows(ServerException.class,
        () -> messages.stream(thinkingRequest().build()).accumulate());
    assertEquals(529, overloaded.statusCode());
    hub.enqueueFault(Fault.streamCut(4));
    assertThrows(StreamInterruptedException.class, () -> messages.stream(thinkingRequest().build()).accumulate());
    for (int i = 0; i < 3; i++) {
      hub.enqueueFault(Fault.httpError(529, "overloaded_error", "Overloaded"));
    }
    ServerException e = assertInstanceOf(ServerException.class,
        assertThrows(ApiException.class, () -> messages.create(thinkingRequest().build())));
    assertEquals("overloaded_error", e.type().get());
  }

  @Test
  void countTokensIsAnsweredByTheHub() {
    assertEquals(3, messages.countTokens(MessageRequest.builder().model("claude-sonnet-4.5").maxTokens(10)
        .addMessage(MessageParam.user("one two three")).build()).inputTokens());
  }
}
