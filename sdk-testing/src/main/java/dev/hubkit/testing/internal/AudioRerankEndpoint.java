package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.FakeModel;
import dev.hubkit.testing.MultipartPart;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mockwebserver3.MockResponse;
import okio.Buffer;

/**
 * {@code POST /audio/speech} (deterministic audio bytes, 1 KB per character of input),
 * {@code POST /audio/transcriptions} (a transcript naming the uploaded file, in the format asked for) and
 * {@code POST /rerank} (documents scored by the words they share with the query).
 */
final class AudioRerankEndpoint {
  private final ModelCatalog catalog;

  AudioRerankEndpoint(ModelCatalog catalog) {
    this.catalog = catalog;
  }

  MockResponse speech(RecordedHubRequest request) {
    if (!request.isJson() || !request.json().isObject()) {
      return Wire.invalidJson();
    }
    JsonNode body = request.json();
    MockResponse modelError = catalog.check(body.path("model").asText(null), FakeModel.Type.AUDIO);
    if (modelError != null) {
      return modelError;
    }
    String input = body.path("input").asText("");
    if (input.isEmpty()) {
      return Wire.missingParameter("input");
    }
    String format = body.path("response_format").asText("mp3");
    byte[] audio = new byte[input.length() * 1024];
    for (int i = 0; i < audio.length; i++) {
      audio[i] = (byte) (input.charAt(i % input.length()) + i);
    }
    String type = format.equals("wav") ? "audio/wav" : format.equals("opus") ? "audio/ogg" : "audio/mpeg";
    return new MockResponse.Builder().setHeader("Content-Type", type).body(new Buffer().write(audio)).build();
  }

  MockResponse transcription(RecordedHubRequest request) {
    String model = request.part("model").map(MultipartPart::text).orElse(null);
    MockResponse modelError = catalog.check(model, FakeModel.Type.AUDIO);
    if (modelError != null) {
      return modelError;
    }
    MultipartPart file = request.part("file").orElse(null);
    if (file == null) {
      return Wire.badRequest("missing_input", "Upload the audio as the multipart part 'file'");
    }
    String text = "Transcript of " + file.filename().orElse("audio") + " (" + file.bytes().length + " bytes).";
    String format = request.part("response_format").map(MultipartPart::text).orElse("json");
    switch (format) {
      case "text":
        return plain("text/plain", text);
      case "srt":
        return plain("text/plain", "1\n00:00:00,000 --> 00:00:02,000\n" + text + "\n");
      case "vtt":
        return plain("text/vtt", "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n" + text + "\n");
      case "verbose_json":
        return Wire.json(200, verbose(request, text));
      default:
        ObjectNode reply = Wire.object().put("text", text);
        reply.putObject("usage").put("type", "tokens").put("input_tokens", file.bytes().length / 100 + 1)
            .put("output_tokens", text.split(" ").length);
        return Wire.json(200, reply);
    }
  }

  private static ObjectNode verbose(RecordedHubRequest request, String text) {
    ObjectNode reply = Wire.object().put("task", "transcribe").put("language", "english").put("duration", 2.0)
        .put("text", text);
    Set<String> granularities = new HashSet<>();
    for (MultipartPart part : request.parts()) {
      if (part.name().equals("timestamp_granularities[]")) {
        granularities.add(part.text());
      }
    }
    if (granularities.isEmpty() || granularities.contains("segment")) {
      reply.putArray("segments").addObject().put("id", 0).put("start", 0.0).put("end", 2.0).put("text", text);
    }
    if (granularities.contains("word")) {
      ArrayNode words = reply.putArray("words");
      String[] split = text.split(" ");
      for (int i = 0; i < split.length; i++) {
        words.addObject().put("word", split[i]).put("start", 2.0 * i / split.length)
            .put("end", 2.0 * (i + 1) / split.length);
      }
    }
    return reply;
  }

  MockResponse rerank(RecordedHubRequest request) {
    if (!request.isJson() || !request.json().isObject()) {
      return Wire.invalidJson();
    }
    JsonNode body = request.json();
    MockResponse modelError = catalog.check(body.path("model").asText(null), FakeModel.Type.RERANK);
    if (modelError != null) {
      return modelError;
    }
    JsonNode documents = body.path("documents");
    if (!documents.isArray() || documents.size() == 0) {
      return Wire.missingParameter("documents");
    }
    Set<String> query = words(body.path("query").asText(""));
    List<ObjectNode> results = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      String document = documents.get(i).isTextual() ? documents.get(i).asText() : documents.get(i).path("text").asText();
      Set<String> shared = words(document);
      shared.retainAll(query);
      double score = query.isEmpty() ? 0 : (double) shared.size() / query.size();
      ObjectNode result = Wire.object().put("index", i).put("relevance_score", score);
      if (body.path("return_documents").asBoolean(false)) {
        result.putObject("document").put("text", document);
      }
      results.add(result);
    }
    results.sort((a, b) -> Double.compare(b.get("relevance_score").asDouble(), a.get("relevance_score").asDouble()));
    int topN = body.path("top_n").asInt(results.size());
    ObjectNode reply = Wire.object().put("id", "rerank-fakehub").put("model", body.path("model").asText());
    ArrayNode array = reply.putArray("results");
    results.stream().limit(Math.max(0, topN)).forEach(array::add);
    reply.putObject("usage").put("total_tokens", documents.size() * 10);
    return Wire.json(200, reply);
  }

  private static Set<String> words(String text) {
    return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim()
        .split("\\s+")));
  }

  private static MockResponse plain(String type, String text) {
    return new MockResponse.Builder().setHeader("Content-Type", type + "; charset=utf-8").body(text).build();
  }
}
