package dev.hubkit.gemini.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hubkit.core.internal.Json;
import dev.hubkit.gemini.Candidate;
import dev.hubkit.gemini.Content;
import dev.hubkit.gemini.FinishReason;
import dev.hubkit.gemini.GenerateContentResponse;
import dev.hubkit.gemini.Part;
import dev.hubkit.gemini.UsageMetadata;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads the usual stream chunk straight off Jackson's token stream, without data binding: candidates whose
 * content holds text parts ({@code text}, {@code thought}, {@code thoughtSignature}) and a role, with
 * {@code finishReason} and {@code index}; {@code usageMetadata} of plain counts; {@code modelVersion} and
 * {@code responseId}. The usage, model version and response id usually repeat from chunk to chunk: equal ones are
 * the previous chunk's values. Any other member, type or shape (function calls, inline data, safety ratings, an
 * error) gives null, and the chunk is read by data binding instead, into the same values. One per stream.
 */
final class FastChunkReader {
  private static final JsonFactory FACTORY = Json.mapper().getFactory();

  private UsageMetadata lastUsage;
  private String lastModelVersion;
  private String lastResponseId;
  private final int[] counts = new int[6];

  /** The chunk, or null when it is not of the usual shape. */
  GenerateContentResponse read(byte[] data, int offset, int length) throws IOException {
    try (JsonParser json = FACTORY.createParser(data, offset, length)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      GenerateContentResponse.Builder chunk = GenerateContentResponse.builder();
      for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
        if (token != JsonToken.FIELD_NAME) {
          return null;
        }
        String name = json.getCurrentName();
        JsonToken value = json.nextToken();
        if ("candidates".equals(name) && value == JsonToken.START_ARRAY) {
          for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
            Candidate candidate = element == JsonToken.START_OBJECT ? candidate(json) : null;
            if (candidate == null) {
              return null;
            }
            chunk.addCandidate(candidate);
          }
        } else if ("usageMetadata".equals(name) && value == JsonToken.START_OBJECT) {
          UsageMetadata usage = usage(json);
          if (usage == null) {
            return null;
          }
          chunk.usageMetadata(usage);
        } else if ("modelVersion".equals(name) && value == JsonToken.VALUE_STRING) {
          lastModelVersion = repeated(json, lastModelVersion);
          chunk.modelVersion(lastModelVersion);
        } else if ("responseId".equals(name) && value == JsonToken.VALUE_STRING) {
          lastResponseId = repeated(json, lastResponseId);
          chunk.responseId(lastResponseId);
        } else {
          return null;
        }
      }
      return json.nextToken() == null ? chunk.build() : null;
    }
  }

  private static Candidate candidate(JsonParser json) throws IOException {
    Candidate.Builder candidate = Candidate.builder();
    for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
      String name = json.getCurrentName();
      JsonToken value = json.nextToken();
      if ("content".equals(name) && value == JsonToken.START_OBJECT) {
        Content content = content(json);
        if (content == null) {
          return null;
        }
        candidate.content(content);
      } else if ("finishReason".equals(name) && value == JsonToken.VALUE_STRING) {
        candidate.finishReason(FinishReason.of(json.getText()));
      } else if ("index".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
        candidate.index(json.getIntValue());
      } else {
        return null;
      }
    }
    return candidate.build();
  }

  private static Content content(JsonParser json) throws IOException {
    Content.Builder content = Content.builder();
    for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
      String name = json.getCurrentName();
      JsonToken value = json.nextToken();
      if ("parts".equals(name) && value == JsonToken.START_ARRAY) {
        for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
          Part part = element == JsonToken.START_OBJECT ? textPart(json) : null;
          if (part == null) {
            return null;
          }
          content.addPart(part);
        }
      } else if ("role".equals(name) && value == JsonToken.VALUE_STRING) {
        content.role("model".equals(json.getText()) ? "model" : json.getText());
      } else {
        return null;
      }
    }
    return content.build();
  }

  private static Part textPart(JsonParser json) throws IOException {
    Part.Builder part = Part.builder();
    boolean text = false;
    for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
      String name = json.getCurrentName();
      JsonToken value = json.nextToken();
      if ("text".equals(name) && value == JsonToken.VALUE_STRING) {
        part.text(json.getText());
        text = true;
      } else if ("thought".equals(name) && value.isBoolean()) {
        part.thought(value == JsonToken.VALUE_TRUE);
      } else if ("thoughtSignature".equals(name) && value == JsonToken.VALUE_STRING) {
        part.thoughtSignature(json.getText());
      } else {
        return null;
      }
    }
    return text ? part.build() : null;
  }

  private UsageMetadata usage(JsonParser json) throws IOException {
    Arrays.fill(counts, 0);
    int seen = 0;
    for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
      String name = json.getCurrentName();
      if (json.nextToken() != JsonToken.VALUE_NUMBER_INT) {
        return null;
      }
      int slot = slot(name);
      if (slot < 0 || (seen & (1 << slot)) != 0) {
        return null; // another member (a details list), or a repeated one: data binding decides
      }
      seen |= 1 << slot;
      counts[slot] = json.getIntValue();
    }
    if (lastUsage != null && lastUsage.extra().isEmpty() && lastUsage.promptTokenCount() == count(0)
        && lastUsage.candidatesTokenCount() == count(1) && lastUsage.thoughtsTokenCount() == count(2)
        && lastUsage.cachedContentTokenCount() == count(3) && lastUsage.toolUsePromptTokenCount() == count(4)
        && lastUsage.totalTokenCount() == count(5)) {
      return lastUsage;
    }
    lastUsage = UsageMetadata.builder().promptTokenCount(count(0)).candidatesTokenCount(count(1))
        .thoughtsTokenCount(count(2)).cachedContentTokenCount(count(3)).toolUsePromptTokenCount(count(4))
        .totalTokenCount(count(5)).build();
    return lastUsage;
  }

  private int count(int slot) {
    return counts[slot];
  }

  private static int slot(String name) {
    switch (name) {
      case "promptTokenCount": return 0;
      case "candidatesTokenCount": return 1;
      case "thoughtsTokenCount": return 2;
      case "cachedContentTokenCount": return 3;
      case "toolUsePromptTokenCount": return 4;
      case "totalTokenCount": return 5;
      default: return -1;
    }
  }

  /** The string value, or {@code last} itself when it spells the same. */
  private static String repeated(JsonParser json, String last) throws IOException {
    if (last != null && last.length() == json.getTextLength()) {
      char[] chars = json.getTextCharacters();
      int start = json.getTextOffset();
      boolean same = true;
      for (int i = 0; i < last.length() && same; i++) {
        same = chars[start + i] == last.charAt(i);
      }
      if (same) {
        return last;
      }
    }
    return json.getText();
  }
}
