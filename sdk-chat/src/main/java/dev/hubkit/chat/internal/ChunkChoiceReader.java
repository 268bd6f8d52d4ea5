package dev.hubkit.chat.internal;

import static dev.hubkit.chat.internal.ChatKeys.CONTENT;
import static dev.hubkit.chat.internal.ChatKeys.DELTA;
import static dev.hubkit.chat.internal.ChatKeys.FINISH_REASON;
import static dev.hubkit.chat.internal.ChatKeys.INDEX;
import static dev.hubkit.chat.internal.ChatKeys.REASONING;
import static dev.hubkit.chat.internal.ChatKeys.REASONING_CONTENT;
import static dev.hubkit.chat.internal.ChatKeys.REFUSAL;
import static dev.hubkit.chat.internal.ChatKeys.ROLE;
import static dev.hubkit.chat.internal.ChatKeys.TOOL_CALLS;

import dev.hubkit.chat.ChatChunkChoice;
import dev.hubkit.chat.ChatCompletionDelta;
import dev.hubkit.chat.ChatRole;
import dev.hubkit.chat.FinishReason;
import dev.hubkit.chat.ToolCallDelta;
import dev.hubkit.chat.internal.JsonCursor.Unusual;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fast path of {@link ChunkReader} for a chunk's {@code choices}: each choice's index, delta (role, content,
 * reasoning under either name, refusal) and finish reason, with string and null extras such as {@code logprobs}.
 * Tool-call fragments and anything else unusual throw {@link Unusual}, and the chunk goes to Jackson.
 */
final class ChunkChoiceReader {
  static final int CONTENT_MEMBER = 1;
  static final int REASONING_CONTENT_MEMBER = 4;
  static final int REASONING_MEMBER = 8;
  private static final ChatCompletionDelta NO_DELTA = ChatCompletionDelta.builder().build();

  private final JsonCursor json;
  private final WireValues values;
  /**
   * Where the one text piece of the last choices read lies (content, reasoning_content or reasoning: from its first
   * byte to its closing quote), and which it was; -1 when there was none or more than one.
   */
  int textStart;
  int textEnd;
  int textMember;
  /** The last unmodelled key read at each level: the same few names come in every chunk. */
  private String choiceExtraName;
  private String deltaExtraName;

  ChunkChoiceReader(JsonCursor json, WireValues values) {
    this.json = json;
    this.values = values;
  }

  /** Reads the array of choices; nulls in it are skipped, as Jackson's reading skips them. */
  List<ChatChunkChoice> read() throws Unusual {
    textStart = -1;
    List<ChatChunkChoice> choices = Collections.emptyList();
    json.expect('[');
    if (json.tryConsume(']')) {
      return choices;
    }
    do {
      if (!json.tryNull()) {
        ChatChunkChoice choice = choice();
        if (choices.isEmpty()) {
          choices = Collections.singletonList(choice);
        } else {
          choices = new ArrayList<>(choices);
          choices.add(choice);
          textStart = -2;
        }
      }
    } while (json.tryConsume(','));
    json.expect(']');
    return choices;
  }

  private ChatChunkChoice choice() throws Unusual {
    int seen = 0;
    int index = 0;
    ChatCompletionDelta delta = NO_DELTA;
    FinishReason finishReason = null;
    Map<String, Object> extra = Collections.emptyMap();
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(INDEX)) {
        seen = JsonCursor.once(seen, 1);
        if (!json.tryNull()) {
          index = json.intValue();
        }
      } else if (json.keyIs(DELTA)) {
        seen = JsonCursor.once(seen, 2);
        if (!json.tryNull()) {
          delta = delta();
        }
      } else if (json.keyIs(FINISH_REASON)) {
        seen = JsonCursor.once(seen, 4);
        finishReason = json.tryNull() ? null : FinishReason.of(json.string());
      } else {
        String name = choiceExtraName = json.key(choiceExtraName);
        extra = with(extra, name, text());
      }
    }
    return values.choice(index, delta, Optional.ofNullable(finishReason), extra);
  }

  private ChatCompletionDelta delta() throws Unusual {
    int seen = 0;
    ChatRole role = null;
    String content = null;
    String reasoningContent = null;
    String reasoning = null;
    String refusal = null;
    Map<String, Object> extra = Collections.emptyMap();
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(CONTENT)) {
        seen = JsonCursor.once(seen, CONTENT_MEMBER);
        content = piece(CONTENT_MEMBER);
      } else if (json.keyIs(ROLE)) {
        seen = JsonCursor.once(seen, 2);
        role = json.tryNull() ? null : ChatRole.of(json.string());
      } else if (json.keyIs(REASONING_CONTENT)) {
        seen = JsonCursor.once(seen, REASONING_CONTENT_MEMBER);
        reasoningContent = piece(REASONING_CONTENT_MEMBER);
      } else if (json.keyIs(REASONING)) {
        seen = JsonCursor.once(seen, REASONING_MEMBER);
        reasoning = piece(REASONING_MEMBER);
      } else if (json.keyIs(REFUSAL)) {
        seen = JsonCursor.once(seen, 16);
        refusal = text();
      } else if (json.keyIs(TOOL_CALLS)) {
        seen = JsonCursor.once(seen, 32);
        if (!json.tryNull()) {
          throw Unusual.INSTANCE; // tool-call fragments: Jackson reads them
        }
      } else {
        String name = deltaExtraName = json.key(deltaExtraName);
        extra = with(extra, name, text());
      }
    }
    return values.delta(Optional.ofNullable(role), Optional.ofNullable(content),
        Optional.ofNullable(reasoningContent), Optional.ofNullable(reasoning), Collections.<ToolCallDelta>emptyList(),
        Optional.ofNullable(refusal), extra);
  }

  /** A text piece of the delta, string or null, noting where it lies. */
  private String piece(int member) throws Unusual {
    if (json.tryNull()) {
      return null;
    }
    int start = json.position() + 1;
    String text = json.string();
    if (textStart == -1) {
      textStart = start;
      textEnd = json.position() - 1;
      textMember = member;
    } else {
      textStart = -2;
    }
    return text;
  }

  /** A string or null. */
  private String text() throws Unusual {
    return json.tryNull() ? null : json.string();
  }

  /**
   * {@code extra} with one more member, as a new map: a map once built is never changed, so that it may be shared.
   * A repeated key replaces the earlier value in its place, as the values' builders do for Jackson.
   */
  static Map<String, Object> with(Map<String, Object> extra, String name, Object value) {
    if (extra.isEmpty()) {
      return Collections.singletonMap(name, value);
    }
    Map<String, Object> more = new LinkedHashMap<>(extra);
    more.put(name, value);
    return more;
  }
}
