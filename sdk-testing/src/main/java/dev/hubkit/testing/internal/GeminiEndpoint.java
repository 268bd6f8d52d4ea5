package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.GeminiReply;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;

/**
 * Gemini's native routes, {@code POST [/{version}]/models/{model}:{method}} below the prefix: generateContent,
 * streamGenerateContent ({@code alt=sse}), embedContent, batchEmbedContents, countTokens. Errors come in Google's
 * envelope {@code {"error":{code,message,status}}}. Without a scripted reply it echoes the last user text, adds a
 * thought when {@code includeThoughts} is on, and a tiny PNG or a short PCM clip when {@code responseModalities}
 * asks for {@code IMAGE} or {@code AUDIO}; with a {@code responseJsonSchema} it answers JSON following it, and with
 * {@code toolConfig.functionCallingConfig.mode} {@code ANY} a call of the first allowed function, its args following
 * the function's schema. Models: the catalog's, and any {@code gemini-*} name.
 */
final class GeminiEndpoint {
  private static final byte[] PCM = new byte[480];

  private final HubSettings settings;
  private final Queue<GeminiReply> scripted = new ConcurrentLinkedQueue<>();
  private final AtomicLong ids = new AtomicLong();

  GeminiEndpoint(HubSettings settings) {
    this.settings = settings;
  }

  void enqueue(GeminiReply reply) {
    scripted.add(reply);
  }

  /** The {@code model:method} segment of a Gemini route, or null for any other path. */
  static String[] route(String path) {
    String[] segments = path.substring(1).split("/", -1);
    int models = segments.length >= 2 && "models".equals(segments[segments.length - 2]) ? segments.length - 2 : -1;
    if (models < 0 || models > 1) {
      return null;
    }
    String last = segments[segments.length - 1];
    int colon = last.indexOf(':');
    return colon <= 0 || colon == last.length() - 1 ? null
        : new String[] {last.substring(0, colon), last.substring(colon + 1)};
  }

  /** Whether {@code request} is a Gemini stream. */
  static boolean isStreaming(RecordedHubRequest request) {
    String[] route = route(request.path());
    return route != null && "streamGenerateContent".equals(route[1]);
  }

  MockResponse handle(RecordedHubRequest request, Fault streamFault) {
    String[] route = route(request.path());
    if (!request.isJson() || !request.json().isObject()) {
      return error(400, "Invalid JSON payload received.");
    }
    String model = route[0];
    if (!settings.acceptUnknownModels() && !model.startsWith("gemini-") && !settings.models().containsKey(model)) {
      return error(404, "models/" + model + " is not found for API version v1beta, or is not supported for "
          + route[1] + ".");
    }
    JsonNode body = request.json();
    boolean generates = route[1].endsWith("enerateContent");
    if (generates && (!body.path("contents").isArray() || body.path("contents").size() == 0)) {
      return error(400, "* GenerateContentRequest.contents: contents is not specified");
    }
    switch (route[1]) {
      case "generateContent":
        return Wire.json(200, chunks(body, model).whole());
      case "streamGenerateContent":
        if (!"sse".equals(request.queryParameter("alt").orElse(null))) {
          ArrayNode array = Wire.MAPPER.createArrayNode();
          return Wire.json(200, array.add(chunks(body, model).whole()));
        }
        return chunks(body, model).sse(streamFault);
      case "embedContent":
        return Wire.json(200, embedding(body));
      case "batchEmbedContents":
        return batch(body);
      case "countTokens":
        JsonNode contents = body.has("generateContentRequest") ? body.path("generateContentRequest") : body;
        return Wire.json(200, Wire.object().put("totalTokens", words(contents.path("contents"))));
      default:
        return error(404, "Method not found: " + route[1]);
    }
  }

