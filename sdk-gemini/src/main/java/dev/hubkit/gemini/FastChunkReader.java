package dev.hubkit.gemini;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hubkit.core.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the usual stream chunk straight off Jackson's token stream, without data binding: candidates whose
 * content holds text parts ({@code text}, {@code thought}, {@code thoughtSignature}) and a role, with
 * {@code finishReason} and {@code index}; {@code usageMetadata} of plain counts; {@code modelVersion} and
 * {@code responseId}. The usage, model version and response id usually repeat from chunk to chunk: equal ones are
 * the previous chunk's values. Any other member, type or shape (function calls, inline data, safety ratings, an
 * error) gives null, and the chunk is read by data binding instead, into the same values. One per stream.
 *
 * <p>Most chunks of a stream differ from the one before only in their one text piece: a chunk whose bytes are the
 * previous one-part chunk's bytes with other plain ASCII text between the quotes is that chunk with the new text
 * ({@link Template}), without parsing it.
 */
final class FastChunkReader {
  private static final JsonFactory FACTORY = Json.mapper().getFactory();

  private UsageMetadata lastUsage;
  private String lastModelVersion;
  private String lastResponseId;
  private final int[] counts = new int[6];

  private Template template;

  /** The chunk, or null when it is not of the usual shape. */
  GenerateContentResponse read(byte[] data, int offset, int length) throws IOException {
    if (template != null) {
      GenerateContentResponse same = template.read(data, offset, length);
      if (same != null) {
        return same;
      }
    }
    GenerateContentResponse chunk = parse(data, offset, length);
    template = chunk == null ? null : Template.of(chunk, data, offset, length);
    return chunk;
  }

  private GenerateContentResponse parse(byte[] data, int offset, int length) throws IOException {
    try (JsonParser json = FACTORY.createParser(data, offset, length)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      GenerateContentResponse.Builder chunk = GenerateContentResponse.builder();
      for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
        if (token != JsonToken.FIELD_NAME) {
          return null;
        }
        String name = json.currentName();
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
      String name = json.currentName();
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
      String name = json.currentName();
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
      String name = json.currentName();
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
      String name = json.currentName();
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

  /** A one-part chunk's bytes before and after its text, and its value. */
  static final class Template {
    private final byte[] before;
    private final byte[] after;
    private final ImmutableGenerateContentResponse chunk;
    private final ImmutableCandidate candidate;
    private final ImmutableContent content;
    private final ImmutablePart part;

    private Template(byte[] before, byte[] after, GenerateContentResponse chunk) {
      this.before = before;
      this.after = after;
      this.chunk = (ImmutableGenerateContentResponse) chunk;
      this.candidate = (ImmutableCandidate) chunk.candidates().get(0);
      this.content = (ImmutableContent) candidate.content().get();
      this.part = (ImmutablePart) content.parts().get(0);
    }

    /** The template of {@code chunk} read from these bytes, or null when it has not one text part in ASCII. */
    static Template of(GenerateContentResponse chunk, byte[] data, int offset, int length) {
      if (chunk.candidates().size() != 1 || chunk.parts().size() != 1
          || !(chunk instanceof ImmutableGenerateContentResponse)) {
        return null;
      }
      byte[] text = chunk.parts().get(0).text().get().getBytes(StandardCharsets.UTF_8);
      int start = indexOfQuoted(data, offset, offset + length, text);
      if (start < 0 || indexOfQuoted(data, start + text.length, offset + length, text) >= 0) {
        return null; // absent as it is (escapes, non-ASCII), or there twice: which one is the text is unclear
      }
      return new Template(Arrays.copyOfRange(data, offset, start),
          Arrays.copyOfRange(data, start + text.length, offset + length), chunk);
    }

    /** The chunk with the text these bytes carry, or null when they differ elsewhere. */
    GenerateContentResponse read(byte[] data, int offset, int length) {
      int end = offset + length;
      int textStart = offset + before.length;
      int textEnd = end - after.length;
      if (textEnd < textStart || !equal(data, offset, before) || !equal(data, textEnd, after)) {
        return null;
      }
      for (int i = textStart; i < textEnd; i++) {
        byte b = data[i];
        if (b < 0x20 || b == '"' || b == '\\') { // non-ASCII (negative), control, quote, escape: parse it
          return null;
        }
      }
      String text = new String(data, textStart, textEnd - textStart, StandardCharsets.US_ASCII);
      return chunk.withCandidates(candidate.withContent(content.withParts(part.withText(text))));
    }

    /** Where {@code text} (plain ASCII) stands between quotes in {@code data[from, to)}, or -1. */
    private static int indexOfQuoted(byte[] data, int from, int to, byte[] text) {
      for (byte b : text) {
        if (b < 0x20 || b == '"' || b == '\\') {
          return -1;
        }
      }
      for (int i = from + 1; i + text.length < to; i++) {
        if (data[i - 1] == '"' && data[i + text.length] == '"' && equal(data, i, text)) {
          return i;
        }
      }
      return -1;
    }

    private static boolean equal(byte[] data, int at, byte[] expected) {
      for (int i = 0; i < expected.length; i++) {
        if (data[at + i] != expected[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
