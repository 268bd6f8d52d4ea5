package dev.hubkit.core;

import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.ResponseReader;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Lists the models a hub serves: {@code GET {base}/models} and {@code GET {base}/models/{id}}. Thread-safe. */
public final class ModelsApi {
  private static final ResponseReader<ModelList> LIST = ResponseReader.json(ModelList.class);
  private static final ResponseReader<HubModel> MODEL = ResponseReader.json(HubModel.class);

  private final HubTransport transport;

  private ModelsApi(HubTransport transport) {
    this.transport = transport;
  }

  /**
   * The models API of {@code client}.
   *
   * @param client the client whose transport, key and default options the calls use
   * @return the API; cheap to create, safe to share between threads
   */
  public static ModelsApi of(HubClient client) {
    return new ModelsApi(client.transport());
  }

  /**
   * Every model the hub lists.
   *
   * @return the list, in the hub's order
   * @throws ApiException when the hub answers with an error status
   * @throws HubConnectionException when the hub cannot be reached
   */
  public ModelList list() {
    return list(RequestOptions.none());
  }

  /**
   * As {@link #list()}, with per-call options.
   *
   * @param options the call's options, layered over the client's defaults
   * @return the list, in the hub's order
   */
  public ModelList list(RequestOptions options) {
    return transport.execute(HubRequest.get("models").withOptions(options), LIST);
  }

  /**
   * The listed models of one type (hubs that report {@code type}, such as CHMU Hub).
   *
   * @param type the type to keep
   * @return the models of that type, in the hub's order; empty when the hub reports no types
   */
  public List<HubModel> list(ModelType type) {
    return list().ofType(type);
  }

  /**
   * As {@link #list()}, without blocking: completes on OkHttp's dispatcher.
   *
   * @return the list, once the hub answered; fails with the exceptions {@link #list()} throws
   */
  public CompletableFuture<ModelList> listAsync() {
    return listAsync(RequestOptions.none());
  }

  /**
   * As {@link #listAsync()}, with per-call options.
   *
   * @param options the call's options, e.g. a reply listener ({@link RequestOptions.Builder#onReply})
   * @return the list, once the hub answered
   */
  public CompletableFuture<ModelList> listAsync(RequestOptions options) {
    return transport.executeAsync(HubRequest.get("models").withOptions(options), LIST);
  }

  /**
   * One model by id; not every hub serves this path.
   *
   * @param id the model's id, e.g. {@code gpt-4o-mini}
   * @return the model
   * @throws NotFoundException when the hub knows no such model (or does not serve the path)
   */
  public HubModel retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /**
   * As {@link #retrieve(String)}, with per-call options.
   *
   * @param id the model's id
   * @param options the call's options
   * @return the model
   * @throws NotFoundException when the hub knows no such model (or does not serve the path)
   */
  public HubModel retrieve(String id, RequestOptions options) {
    return transport.execute(HubRequest.get("models", id).withOptions(options), MODEL);
  }

  /**
   * As {@link #retrieve(String)}, without blocking.
   *
   * @param id the model's id
   * @return the model, once the hub answered; fails with the exceptions {@link #retrieve(String)} throws
   */
  public CompletableFuture<HubModel> retrieveAsync(String id) {
    return retrieveAsync(id, RequestOptions.none());
  }

  /**
   * As {@link #retrieveAsync(String)}, with per-call options.
   *
   * @param id the model's id
   * @param options the call's options
   * @return the model, once the hub answered
   */
  public CompletableFuture<HubModel> retrieveAsync(String id, RequestOptions options) {
    return transport.executeAsync(HubRequest.get("models", id).withOptions(options), MODEL);
  }
}
