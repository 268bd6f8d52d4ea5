package dev.hubkit.chat;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.ResponseReader;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Reranking: {@code POST {baseUrl}/rerank} in the Cohere/Jina shape hubs use. Thread-safe. */
public final class RerankApi {
  private static final ResponseReader<RerankResponse> RESPONSE = ResponseReader.json(RerankResponse.class);

  private final HubTransport transport;

  private RerankApi(HubTransport transport) {
    this.transport = transport;
  }

  /**
   * The rerank API of {@code client}'s hub.
   *
   * @param client the client whose transport, key, retries and default options the calls use
   * @return the API; safe to share between threads
   */
  public static RerankApi of(HubClient client) {
    return new RerankApi(Objects.requireNonNull(client, "client").transport());
  }

  /**
   * Ranks the documents against the query.
   *
   * @param request the query, the documents and the model
   * @return the results, most relevant first, each with its document's index in the request
   * @throws dev.hubkit.core.ApiException when the hub answers with an error status
   */
  public RerankResponse rerank(RerankRequest request) {
    return rerank(request, RequestOptions.none());
  }

  /**
   * As {@link #rerank(RerankRequest)}, with per-call options.
   *
   * @param request the query, the documents and the model
   * @param options the call's options, layered over the client's defaults
   * @return the results, most relevant first
   */
  public RerankResponse rerank(RerankRequest request, RequestOptions options) {
    return transport.execute(post(request, options), RESPONSE);
  }

  /**
   * As {@link #rerank(RerankRequest)}, without blocking; cancelling the future cancels the call.
   *
   * @param request the query, the documents and the model
   * @return the results, once read; the future fails with the exceptions {@link #rerank(RerankRequest)} throws
   */
  public CompletableFuture<RerankResponse> rerankAsync(RerankRequest request) {
    return rerankAsync(request, RequestOptions.none());
  }

  /**
   * As {@link #rerank(RerankRequest, RequestOptions)}, without blocking; cancelling the future cancels the call.
   *
   * @param request the query, the documents and the model
   * @param options per-call options
   * @return the results, once read, or the same exceptions
   */
  public CompletableFuture<RerankResponse> rerankAsync(RerankRequest request, RequestOptions options) {
    return transport.executeAsync(post(request, options), RESPONSE);
  }

  private static HubRequest post(RerankRequest request, RequestOptions options) {
    return HubRequest.postJson(Objects.requireNonNull(request, "request"), "rerank")
        .withOptions(Objects.requireNonNull(options, "options"));
  }
}
