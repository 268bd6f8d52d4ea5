package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sentJson;
import static dev.hubkit.chat.HubFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.chat.responses.InputItemPage;
import dev.hubkit.chat.responses.InputItemsQuery;
import dev.hubkit.chat.responses.ReasoningConfig;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseContent;
import dev.hubkit.chat.responses.ResponseInput;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseStatus;
import dev.hubkit.chat.responses.ResponseTool;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.ClientClosedException;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.NotFoundException;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFailedException;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.internal.Json;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponsesApiTest {
  static final PollingPolicy FAST = PollingPolicy.builder()
      .initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20)).build();
  private static final Map<String, Object> CITY = Map.of("type", "object",
      "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"));

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private ResponsesApi responses;

  @BeforeEach
  void setUp() {
    client = client(server);
    responses = ResponsesApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ResponseRequest weatherRequest() {
    return ResponseRequest.builder().model("gpt-5").input("Weather in Paris?")
        .instructions("Be brief.")
        .addTool(ResponseTool.function("get_weather", "Current weather of a city", CITY))
        .reasoning(ReasoningConfig.builder().effort("low").summary("auto").build())
        .addInclude("reasoning.encrypted_content")
        .build();
  }

  @Test
  void createPostsWithStreamFalseAndReadsEveryOutputItemTyped() throws Exception {
    server.enqueue(json(200, fixture("responses/response-tool-call.json")));

    Response reply = responses.create(weatherRequest());

    JsonNode sent = sentJson(take(server), "/v1/public/responses");
    assertFalse(sent.get("stream").booleanValue());
    assertEquals("gpt-5", sent.get("model").asText());
    assertEquals("Weather in Paris?", sent.get("input").asText());
    assertEquals("Be brief.", sent.get("instructions").asText());
    assertEquals("get_weather", sent.at("/tools/0/name").asText());
    assertFalse(sent.at("/tools/0/strict").booleanValue());
    assertEquals("low", sent.at("/reasoning/effort").asText());
    assertEquals("reasoning.encrypted_content", sent.at("/include/0").asText());

    assertEquals(ResponseStatus.COMPLETED, reply.status().get());
    assertEquals("Let me check the weather in Paris. ", reply.outputText());
    ResponseItem reasoning = reply.output().get(0);
    assertEquals("reasoning", reasoning.type());
    assertEquals("The user wants the weather; call get_weather.", reasoning.text());
    assertEquals(Optional.of("gAAAAABoISQ24OyVRYbkYfukeHvkUr0="), reasoning.encryptedContent());
    ResponseContent text = reply.output().get(1).content().get(0);
    assertEquals(Optional.of("https://example.com/paris"), text.annotations().get().get(0).url());
    assertEquals(List.of(), text.extra().get("logprobs"));
    ResponseItem call = reply.functionCalls().get(0);
    assertEquals(Optional.of("call_unLAR8MvFNptuiZK6K6HCy5k"), call.callId());
    assertEquals(Optional.of("{\"city\":\"Paris\"}"), call.arguments());
    ResponseItem unknown = reply.output().get(3);
    assertEquals("image_generation_call", unknown.type());
    assertEquals("iVBORw0KGgo=", unknown.extra().get("result"));
    assertEquals(291, reply.usage().get().inputTokens());
    assertEquals(128, reply.usage().get().cachedTokens());
    assertEquals(64, reply.usage().get().reasoningTokens());
    assertEquals(0.0012, reply.usage().get().extra().get("cost"));
    assertEquals("auto", reply.extra().get("tool_choice"));
  }

  @Test
  void outputItemsGoBackAsTheNextInputExactlyAsReceived() throws Exception {
    String fixture = fixture("responses/response-tool-call.json");
    server.enqueue(json(200, fixture));
    server.enqueue(json(200, fixture));
    Response first = responses.create(weatherRequest());
    take(server);

    ResponseItem call = first.functionCalls().get(0);
    ResponseInput next = ResponseInput.text("Weather in Paris?").plus(first.output())
        .plus(ResponseItem.functionCallOutput(call.callId().get(), "{\"temp\":18}"));
    responses.create(ResponseRequest.builder().from(weatherRequest()).input(next).build());

    JsonNode input = sentJson(take(server), "/v1/public/responses").get("input");
    JsonNode output = Json.mapper().readTree(fixture).get("output");
    assertEquals(6, input.size());
    assertEquals(Json.mapper().readTree(
        "{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Weather in Paris?\"}]}"),
        input.get(0));
    for (int i = 0; i < output.size(); i++) {
      assertEquals(output.get(i), input.get(i + 1), "output item " + i);
    }
    assertEquals(Json.mapper().readTree("{\"type\":\"function_call_output\","
        + "\"call_id\":\"call_unLAR8MvFNptuiZK6K6HCy5k\",\"output\":\"{\\\"temp\\\":18}\"}"), input.get(5));
  }

  @Test
  void aFollowUpByPreviousResponseIdSendsOnlyTheNewInput() throws Exception {
    server.enqueue(json(200, "{\"id\":\"resp_2\",\"status\":\"completed\",\"output\":[]}"));

    responses.create(ResponseRequest.builder().model("gpt-5").previousResponseId("resp_1")
        .input("And in Celsius?").store(true).build());

    JsonNode sent = sentJson(take(server), "/v1/public/responses");
    assertEquals("resp_1", sent.get("previous_response_id").asText());
    assertEquals("And in Celsius?", sent.get("input").asText());
    assertTrue(sent.get("store").booleanValue());
    assertFalse(sent.has("tools"), "empty lists stay off the wire: " + sent);
  }

  @Test
  void anErrorReplyIsTheTypedApiException() {
    server.enqueue(json(400, "{\"error\":{\"message\":\"Unknown parameter: 'input[1].foo'.\","
        + "\"type\":\"invalid_request_error\",\"param\":\"input[1].foo\",\"code\":\"unknown_parameter\"}}"));

    ApiException e = assertThrows(ApiException.class, () -> responses.create(weatherRequest()));

    assertEquals(400, e.statusCode());
    assertEquals(Optional.of("unknown_parameter"), e.code());
    assertEquals(Optional.of("input[1].foo"), e.param());
    assertTrue(e.getMessage().startsWith("POST /v1/public/responses returned 400"), e.getMessage());
  }

  @Test
  void storedResponsesAreRetrievedDeletedCancelledAndTheirInputItemsPaged() throws Exception {
    server.enqueue(json(200, "{\"id\":\"resp_1\",\"status\":\"completed\",\"output\":[]}"));
    server.enqueue(json(200, "{\"id\":\"resp_1\",\"object\":\"response.deleted\",\"deleted\":true}"));
    server.enqueue(json(200, "{\"id\":\"resp_2\",\"status\":\"cancelled\",\"output\":[]}"));
    server.enqueue(json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"user\","
        + "\"content\":[{\"type\":\"input_text\",\"text\":\"Hi\"}]}],\"first_id\":\"msg_1\",\"last_id\":\"msg_1\","
        + "\"has_more\":true}"));
    server.enqueue(json(404, "{\"error\":{\"message\":\"Response with id 'resp_x' not found.\","
        + "\"type\":\"invalid_request_error\",\"code\":null}}"));

    assertEquals("resp_1", responses.retrieve("resp_1").id());
    assertTrue(responses.delete("resp_1", RequestOptions.none()));
    assertEquals(ResponseStatus.CANCELLED, responses.cancel("resp_2", RequestOptions.none()).status().get());
    InputItemPage page = responses.inputItems("resp_1",
        InputItemsQuery.builder().after("msg_0").limit(10).order("asc").build(), RequestOptions.none());
    assertThrows(NotFoundException.class, () -> responses.retrieve("resp_x"));

    assertEquals("Hi", page.data().get(0).text());
    assertTrue(page.hasMore());
    assertEquals(Optional.of("msg_1"), page.lastId());
    assertEquals("GET /v1/public/responses/resp_1", line(take(server)));
    assertEquals("DELETE /v1/public/responses/resp_1", line(take(server)));
    RecordedRequest cancel = take(server);
    assertEquals("POST /v1/public/responses/resp_2/cancel", line(cancel));
    assertEquals("{}", cancel.getBody().utf8());
    assertEquals("GET /v1/public/responses/resp_1/input_items?after=msg_0&limit=10&order=asc", line(take(server)));
  }

  @Test
  void allInputItemsFetchesThePageAfterTheLastIdWhileHasMoreAndSendsIncludeOnEveryPage() throws Exception {
    server.enqueue(json(200, itemPage("true", "msg_1", "msg_2")));
    server.enqueue(json(200, itemPage("false", "msg_3")));
    InputItemsQuery query = InputItemsQuery.builder().limit(2).order("asc")
        .addInclude("message.input_image.image_url", "file_search_call.results").build();
    Iterable<ResponseItem> items = responses.allInputItems("resp_1", query, RequestOptions.none());
    assertEquals(0, server.getRequestCount(), "nothing is fetched before the iteration starts");

    List<String> texts = new java.util.ArrayList<>();
    items.forEach(item -> texts.add(item.text()));

    assertEquals(List.of("Hi msg_1", "Hi msg_2", "Hi msg_3"), texts);
    assertEquals(2, server.getRequestCount(), "no page after the one without has_more");
    String include = "include%5B%5D=message.input_image.image_url&include%5B%5D=file_search_call.results";
    assertEquals("GET /v1/public/responses/resp_1/input_items?limit=2&order=asc&" + include, line(take(server)));
    RecordedRequest second = take(server);
    assertEquals("GET /v1/public/responses/resp_1/input_items?after=msg_2&limit=2&order=asc&" + include,
        line(second));
    assertEquals(List.of("message.input_image.image_url", "file_search_call.results"),
        second.getUrl().queryParameterValues("include[]"));
  }

  @Test
  void allInputItemsStopsWithATypedErrorWhenAPageWithMoreNamesNoNewCursor() {
    server.enqueue(json(200, "{\"object\":\"list\",\"data\":[],\"has_more\":true}"));
    Iterator<ResponseItem> items =
        responses.allInputItems("resp_1", InputItemsQuery.builder().build(), RequestOptions.none()).iterator();
    assertThrows(MalformedResponseException.class, items::hasNext);
    server.enqueue(json(200, itemPage("true", "msg_1")));
    server.enqueue(json(200, itemPage("true", "msg_1")));
    Iterator<ResponseItem> again =
        responses.allInputItems("resp_1", InputItemsQuery.builder().build(), RequestOptions.none()).iterator();
    assertEquals("Hi msg_1", again.next().text());
    assertEquals("Hi msg_1", again.next().text());
    assertThrows(MalformedResponseException.class, again::hasNext, "the same cursor again is not followed forever");
  }

  /** A page of user messages with these ids, each saying "Hi {id}". */
  private static String itemPage(String hasMore, String... ids) {
    StringBuilder data = new StringBuilder();
    for (String id : ids) {
      data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"type\":\"message\","
          + "\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Hi ").append(id).append("\"}]}");
    }
    return "{\"object\":\"list\",\"data\":[" + data + "],\"first_id\":\"" + ids[0] + "\",\"last_id\":\""
        + ids[ids.length - 1] + "\",\"has_more\":" + hasMore + "}";
  }

  @Test
  void aBackgroundResponseIsSentOnceAndPolledUntilItCompletes() throws Exception {
    server.enqueue(json(200, "{\"id\":\"resp_bg\",\"status\":\"queued\",\"background\":true,\"output\":[]}"));
    server.enqueue(json(200, "{\"id\":\"resp_bg\",\"status\":\"queued\",\"output\":[]}"));
    server.enqueue(json(200, "{\"id\":\"resp_bg\",\"status\":\"in_progress\",\"output\":[]}"));
    server.enqueue(json(200, fixture("responses/response-tool-call.json").replace(
        "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b", "resp_bg")));

    Response done = responses.createInBackground(weatherRequest(), FAST, RequestOptions.none())
        .get(10, TimeUnit.SECONDS);

    assertEquals(ResponseStatus.COMPLETED, done.status().get());
    assertEquals("Let me check the weather in Paris. ", done.outputText());
    JsonNode sent = sentJson(take(server), "/v1/public/responses");
    assertTrue(sent.get("background").booleanValue());
    assertFalse(sent.get("stream").booleanValue());
    for (int poll = 0; poll < 3; poll++) {
      assertEquals("GET /v1/public/responses/resp_bg", line(take(server)));
    }
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void aFailedOrCancelledBackgroundResponseEndsTheWaitWithTaskFailed() {
    server.enqueue(json(200, "{\"id\":\"resp_f\",\"status\":\"failed\",\"output\":[],"
        + "\"error\":{\"code\":\"server_error\",\"message\":\"The model crashed.\"}}"));
    server.enqueue(json(200, "{\"id\":\"resp_c\",\"status\":\"cancelled\",\"output\":[]}"));

    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> responses.awaitCompletion("resp_f", FAST, RequestOptions.none()).get(10, TimeUnit.SECONDS));
    ExecutionException cancelled = assertThrows(ExecutionException.class,
        () -> responses.awaitCompletion("resp_c", FAST, RequestOptions.none()).get(10, TimeUnit.SECONDS));

    TaskFailedException error = assertInstanceOf(TaskFailedException.class, failed.getCause());
    assertEquals(Optional.of("server_error"), error.code());
    assertEquals(Optional.of("The model crashed."), error.hubMessage());
    assertTrue(assertInstanceOf(TaskFailedException.class, cancelled.getCause()).getMessage()
        .contains("ended cancelled"));
  }

  @Test
  void aProviderOutageFallsBackToTheNextModel() throws Exception {
    RequestOptions once = RequestOptions.builder().maxRetries(0).build();
    server.enqueue(json(503, "{\"error\":{\"message\":\"upstream overloaded\",\"type\":\"server_error\"}}"));
    server.enqueue(json(200, "{\"id\":\"resp_2\",\"model\":\"claude-sonnet-4.5\",\"status\":\"completed\","
        + "\"output\":[{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\","
        + "\"text\":\"Sunny.\",\"annotations\":[]}]}]}"));

    Response reply = responses.withFallback(FallbackPolicy.fallbackModels("claude-sonnet-4.5"))
        .createAsync(weatherRequest(), once).get(10, TimeUnit.SECONDS);

    assertEquals("Sunny.", reply.outputText());
    assertEquals("gpt-5", sentJson(take(server), "/v1/public/responses").get("model").asText());
    assertEquals("claude-sonnet-4.5", sentJson(take(server), "/v1/public/responses").get("model").asText());
  }

  @Test
  void createWithFallbackSaysWhichModelAnswered() {
    server.enqueue(json(404, "{\"error\":{\"message\":\"Model 'gpt-5' not found\",\"code\":\"model_not_found\"}}"));
    server.enqueue(json(200, "{\"id\":\"resp_2\",\"status\":\"completed\",\"output\":[]}"));

    FallbackResult<Response> result =
        responses.createWithFallback(weatherRequest(), FallbackPolicy.fallbackModels("gpt-4.1"));

    assertEquals("gpt-4.1", result.model());
    assertEquals(2, result.attempts().size());
  }

  @Test
  void aStreamFlagInTheOptionsIsRejectedSayingWhichCallToUse() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> responses.create(
        weatherRequest(), RequestOptions.builder().bodyField("stream", true).build()));
    assertTrue(e.getMessage().contains("call the method you want"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aBlankModelOrResponseIdIsRejectedSayingWhatToPass() {
    assertThrows(IllegalArgumentException.class, () -> ResponseRequest.builder().model(" ").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> responses.retrieve(""));
    assertTrue(e.getMessage().contains("id() of a stored response"), e.getMessage());
  }

  @Test
  void shortMessagesWithPlainStringContentAreReadAndAnAssistantsIsWrittenBackAsItCame() throws Exception {
    String json = "[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello!\"}]";
    ResponseInput input = Json.mapper().readValue(json, ResponseInput.class);

    assertEquals("Hi", input.items().get(0).text());
    assertEquals("Hello!", input.items().get(1).text());
    assertEquals(ResponseItem.user("Hi"), input.items().get(0));
    assertEquals(Json.mapper().readTree("{\"role\":\"assistant\",\"content\":\"Hello!\"}"),
        Json.mapper().valueToTree(input.items().get(1)));
    assertEquals(Json.mapper().readTree("{\"role\":\"assistant\",\"content\":\"Hello!\"}"),
        Json.mapper().valueToTree(ResponseItem.assistant("Hello!")));
  }

  @Test
  void inlineFilesAndImagesAreShortenedInToString() {
    ResponseContent file = ResponseContent.inputFile("report.pdf", "application/pdf", new byte[4000]);
    assertTrue(file.fileData().get().length() > 5000);
    assertTrue(file.toString().length() < 300, file.toString());
    ResponseTool mcp = ResponseTool.builder().from(ResponseTool.mcp("deepwiki", "https://mcp.example/sse"))
        .putHeader("Authorization", "Bearer secret-token").build();
    assertFalse(mcp.toString().contains("secret-token"), mcp.toString());
  }

  @Test
  void backgroundWaitsTakeTheClientsPollPlaces() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch firstPollArrived = new CountDownLatch(1);
    List<String> polled = new CopyOnWriteArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String id = request.getTarget().substring(request.getTarget().lastIndexOf('/') + 1);
        polled.add(id);
        if (id.equals("resp_a")) {
          firstPollArrived.countDown();
          release.await(10, TimeUnit.SECONDS);
        }
        return json(200, "{\"id\":\"" + id + "\",\"status\":\"completed\",\"output\":[]}");
      }
    });
    try (HubClient onePoll = HubClient.builder().baseUrl(server.url("/v1/public").toString()).apiKey("sk-test")
        .maxConcurrentPolls(1).build()) {
      ResponsesApi api = ResponsesApi.of(onePoll);
      TaskFuture<Response> a = api.awaitCompletion("resp_a", FAST, RequestOptions.none());
      assertTrue(firstPollArrived.await(10, TimeUnit.SECONDS));
      TaskFuture<Response> b = api.awaitCompletion("resp_b", FAST, RequestOptions.none());
      for (int i = 0; i < 200 && onePoll.transport().pollSlots().waiting() == 0; i++) {
        Thread.sleep(5);
      }
      assertEquals(1, onePoll.transport().pollSlots().waiting(), "resp_b's poll waits for resp_a's place");
      assertEquals(List.of("resp_a"), polled);

      release.countDown();

      assertEquals("resp_a", a.get(10, TimeUnit.SECONDS).id());
      assertEquals("resp_b", b.get(10, TimeUnit.SECONDS).id());
      assertEquals(List.of("resp_a", "resp_b"), polled);
    } finally {
      release.countDown();
    }
  }

  @Test
  void closingTheClientEndsABackgroundWaitAtOnce() {
    PollingPolicy aMinuteApart = PollingPolicy.builder().initialInterval(Duration.ofMinutes(1)).build();
    TaskFuture<Response> wait = responses.awaitCompletion("resp_bg", aMinuteApart, RequestOptions.none());

    client.close();

    assertTrue(wait.isDone(), "the wait ended with the client, not at its first poll a minute later");
    ExecutionException failed = assertThrows(ExecutionException.class, wait::get);
    assertTrue(assertInstanceOf(ClientClosedException.class, failed.getCause()).getMessage()
        .startsWith("the wait for task resp_bg ended: the HubClient is closed"));
    assertEquals(0, server.getRequestCount());
  }

  private static String line(RecordedRequest request) {
    return request.getMethod() + " " + request.getTarget();
  }
}
