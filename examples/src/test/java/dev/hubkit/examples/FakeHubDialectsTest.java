package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatStream;
import dev.hubkit.chat.FinishReason;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.ServerException;
import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.FakeHub;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HubKit reads what FakeHub sends in the dialects of gateways in front of Claude and Gemini (issue 14). */
class FakeHubDialectsTest {
  private static final ChatRequest HI =
      ChatRequest.builder().model("gpt-5").addMessage(ChatMessage.user("Hi")).build();

  private static ChatCompletion streamed(FakeHub hub) {
    try (HubClient client = HubClient.builder().baseUrl(hub.baseUrl()).apiKey(hub.apiKey()).build();
        ChatStream stream = ChatApi.of(client).stream(HI)) {
      return stream.accumulate();
    }
  }

  @Test
  void aStreamWithoutDoneWithContentBlocksAndAProviderFinishReasonReadsAsAWholeAnswer() {
    try (FakeHub hub = FakeHub.builder().streamsEndWithDone(false).start()) {
      hub.enqueueReply(ChatReply.reasoningThenText("Think twice", "Done").withFinishReason("end_turn")
          .withReasoningSpelling(ChatReply.ReasoningSpelling.CONTENT_BLOCKS));

      ChatCompletion completion = streamed(hub);

      assertEquals("Done", completion.text());
      assertEquals(Optional.of("Think twice"), completion.choices().get(0).message().reasoningText());
      assertEquals(FinishReason.STOP, completion.choices().get(0).finishReason().get());
    }
  }

  @Test
  void reasoningDetailsReadAsReasoning() {
    try (FakeHub hub = FakeHub.start()) {
      hub.enqueueReply(ChatReply.reasoningThenText("Think twice", "Done")
          .withReasoningSpelling(ChatReply.ReasoningSpelling.REASONING_DETAILS));

      assertEquals(Optional.of("Think twice"), streamed(hub).choices().get(0).message().reasoningText());
    }
  }

  @Test
  void anOverloadedErrorFinishIsAServerExceptionWithThePartialAnswer() {
    try (FakeHub hub = FakeHub.start()) {
      hub.enqueueReply(ChatReply.text("Partial answer").withFinishReason("overloaded_error"));

      ServerException error = assertThrows(ServerException.class, () -> streamed(hub));

      assertEquals("Partial answer", error.partialReply(ChatCompletion.class).get().text());
    }
  }

  @Test
  void anErrorFinishMidStreamIsAnApiExceptionWithThePartialAnswerNotAFinishedText() {
    try (FakeHub hub = FakeHub.start()) {
      hub.enqueueReply(ChatReply.text("Half an answer").withFinishReason("error"));

      ApiException error = assertThrows(ApiException.class, () -> streamed(hub));

      assertEquals("Half an answer", error.partialReply(ChatCompletion.class).get().text());
      assertEquals("error", error.partialReply(ChatCompletion.class).get().choices().get(0).finishReason().get().raw());
    }
  }
}
