package dev.hubkit.chat.responses.internal;

import dev.hubkit.chat.internal.StreamFlaggedBody;
import dev.hubkit.chat.responses.InputItemPage;
import dev.hubkit.chat.responses.InputItemsQuery;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.ResponseReader;
import java.util.Collections;
import java.util.Objects;

/** The requests of the Responses API's endpoints and the readers of their replies. */
public final class ResponseCalls {
  /** Reads a response object. */
  public static final ResponseReader<Response> RESPONSE = ResponseReader.json(Response.class);
  /** Reads a page of input items. */
  public static final ResponseReader<InputItemPage> ITEMS = ResponseReader.json(InputItemPage.class);
  /** A deletion's answer, {@code {"id":...,"object":"response.deleted","deleted":true}}; an empty body is a yes. */
  public static final ResponseReader<Boolean> DELETED =
      body -> body.length == 0 || Json.mapper().readTree(body).path("deleted").asBoolean(true);

  private ResponseCalls() {}

  /**
   * @param request the body
   * @param stream the {@code stream} flag written after the request's fields
   * @param options per-call options, which must not set {@code stream}
   * @return {@code POST /responses}
   * @throws IllegalArgumentException when the options set the body field {@code stream}
   */
  public static HubRequest create(ResponseRequest request, boolean stream, RequestOptions options) {
    if (Objects.requireNonNull(options, "options").extraBody().containsKey("stream")) {
      throw new IllegalArgumentException("RequestOptions must not set the body field 'stream': ResponsesApi writes"
          + " it (false for create, true for stream); call the method you want instead");
    }
    return HubRequest.postJson(new StreamFlaggedBody(Objects.requireNonNull(request, "request"), stream),
        "responses").withOptions(options);
  }

  /**
   * @param request the request
   * @param model the model to ask instead
   * @return the request with {@code model}
   */
  public static ResponseRequest withModel(ResponseRequest request, String model) {
    return model.equals(request.model()) ? request : ResponseRequest.builder().from(request).model(model).build();
  }

  /**
   * @param responseId a stored response's id
   * @param options per-call options
   * @return {@code GET /responses/{id}}
   */
  public static HubRequest retrieve(String responseId, RequestOptions options) {
    return HubRequest.get("responses", id(responseId)).withOptions(options);
  }

  /**
   * @param responseId a stored response's id
   * @param options per-call options
   * @return {@code DELETE /responses/{id}}
   */
  public static HubRequest delete(String responseId, RequestOptions options) {
    return HubRequest.delete("responses", id(responseId)).withOptions(options);
  }

  /**
   * @param responseId a background response's id
   * @param options per-call options
   * @return {@code POST /responses/{id}/cancel} with an empty object
   */
  public static HubRequest cancel(String responseId, RequestOptions options) {
    return HubRequest.postJson(Collections.emptyMap(), "responses", id(responseId), "cancel").withOptions(options);
  }

  /**
   * @param responseId a stored response's id
   * @param query the page's cursor, size and order
   * @param options per-call options
   * @return {@code GET /responses/{id}/input_items?after=&limit=&order=}
   */
  public static HubRequest inputItems(String responseId, InputItemsQuery query, RequestOptions options) {
    return HubRequest.get("responses", id(responseId), "input_items")
        .withQuery("after", query.after().orElse(null))
        .withQuery("limit", query.limit().orElse(null))
        .withQuery("order", query.order().orElse(null))
        .withQueryValues("include[]", query.include()) // the form OpenAI's SDKs send
        .withOptions(options);
  }

  /**
   * @param responseId an id from the caller
   * @return the id
   * @throws IllegalArgumentException when it is null or blank
   */
  public static String id(String responseId) {
    if (responseId == null || responseId.trim().isEmpty()) {
      throw new IllegalArgumentException("a response id must not be blank: pass the id() of a stored response");
    }
    return responseId;
  }
}
