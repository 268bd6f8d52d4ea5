package dev.hubkit.gemini.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.Json;
import dev.hubkit.gemini.EmbedContentRequest;
import dev.hubkit.gemini.GenerateContentRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP calls of the Gemini API below the hub's base URL: {@code [{version}/]models/{model}:{method}}, the
 * colon kept as it is (OkHttp leaves it unescaped in a path segment), and the key sent as a Bearer token or bare
 * in {@code keyHeader}. Immutable.
 */
public final class GeminiCalls {
  private final String apiVersion;
  private final String keyHeader;

  /**
   * @param apiVersion the version segment, such as {@code v1beta}, or {@code ""} for none
   * @param keyHeader the header for the bare key, such as {@code x-goog-api-key}, or null for Bearer
   */
  public GeminiCalls(String apiVersion, String keyHeader) {
    this.apiVersion = apiVersion;
    this.keyHeader = keyHeader;
  }

  /**
   * {@code POST models/{model}:generateContent}.
   *
   * @param model the model
   * @param request the body
   * @param options the call's options
   * @return the call
   */
  public HubRequest generate(String model, GenerateContentRequest request, RequestOptions options) {
    return post(Objects.requireNonNull(request, "request"), model, "generateContent", options);
  }

  /**
   * {@code POST models/{model}:streamGenerateContent?alt=sse}.
   *
   * @param model the model
   * @param request the body
   * @param options the call's options
   * @return the call
   */
  public HubRequest stream(String model, GenerateContentRequest request, RequestOptions options) {
    return post(Objects.requireNonNull(request, "request"), model, "streamGenerateContent", options)
        .withQuery("alt", "sse");
  }

  /**
   * {@code POST models/{model}:embedContent}.
   *
   * @param model the model
   * @param request the body
   * @param options the call's options
   * @return the call
   */
  public HubRequest embed(String model, EmbedContentRequest request, RequestOptions options) {
    return post(Objects.requireNonNull(request, "request"), model, "embedContent", options);
  }

  /**
   * {@code POST models/{model}:batchEmbedContents} of {@code {"requests":[{"model":"models/...", ...}]}}.
   *
   * @param model the model
   * @param requests the texts to embed
   * @param options the call's options
   * @return the call
   */
  public HubRequest embedBatch(String model, List<EmbedContentRequest> requests, RequestOptions options) {
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("batchEmbedContents needs at least one EmbedContentRequest");
    }
    ObjectNode body = Json.mapper().createObjectNode();
    ArrayNode entries = body.putArray("requests");
    for (EmbedContentRequest request : requests) {
      ObjectNode entry = entries.addObject();
      entry.put("model", resourceName(model));
      entry.setAll((ObjectNode) Json.mapper().valueToTree(Objects.requireNonNull(request, "request")));
    }
    return post(body, model, "batchEmbedContents", options);
  }

  /**
   * {@code POST models/{model}:countTokens}: {@code {"contents": [...]}} for a request of contents only, else
   * {@code {"generateContentRequest": {...}}} so that its system instruction and tools count too.
   *
   * @param model the model
   * @param request the request to count
   * @param options the call's options
   * @return the call
   */
  public HubRequest countTokens(String model, GenerateContentRequest request, RequestOptions options) {
    ObjectNode generate = Json.mapper().valueToTree(Objects.requireNonNull(request, "request"));
    ObjectNode body = Json.mapper().createObjectNode();
    if (generate.size() == 1) {
      body.setAll(generate);
    } else {
      ObjectNode nested = body.putObject("generateContentRequest");
      nested.put("model", resourceName(model));
      nested.setAll(generate);
    }
    return post(body, model, "countTokens", options);
  }

  private HubRequest post(Object body, String model, String method, RequestOptions options) {
    List<String> segments = new ArrayList<>();
    if (!apiVersion.isEmpty()) {
      segments.add(apiVersion);
    }
    String name = resourceName(model);
    segments.addAll(Arrays.asList(name.split("/", -1)));
    int last = segments.size() - 1;
    segments.set(last, segments.get(last) + ":" + method);
    HubRequest request = HubRequest.postJson(body, segments.toArray(new String[0]))
        .withOptions(Objects.requireNonNull(options, "options"));
    return keyHeader == null ? request : request.withApiKeyHeader(keyHeader);
  }

  /**
   * {@code models/gemini-2.5-flash} for {@code gemini-2.5-flash}; a name with a collection ({@code models/x},
   * {@code tunedModels/y}) as it is.
   */
  static String resourceName(String model) {
    if (model == null || model.trim().isEmpty()) {
      throw new IllegalArgumentException("the model must not be blank, e.g. \"gemini-2.5-flash\"");
    }
    String name = model.trim();
    if (name.contains(":") || name.endsWith("/") || name.startsWith("/") || name.contains("//")) {
      throw new IllegalArgumentException("not a Gemini model name: '" + model + "' (use e.g. \"gemini-2.5-flash\""
          + " or \"models/gemini-2.5-flash\"; GeminiApi adds the :method)");
    }
    return name.contains("/") ? name : "models/" + name;
  }
}
