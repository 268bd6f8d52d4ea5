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

  /** The rerank API of {@code client}'s hub. */
  public static RerankApi of(HubClient client) {
    return new RerankApi(Objects.requireNonNull(client, "client").transport());
  }

  /**
   * Ranks the documents against the query.
   *
   * @throws dev.hubkit.core.ApiException when the hub answers with an error status
   */
  public RerankResponse rerank(RerankRequest request) {
    return rerank(request, RequestOptions.none());
  }

  /** As {@link #rerank(RerankRequest)}, with per-call options. */
  public RerankResponse rerank(RerankRequest request, RequestOptions options) {
    return transport.execute(post(request, options), RESPONSE);
  }

  /** As {@link #rerank(RerankRequest)}, without blocking; cancelling the future cancels the call. */
  public CompletableFuture<RerankResponse> rerankAsync(RerankRequest request) {
    return transport.executeAsync(post(request, RequestOptions.none()), RESPONSE);
  }

  private static HubRequest post(RerankRequest request, RequestOptions options) {
    return HubRequest.postJson(Objects.requireNonNull(request, "request"), "rerank")
        .withOptions(Objects.requireNonNull(options, "options"));
  }
}