  private GeminiChunks chunks(JsonNode body, String model) {
    JsonNode contents = body.path("contents");
    GeminiReply reply = scripted.poll();
    if (reply == null) {
      reply = echo(body);
    }
    return new GeminiChunks(reply, model, "fakehub-" + ids.incrementAndGet(), words(contents));
  }

  private static GeminiReply echo(JsonNode body) {
    JsonNode contents = body.path("contents");
    String lastUser = "";
    for (JsonNode content : contents) {
      if (!"model".equals(content.path("role").asText())) {
        lastUser = text(content);
      }
    }
    JsonNode config = body.path("generationConfig");
    JsonNode schema = config.path("responseJsonSchema");
    ForcedTool forced = ForcedTool.gemini(body, "Echo: " + lastUser);
    GeminiReply reply = forced != null
        ? GeminiReply.functionCalls(GeminiReply.FunctionCall.of(forced.name, forced.inputJson))
        : GeminiReply.text(schema.isObject() ? SchemaSample.of(schema, "Echo: " + lastUser).toString()
            : "Echo: " + lastUser);
    if (config.path("thinkingConfig").path("includeThoughts").asBoolean(false)) {
      reply = reply.withThought("Thinking about: " + lastUser);
    }
    for (JsonNode modality : config.path("responseModalities")) {
      if ("IMAGE".equals(modality.asText())) {
        reply = reply.withInlineData("image/png", GeneratedBytes.TINY_PNG);
      } else if ("AUDIO".equals(modality.asText())) {
        reply = reply.withInlineData("audio/L16;codec=pcm;rate=24000", PCM);
      }
    }
    return reply;
  }

  private ObjectNode embedding(JsonNode request) {
    int dimensions = request.path("outputDimensionality").asInt(settings.embeddingDimensions());
    ObjectNode body = Wire.object();
    ArrayNode values = body.putObject("embedding").putArray("values");
    for (float value : EmbeddingsEndpoint.vector(text(request.path("content")), dimensions)) {
      values.add(value);
    }
    return body;
  }

  private MockResponse batch(JsonNode body) {
    JsonNode requests = body.path("requests");
    if (!requests.isArray() || requests.size() == 0) {
      return error(400, "* BatchEmbedContentsRequest.requests: at least one request is required");
    }
    ObjectNode reply = Wire.object();
    ArrayNode embeddings = reply.putArray("embeddings");
    for (JsonNode request : requests) {
      if (!request.path("model").asText("").startsWith("models/")) {
        return error(400, "* BatchEmbedContentsRequest.requests[].model: each request names its model");
      }
      embeddings.add(embedding(request).path("embedding"));
    }
    return Wire.json(200, reply);
  }

  private static int words(JsonNode contents) {
    int words = 0;
    for (JsonNode content : contents) {
      words += Pieces.wordCount(text(content));
    }
    return words;
  }

  private static String text(JsonNode content) {
    StringBuilder text = new StringBuilder();
    for (JsonNode part : content.path("parts")) {
      if (part.has("text") && !part.path("thought").asBoolean(false)) {
        text.append(text.length() == 0 ? "" : " ").append(part.path("text").asText());
      }
    }
    return text.toString();
  }

  /** Google's error envelope with the status name for {@code code}. */
  static ObjectNode errorBody(int code, String message) {
    ObjectNode body = Wire.object();
    body.putObject("error").put("code", code).put("message", message).put("status", status(code));
    return body;
  }

  /** A reply of Google's error envelope. */
  static MockResponse error(int code, String message) {
    return Wire.json(code, errorBody(code, message));
  }

  private static String status(int code) {
    switch (code) {
      case 400: return "INVALID_ARGUMENT";
      case 401: return "UNAUTHENTICATED";
      case 403: return "PERMISSION_DENIED";
      case 404: return "NOT_FOUND";
      case 429: return "RESOURCE_EXHAUSTED";
      case 503: return "UNAVAILABLE";
      case 504: return "DEADLINE_EXCEEDED";
      default: return code >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
    }
  }
}
