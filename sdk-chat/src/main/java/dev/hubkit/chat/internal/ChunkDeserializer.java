package dev.hubkit.chat.internal;

import dev.hubkit.chat.ChatChunkChoice;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatCompletionDelta;
import dev.hubkit.chat.ChatRole;
import dev.hubkit.chat.FinishReason;
import dev.hubkit.chat.ToolCallDelta;
import dev.hubkit.chat.Usage;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a stream chunk straight from the parser's tokens into the values' builders. Streams deliver thousands of
 * chunks a second, and the generic Immutables-and-databind route allocates about twice what the chunk needs (see
 * benchmarks/README.md); this keeps the same tolerance: unknown fields go to {@code extra()}, nulls and missing
 * fields read as absent or empty, content sent as parts reads as its text.
 */
public final class ChunkDeserializer extends StdDeserializer<ChatCompletionChunk> {
  private static final long serialVersionUID = 1L;
  private static final TextContentDeserializer CONTENT = new TextContentDeserializer();
  private static final String[] CHUNK_FIELDS = {
    "id", "object", "created", "model", "choices", "usage", "system_fingerprint"
  };
  private static final String[] DELTA_FIELDS = {
    "role", "content", "reasoning_content", "reasoning", "refusal", "tool_calls"
  };

  /** The deserializer Jackson creates for {@link ChatCompletionChunk}. */
  public ChunkDeserializer() {
    super(ChatCompletionChunk.class);
  }

  @Override
  public ChatCompletionChunk deserialize(JsonParser p, DeserializationContext context) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (ChatCompletionChunk) context.handleUnexpectedToken(ChatCompletionChunk.class, p);
    }
    ChatCompletionChunk.Builder chunk = ChatCompletionChunk.builder();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      if (token == JsonToken.VALUE_NULL && !isExtra(field, CHUNK_FIELDS)) {
        continue;
      }
      switch (field) {
        case "id":
          chunk.id(RepeatedStrings.read(p, context, RepeatedStrings.ID));
          break;
        case "object":
          chunk.object(RepeatedStrings.read(p, context, RepeatedStrings.OBJECT));
          break;
        case "model":
          chunk.model(RepeatedStrings.read(p, context, RepeatedStrings.MODEL));
          break;
        case "system_fingerprint":
          chunk.systemFingerprint(RepeatedStrings.read(p, context, RepeatedStrings.FINGERPRINT));
          break;
        case "created":
          chunk.created(scalar(p, context).getValueAsLong());
          break;
        case "choices":
          readChoices(p, context, chunk);
          break;
        case "usage":
          chunk.usage(context.readValue(p, Usage.class));
          break;
        default:
          chunk.putExtra(field, token == JsonToken.VALUE_STRING
              ? RepeatedStrings.readExtra(p, context, field) : extraValue(p, context, token));
      }
    }
    return chunk.build();
  }

  private static void readChoices(JsonParser p, DeserializationContext context,
      ChatCompletionChunk.Builder chunk) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      context.handleUnexpectedToken(ChatChunkChoice.class, p);
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.START_OBJECT) {
        chunk.addChoice(readChoice(p, context));
      } else {
        p.skipChildren();
      }
    }
  }

  private static ChatChunkChoice readChoice(JsonParser p, DeserializationContext context) throws IOException {
    ChatChunkChoice.Builder choice = ChatChunkChoice.builder();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      switch (field) {
        case "index":
          if (token != JsonToken.VALUE_NULL) {
            choice.index(scalar(p, context).getValueAsInt());
          }
          break;
        case "delta":
          if (token == JsonToken.START_OBJECT) {
            choice.delta(readDelta(p, context));
          } else {
            p.skipChildren();
          }
          break;
        case "finish_reason":
          if (token != JsonToken.VALUE_NULL) {
            choice.finishReason(FinishReason.of(text(p, context)));
          }
          break;
        default:
          choice.putExtra(field, extraValue(p, context, token));
      }
    }
    return choice.build();
  }

  private static ChatCompletionDelta readDelta(JsonParser p, DeserializationContext context) throws IOException {
    ChatCompletionDelta.Builder delta = ChatCompletionDelta.builder();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      if (token == JsonToken.VALUE_NULL && !isExtra(field, DELTA_FIELDS)) {
        continue;
      }
      switch (field) {
        case "role":
          delta.role(ChatRole.of(text(p, context)));
          break;
        case "content":
          delta.content(token == JsonToken.VALUE_STRING ? p.getText() : CONTENT.deserialize(p, context));
          break;
        case "reasoning_content":
          delta.reasoningContent(text(p, context));
          break;
        case "reasoning":
          delta.reasoning(text(p, context));
          break;
        case "refusal":
          delta.refusal(text(p, context));
          break;
        case "tool_calls":
          readToolCalls(p, context, delta);
          break;
        default:
          delta.putExtra(field, extraValue(p, context, token));
      }
    }
    return delta.build();
  }

  private static void readToolCalls(JsonParser p, DeserializationContext context,
      ChatCompletionDelta.Builder delta) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      context.handleUnexpectedToken(ToolCallDelta.class, p);
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      delta.addToolCall(context.readValue(p, ToolCallDelta.class));
    }
  }

  /**
   * An unmodelled field's value as untyped databind reads it. Strings and nulls, the usual case on every chunk
   * ({@code "service_tier": "default"}, {@code "logprobs": null}), are read directly: looking up the untyped
   * deserializer per value costs about a tenth of a chunk's decoding time.
   */
  private static Object extraValue(JsonParser p, DeserializationContext context, JsonToken token)
      throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return context.readValue(p, Object.class);
  }

  /**
   * A text field's value: a string, or a number or boolean as its text; an object or array there fails as a
   * mismatched input instead of reading as a missing value.
   */
  static String text(JsonParser p, DeserializationContext context) throws IOException {
    String text = p.getValueAsString();
    return text != null ? text : (String) context.handleUnexpectedToken(String.class, p);
  }

  /** The parser, at a number, string or boolean; an object or array there fails as a mismatched input. */
  private static JsonParser scalar(JsonParser p, DeserializationContext context) throws IOException {
    if (p.currentToken().isStructStart()) {
      context.handleUnexpectedToken(Number.class, p);
    }
    return p;
  }

  /** True when {@code field} is none of the modelled {@code names}: its null is kept in {@code extra()}. */
  private static boolean isExtra(String field, String[] names) {
    for (String name : names) {
      if (name.equals(field)) {
        return false;
      }
    }
    return true;
  }
}
