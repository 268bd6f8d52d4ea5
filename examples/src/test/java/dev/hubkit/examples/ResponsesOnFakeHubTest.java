package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.chat.ResponseStream;
import dev.hubkit.chat.ResponsesApi;
import dev.hubkit.chat.responses.InputItemPage;
import dev.hubkit.chat.responses.InputItemsQuery;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseInput;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseStatus;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.StreamInterruptedException;
import dev.hubkit.core.TaskFailedException;
import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ResponsesApi against FakeHub's /responses: what the SDK sends, FakeHub understands, and back. */
class ResponsesOnFakeHubTest {
  private static final PollingPolicy FAST = PollingPolicy.builder()
      .initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20)).build();

  private final FakeHub fake = FakeHub.start();
  private final HubClient client = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build();
  private final ResponsesApi responses = ResponsesApi.of(client);

  @AfterEach
  void close() {
    client.close();
    fake.close();
  }

  private static ResponseRequest.Builder request() {
    return ResponseRequest.builder().model("gpt-5");
  }

  @Test
  void aStreamedScriptedReplyAccumulatesToTheStoredResponse() {
    fake.enqueueResponse(ChatReply.reasoningThenText("Think.", "Sunny in Paris."));

    List<String> pieces = new ArrayList<>();
    Response streamed;
    try (ResponseStream stream = responses.stream(request().input("Weather?").build())) {
      stream.textDeltas().forEach(pieces::add);
      streamed = stream.accumulate();
    }

    assertEquals("Sunny in Paris.", String.join("", pieces));
    assertTrue(pieces.size() > 1, pieces.toString());

    assertEquals("Sunny in Paris.", streamed.outputText());
    assertEquals("Think.", streamed.output().get(0).text());
    assertEquals(streamed, responses.retrieve(streamed.id()));
  }

  @Test
  void aToolTurnGoesBackWithTheReplysItemsAndItsInputItemsArePaged() {
    fake.enqueueResponse(ChatReply.toolCall("get_weather", "{\"city\":\"Paris\"}"));
    ResponseInput input = ResponseInput.text("Weather in Paris?");
    Response first = responses.create(request().input(input).build());
    ResponseItem call = first.functionCalls().get(0);
    input = input.plus(first.output()).plus(ResponseItem.functionCallOutput(call.callId().get(), "18 degrees"));

    Response answer = responses.create(request().input(input).build());
    InputItemPage page = responses.inputItems(answer.id(),
        InputItemsQuery.builder().order("asc").limit(2).build(), RequestOptions.none());
    InputItemPage rest = responses.inputItems(answer.id(),
        InputItemsQuery.builder().order("asc").after(page.lastId().get()).build(), RequestOptions.none());

    assertEquals("Echo: 18 degrees", answer.outputText());
    assertEquals("Weather in Paris?", page.data().get(0).text());
    assertEquals("function_call", page.data().get(1).type());
    assertTrue(page.hasMore());
    assertEquals("function_call_output", rest.data().get(0).type());
    assertEquals("Echo: Weather in Paris?", responses.create(request().previousResponseId(answer.id())
        .input("Weather in Paris?").build()).outputText());
  }

  @Test
  void aBackgroundResponseIsAwaitedOverPollsAndAFailedOneEndsInTaskFailed() throws Exception {
    Response done = responses.createInBackground(request().input("Hi").build(), FAST, RequestOptions.none())
        .get(10, TimeUnit.SECONDS);
    fake.enqueueFault(Fault.taskFailed("server_error", "The model crashed."));
    ExecutionException failed = assertThrows(ExecutionException.class, () -> responses.createInBackground(
        request().input("Hi").build(), FAST, RequestOptions.none()).get(10, TimeUnit.SECONDS));

    assertEquals(ResponseStatus.COMPLETED, done.status().get());
    assertEquals("Echo: Hi", done.outputText());
    assertEquals("server_error",
        assertInstanceOf(TaskFailedException.class, failed.getCause()).code().get());
  }

  @Test
  void aCutStreamIsInterruptedAndAFailedOneIsAServerException() {
    fake.enqueueFault(Fault.streamCut(4));
    fake.enqueueFault(Fault.streamError("server_error", "Upstream broke."));

    assertThrows(StreamInterruptedException.class, () -> responses.stream(request().input("Hi").build()).accumulate());
    ServerException failed = assertThrows(ServerException.class,
        () -> responses.stream(request().input("Hi").build()).accumulate());

    assertEquals("Upstream broke.", failed.hubMessage().get());
  }
}
