package dev.hubkit.chat.internal;

import static dev.hubkit.chat.internal.ChatKeys.CHOICES;
import static dev.hubkit.chat.internal.ChatKeys.CONTENT;
import static dev.hubkit.chat.internal.ChatKeys.CREATED;
import static dev.hubkit.chat.internal.ChatKeys.FINISH_REASON;
import static dev.hubkit.chat.internal.ChatKeys.ID;
import static dev.hubkit.chat.internal.ChatKeys.INDEX;
import static dev.hubkit.chat.internal.ChatKeys.MESSAGE;
import static dev.hubkit.chat.internal.ChatKeys.MODEL;
import static dev.hubkit.chat.internal.ChatKeys.OBJECT;
import static dev.hubkit.chat.internal.ChatKeys.REASONING;
import static dev.hubkit.chat.internal.ChatKeys.REASONING_CONTENT;
import static dev.hubkit.chat.internal.ChatKeys.REFUSAL;
import static dev.hubkit.chat.internal.ChatKeys.ROLE;
import static dev.hubkit.chat.internal.ChatKeys.SYSTEM_FINGERPRINT;
import static dev.hubkit.chat.internal.ChatKeys.TOOL_CALLS;
import static dev.hubkit.chat.internal.ChatKeys.USAGE;

import dev.hubkit.chat.ChatChoice;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatCompletionMessage;
import dev.hubkit.chat.ChatRole;
import dev.hubkit.chat.FinishReason;
import dev.hubkit.chat.internal.JsonCursor.Unusual;
import dev.hubkit.core.internal.ResponseReader;
import java.io.IOException;

/**
 * Reads a chat completion reply. The usual shape (text or refusal, role, reasoning under either name, finish
 * reason, usage with its token details, and unmodelled members) is read straight from the body bytes: the reply's
 * own cost next to the generic databind route, which costs about half of HubKit's time per call (see
 * benchmarks/README.md). Simple unmodelled values such as {@code service_tier}, {@code logprobs: null} or
 * {@code annotations: []} are read directly, others (a hub's {@code x_groq} object, citations, logprob objects)
 * by Jackson from their own bytes ({@link JsonCursor#untyped}). Anything else (tool calls, content parts, nulls
 * where numbers belong, escapes in keys, repeated keys, malformed JSON) sends the whole body to Jackson, so values
 * and errors stay Jackson's (see CompletionReaderTest).
 */
public final class CompletionReader implements ResponseReader<ChatCompletion> {
  private static final ResponseReader<ChatCompletion> JACKSON = ResponseReader.json(ChatCompletion.class);

  @Override
  public ChatCompletion read(byte[] body) throws IOException {
    ChatCompletion completion = readUsual(body);
    return completion != null ? completion : JACKSON.read(body);
  }

  /** The completion when the body has the usual shape; null otherwise. */
  static ChatCompletion readUsual(byte[] body) {
    JsonCursor json = new JsonCursor();
    json.reset(body, 0, body.length);
    try {
      return completion(json);
    } catch (Unusual unusual) {
      return null;
    }
  }

  private static ChatCompletion completion(JsonCursor json) throws Unusual {
    ChatCompletion.Builder completion = ChatCompletion.builder();
    int seen = 0;
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(ID)) {
        seen = JsonCursor.once(seen, 1);
        completion.id(json.optionalString());
      } else if (json.keyIs(OBJECT)) {
        seen = JsonCursor.once(seen, 2);
        completion.object(json.optionalString());
      } else if (json.keyIs(CREATED)) {
        seen = JsonCursor.once(seen, 4);
        if (!json.tryNull()) {
          completion.created(json.integer());
        }
      } else if (json.keyIs(MODEL)) {
        seen = JsonCursor.once(seen, 8);
        completion.model(json.optionalString());
      } else if (json.keyIs(SYSTEM_FINGERPRINT)) {
        seen = JsonCursor.once(seen, 16);
        completion.systemFingerprint(json.optionalString());
      } else if (json.keyIs(CHOICES)) {
        seen = JsonCursor.once(seen, 32);
        if (!json.tryNull()) {
          choices(json, completion);
        }
      } else if (json.keyIs(USAGE)) {
        seen = JsonCursor.once(seen, 64);
        if (!json.tryNull()) {
          completion.usage(UsageReader.usage(json));
        }
      } else {
        completion.putExtra(json.key(null), json.untyped());
      }
    }
    if (!json.atEnd()) {
      throw Unusual.INSTANCE;
    }
    return completion.build();
  }

  private static void choices(JsonCursor json, ChatCompletion.Builder completion) throws Unusual {
    json.expect('[');
    if (json.tryConsume(']')) {
      return;
    }
    do {
      completion.addChoice(choice(json));
    } while (json.tryConsume(','));
    json.expect(']');
  }

  private static ChatChoice choice(JsonCursor json) throws Unusual {
    ChatChoice.Builder choice = ChatChoice.builder();
    int seen = 0;
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(INDEX)) {
        seen = JsonCursor.once(seen, 1);
        choice.index(json.intValue());
      } else if (json.keyIs(MESSAGE)) {
        seen = JsonCursor.once(seen, 2);
        choice.message(message(json));
      } else if (json.keyIs(FINISH_REASON)) {
        seen = JsonCursor.once(seen, 4);
        if (!json.tryNull()) {
          choice.finishReason(FinishReason.of(json.string()));
        }
      } else {
        choice.putExtra(json.key(null), json.untyped());
      }
    }
    if ((seen & 2) == 0) {
      throw Unusual.INSTANCE; // a choice without a message fails in Jackson's reading, with its message
    }
    return choice.build();
  }

  private static ChatCompletionMessage message(JsonCursor json) throws Unusual {
    ChatCompletionMessage.Builder message = ChatCompletionMessage.builder();
    int seen = 0;
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(ROLE)) {
        seen = JsonCursor.once(seen, 1);
        message.role(ChatRole.of(json.string()));
      } else if (json.keyIs(CONTENT)) {
        seen = JsonCursor.once(seen, 2);
        message.content(json.optionalString());
      } else if (json.keyIs(REFUSAL)) {
        seen = JsonCursor.once(seen, 4);
        message.refusal(json.optionalString());
      } else if (json.keyIs(REASONING_CONTENT)) {
        seen = JsonCursor.once(seen, 8);
        message.reasoningContent(json.optionalString());
      } else if (json.keyIs(REASONING)) {
        seen = JsonCursor.once(seen, 16);
        message.reasoning(json.optionalString());
      } else if (json.keyIs(TOOL_CALLS)) {
        throw Unusual.INSTANCE; // tool calls: Jackson reads them
      } else {
        message.putExtra(json.key(null), json.untyped());
      }
    }
    return message.build();
  }
}
