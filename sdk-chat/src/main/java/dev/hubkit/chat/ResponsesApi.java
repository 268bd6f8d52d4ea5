package dev.hubkit.chat;

import static dev.hubkit.chat.responses.internal.ResponseCalls.DELETED;
import static dev.hubkit.chat.responses.internal.ResponseCalls.ITEMS;
import static dev.hubkit.chat.responses.internal.ResponseCalls.RESPONSE;
import static dev.hubkit.chat.responses.internal.ResponseCalls.withModel;

import dev.hubkit.chat.responses.InputItemPage;
import dev.hubkit.chat.responses.InputItemsQuery;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseStatus;
import dev.hubkit.chat.responses.ResponseStreamEvent;
import dev.hubkit.chat.responses.internal.InputItemPages;
import dev.hubkit.chat.responses.internal.ResponseCalls;
import dev.hubkit.chat.responses.internal.ResponseChecks;
import dev.hubkit.chat.responses.internal.ResponseEventReader;
import dev.hubkit.chat.responses.internal.StructuredResponses;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamListener;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.internal.DerivedFuture;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.ModelFallback;
import dev.hubkit.core.internal.TaskPoller;
import dev.hubkit.core.internal.TaskScheduler;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * OpenAI's Responses API through the hub: {@code POST {baseUrl}/responses}, answered whole ({@link #create}) or
 * streamed ({@link #stream}), and the stored responses' {@link #retrieve}, {@link #delete}, {@link #cancel} and
 * {@link #inputItems} (one page, or all of them with {@link #allInputItems}); a background response is awaited as
 * a {@link TaskFuture} ({@link #awaitCompletion}). Thread-safe; create one per {@link HubClient} with {@link #of}.
 * Every call but {@link #allInputItems} has an {@code ...Async} variant, and one taking per-call
 * {@link RequestOptions}.
 *
 * <p>Every method throws, or completes its future with, a {@code dev.hubkit.core.HubException}: an
 * {@code ApiException} subclass for an error reply (after the client's retries) or a failed stream,
 * {@code HubConnectionException} or {@code HubTimeoutException} when the hub cannot be reached in time,
 * {@code MalformedResponseException} for a reply that is not a response.
 */
public final class ResponsesApi {
  private final HubTransport transport;
  private final FallbackPolicy fallback;
  private final TaskPoller poller;

  ResponsesApi(HubTransport transport, FallbackPolicy fallback, TaskPoller poller) {
    this.transport = transport;
    this.fallback = fallback;
    this.poller = poller;
  }

  /**
   * @param client the hub to talk to
   * @return the Responses API of {@code client}'s hub
   */
  public static ResponsesApi of(HubClient client) {
    HubTransport transport = Objects.requireNonNull(client, "client").transport();
    return new ResponsesApi(transport, null, new TaskPoller(TaskScheduler.shared(), transport.pollSlots(),
        transport.clientState()));
  }

  /**
   * This API with {@code policy} as its default: {@link #create}, {@link #createAsync} and {@link #stream} then
   * fall back to the policy's models as {@link #createWithFallback} and {@link #streamWithFallback} do.
   *
   * @param policy the models to fall back to
   * @return a new API object; this one is unchanged
   */
  public ResponsesApi withFallback(FallbackPolicy policy) {
    return new ResponsesApi(transport, Objects.requireNonNull(policy, "policy"), poller);
  }

  /**
   * Sends the request with {@code "stream": false} and waits for the whole response (for a {@code background}
   * request, the queued response: await it with {@link #awaitCompletion}).
   *
   * @param request the request
   * @return the response
   */
  public Response create(ResponseRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * @param request the request
   * @param options per-call options
   * @return the response, as {@link #create(ResponseRequest)}
   */
  public Response create(ResponseRequest request, RequestOptions options) {
    if (fallback != null) {
      return createWithFallback(request, fallback, options).value();
    }
    return transport.execute(ResponseCalls.create(request, false, options), RESPONSE);
  }

  /**
   * @param request the request
   * @return the response, without blocking; cancelling the future cancels the call
   */
  public CompletableFuture<Response> createAsync(ResponseRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * @param request the request
   * @param options per-call options
   * @return the response, without blocking; cancelling the future cancels the call
   */
  public CompletableFuture<Response> createAsync(ResponseRequest request, RequestOptions options) {
    if (fallback != null) {
      CompletableFuture<FallbackResult<Response>> attempts = createWithFallbackAsync(request, fallback, options);
      CompletableFuture<Response> answer = attempts.thenApply(FallbackResult::value);
      answer.whenComplete((value, error) -> {
        if (answer.isCancelled()) {
          attempts.cancel(true); // thenApply does not pass cancellation back; the call in flight must stop
        }
      });
      return answer;
    }
    return transport.executeAsync(ResponseCalls.create(request, false, options), RESPONSE);
  }

  /**
   * Asks for the answer as JSON following {@code type}'s strict schema ({@code text.format}, in place of the
   * request's own format) and reads the response's text into an instance.
   *
   * @param request the request
   * @param type the class of the answer: a plain class, a record or an Immutables value
   * @param <T> the type
   * @return the answer
   * @throws dev.hubkit.core.StructuredOutputException when the model refused, only called functions, the response
   *     is incomplete, or its text does not match the type
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  public <T> T create(ResponseRequest request, Class<T> type) {
    return create(request, type, RequestOptions.none());
  }

  /**
   * @param request the request
   * @param type the class of the answer
   * @param options per-call options
   * @param <T> the type
   * @return the answer, as {@link #create(ResponseRequest, Class)}
   */
  public <T> T create(ResponseRequest request, Class<T> type, RequestOptions options) {
    StrictSchema<T> schema = StrictSchema.of(type);
    return StructuredResponses.parse(create(StructuredResponses.withSchema(request, schema), options), schema);
  }

  /**
   * @param request the request
   * @param type the class of the answer
   * @param <T> the type
   * @return the answer, as {@link #create(ResponseRequest, Class)}, without blocking (a future failed with the same
   *     exceptions); cancelling the future cancels the call
   */
  public <T> CompletableFuture<T> createAsync(ResponseRequest request, Class<T> type) {
    return createAsync(request, type, RequestOptions.none());
  }

  /**
   * @param request the request
   * @param type the class of the answer
   * @param options per-call options
   * @param <T> the type
   * @return the answer, as {@link #createAsync(ResponseRequest, Class)}
   */
  public <T> CompletableFuture<T> createAsync(ResponseRequest request, Class<T> type, RequestOptions options) {
    StrictSchema<T> schema = StrictSchema.of(type);
    return DerivedFuture.map(createAsync(StructuredResponses.withSchema(request, schema), options),
        response -> StructuredResponses.parse(response, schema));
  }

  /**
   * Sends the request with {@code "stream": true} and returns the open stream once the hub answered 2xx; read it
   * on this thread inside try-with-resources.
   *
   * @param request the request
   * @return the open stream
   */
  public ResponseStream stream(ResponseRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * @param request the request
   * @param options per-call options
   * @return the open stream, as {@link #stream(ResponseRequest)}
   */
  public ResponseStream stream(ResponseRequest request, RequestOptions options) {
    if (fallback != null) {
      return streamWithFallback(request, fallback, options).value();
    }
    return open(request, options);
  }

  /**
   * Streams the response in the background, handing each event to {@code listener}.
   *
   * @param request the request
   * @param listener receives the events, then the end or the failure
   * @return a future that completes with the stream; cancelling it cancels the call
   */
  public CompletableFuture<Void> streamAsync(
      ResponseRequest request, StreamListener<? super ResponseStreamEvent> listener) {
    return streamAsync(request, listener, RequestOptions.none());
  }

  /**
   * @param request the request
   * @param listener receives the events, then the end or the failure
   * @param options per-call options
   * @return a future that completes with the stream; cancelling it cancels the call
   */
  public CompletableFuture<Void> streamAsync(
      ResponseRequest request, StreamListener<? super ResponseStreamEvent> listener, RequestOptions options) {
    Objects.requireNonNull(listener, "listener");
    return transport.streamAsync(ResponseCalls.create(request, true, options), new ResponseEventReader(), listener);
  }

  /**
   * Sends the request with its own model, then with each of {@code policy}'s models while the error allows a
   * fallback (5xx, 429 after retries, unknown model, timeout, connection failure).
   *
   * @param request the request
   * @param policy the models to fall back to
   * @return the response and which model gave it
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed that way
   */
  public FallbackResult<Response> createWithFallback(ResponseRequest request, FallbackPolicy policy) {
    return createWithFallback(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #createWithFallback(ResponseRequest, FallbackPolicy)}, with per-call options sent with every model's
   * request: the same extra headers, query parameters and body fields, timeouts and retries, and reply listeners
   * told of each model's reply (the failed ones' included, the answering model's last).
   *
   * @param request the request, sent first with its own model
   * @param policy the models to fall back to
   * @param options per-call options, layered over the client's defaults for each model's request
   * @return the response and which model gave it
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed with an error that allows a fallback
   * @throws dev.hubkit.core.HubException the first error that allows no fallback, as it is
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public FallbackResult<Response> createWithFallback(
      ResponseRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.run(request.model(), policy,
        model -> transport.execute(ResponseCalls.create(withModel(request, model), false, options), RESPONSE));
  }

  /**
   * @param request the request
   * @param policy the models to fall back to
   * @return as {@link #createWithFallback}, without blocking; each model is tried when the previous one failed
   */
  public CompletableFuture<FallbackResult<Response>> createWithFallbackAsync(
      ResponseRequest request, FallbackPolicy policy) {
    return createWithFallbackAsync(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #createWithFallback(ResponseRequest, FallbackPolicy, RequestOptions)}, without blocking; each model
   * is tried, with the same options, when the previous one failed. Cancelling the future cancels the call in
   * flight and tries no other model.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to fall back to
   * @param options per-call options, layered over the client's defaults for each model's request
   * @return the response and which model gave it; the future fails with the exceptions
   *     {@link #createWithFallback(ResponseRequest, FallbackPolicy, RequestOptions)} throws
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public CompletableFuture<FallbackResult<Response>> createWithFallbackAsync(
      ResponseRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.runAsync(request.model(), policy,
        model -> transport.executeAsync(
            ResponseCalls.create(withModel(request, model), false, options), RESPONSE));
  }

  /**
   * Opens a stream, falling back to {@code policy}'s models only while no event has arrived, so two models'
   * answers are never spliced.
   *
   * @param request the request
   * @param policy the models to fall back to
   * @return the open stream and which model gave it
   */
  public FallbackResult<ResponseStream> streamWithFallback(ResponseRequest request, FallbackPolicy policy) {
    return streamWithFallback(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #streamWithFallback(ResponseRequest, FallbackPolicy)}, with per-call options sent with every model's
   * request; their reply listeners are told of each model's reply when its headers arrive.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to fall back to
   * @param options per-call options, layered over the client's defaults for each model's request
   * @return the open stream and which model gave it
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed before its first event with an error
   *     that allows a fallback
   * @throws dev.hubkit.core.HubException the first error that allows no fallback, as it is
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public FallbackResult<ResponseStream> streamWithFallback(
      ResponseRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.run(request.model(), policy, model -> {
      ResponseStream stream = open(withModel(request, model), options);
      try {
        stream.awaitFirstEvent();
        return stream;
      } catch (RuntimeException e) {
        stream.close();
        throw e;
      }
    });
  }

  private static void checkFallbackArguments(
      ResponseRequest request, FallbackPolicy policy, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(options, "options");
  }

  private ResponseStream open(ResponseRequest request, RequestOptions options) {
    return new ResponseStream(
        transport.stream(ResponseCalls.create(request, true, options), new ResponseEventReader()));
  }

  /**
   * @param responseId a stored response's id
   * @return the response as it stands ({@code GET /responses/{id}})
   */
  public Response retrieve(String responseId) {
    return retrieve(responseId, RequestOptions.none());
  }

  /**
   * @param responseId a stored response's id
   * @param options per-call options
   * @return the response as it stands
   */
  public Response retrieve(String responseId, RequestOptions options) {
    return transport.execute(ResponseCalls.retrieve(responseId, options), RESPONSE);
  }

  /**
   * @param responseId a stored response's id
   * @param options per-call options
   * @return the response as it stands, without blocking
   */
  public CompletableFuture<Response> retrieveAsync(String responseId, RequestOptions options) {
    return transport.executeAsync(ResponseCalls.retrieve(responseId, options), RESPONSE);
  }

  /**
   * Deletes a stored response ({@code DELETE /responses/{id}}).
   *
   * @param responseId a stored response's id
   * @param options per-call options
   * @return whether the hub says it deleted it ({@code "deleted": true})
   * @throws dev.hubkit.core.NotFoundException when the hub has no such response
   */
  public boolean delete(String responseId, RequestOptions options) {
    return transport.execute(ResponseCalls.delete(responseId, options), DELETED);
  }

  /**
   * @param responseId a stored response's id
   * @param options per-call options
   * @return as {@link #delete}, without blocking
   */
  public CompletableFuture<Boolean> deleteAsync(String responseId, RequestOptions options) {
    return transport.executeAsync(ResponseCalls.delete(responseId, options), DELETED);
  }

  /**
   * Cancels a background response ({@code POST /responses/{id}/cancel}).
   *
   * @param responseId a background response's id
   * @param options per-call options
   * @return the response as it stands after the cancel, usually {@code cancelled}
   */
  public Response cancel(String responseId, RequestOptions options) {
    return transport.execute(ResponseCalls.cancel(responseId, options), RESPONSE);
  }

  /**
   * @param responseId a background response's id
   * @param options per-call options
   * @return as {@link #cancel}, without blocking
   */
  public CompletableFuture<Response> cancelAsync(String responseId, RequestOptions options) {
    return transport.executeAsync(ResponseCalls.cancel(responseId, options), RESPONSE);
  }

  /**
   * Lists a page of the items a stored response was given ({@code GET /responses/{id}/input_items}).
   *
   * @param responseId a stored response's id
   * @param query which page: {@code InputItemsQuery.builder().build()} for the first
   * @param options per-call options
   * @return the page
   */
  public InputItemPage inputItems(String responseId, InputItemsQuery query, RequestOptions options) {
    return transport.execute(ResponseCalls.inputItems(responseId, query, options), ITEMS);
  }

  /**
   * Every input item a stored response was given, fetched page by page as the iteration reaches it: the first page
   * as {@code query} asks, then the page after the last item while the hub says {@code has_more}. Each
   * {@code iterator()} reads the pages afresh; nothing is fetched before it is used.
   *
   * @param responseId a stored response's id
   * @param query the first page, and the {@code limit}, {@code order} and {@code include} of every page
   * @param options per-call options, for every page
   * @return the items, in the hub's order; iterating throws what {@link #inputItems} throws
   */
  public Iterable<ResponseItem> allInputItems(String responseId, InputItemsQuery query, RequestOptions options) {
    String id = ResponseCalls.id(responseId);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    return new InputItemPages(query, page -> inputItems(id, page, options));
  }

  /**
   * @param responseId a stored response's id
   * @param query which page
   * @param options per-call options
   * @return as {@link #inputItems}, without blocking
   */
  public CompletableFuture<InputItemPage> inputItemsAsync(
      String responseId, InputItemsQuery query, RequestOptions options) {
    return transport.executeAsync(ResponseCalls.inputItems(responseId, query, options), ITEMS);
  }

  /**
   * @param request the request; its {@code background} is set to true
   * @return as {@link #createInBackground(ResponseRequest, PollingPolicy, RequestOptions)}, polling with
   *     {@link PollingPolicy#defaults()}
   */
  public TaskFuture<Response> createInBackground(ResponseRequest request) {
    return createInBackground(request, PollingPolicy.defaults(), RequestOptions.none());
  }

  /**
   * Sends the request with {@code "background": true} and awaits the response, polling it from the shared
   * scheduler without blocking a thread. The request is sent once; only polls are repeated.
   *
   * @param request the request; its {@code background} is set to true
   * @param policy how to poll, and for how long
   * @param options per-call options, for the request and every poll
   * @return the wait: completes with the {@code completed} (or {@code incomplete}) response, or fails with a
   *     {@code TaskFailedException} for a {@code failed} or {@code cancelled} one
   */
  public TaskFuture<Response> createInBackground(
      ResponseRequest request, PollingPolicy policy, RequestOptions options) {
    Objects.requireNonNull(policy, "policy");
    Response queued = create(ResponseRequest.builder().from(request).background(true).build(), options);
    ResponseStatus status = queued.status().orElse(ResponseStatus.QUEUED);
    if (status.equals(ResponseStatus.COMPLETED) || status.equals(ResponseStatus.INCOMPLETE)) {
      TaskFuture<Response> done = new TaskFuture<>(queued.id());
      done.complete(queued);
      return done;
    }
    return awaitCompletion(queued.id(), policy, options);
  }

  /**
   * @param responseId a background response's id
   * @return the wait, polling with {@link PollingPolicy#defaults()}
   */
  public TaskFuture<Response> awaitCompletion(String responseId) {
    return awaitCompletion(responseId, PollingPolicy.defaults(), RequestOptions.none());
  }

  /**
   * Awaits a background response: polls {@code GET /responses/{id}} until its status is terminal.
   *
   * @param responseId a background response's id
   * @param policy how to poll, and for how long
   * @param options per-call options for every poll
   * @return the wait, as {@link #createInBackground}; {@code cancel} stops polling, it does not cancel the response
   *     (use {@link #cancel} for that)
   */
  public TaskFuture<Response> awaitCompletion(String responseId, PollingPolicy policy, RequestOptions options) {
    String id = ResponseCalls.id(responseId);
    Objects.requireNonNull(options, "options");
    return poller.poll(id, () -> retrieveAsync(id, options), ResponseChecks::of, policy, Optional.empty());
  }
}
