package dev.hubkit.chat;

import dev.hubkit.chat.CompletionReader.Seen;
import dev.hubkit.chat.internal.JsonCursor;
import dev.hubkit.chat.internal.JsonCursor.Unusual;

/** The fast path of {@link CompletionReader} for {@code usage} and its token details. */
final class UsageReader {
  private static final byte[] PROMPT_TOKENS = JsonCursor.name("prompt_tokens");
  private static final byte[] COMPLETION_TOKENS = JsonCursor.name("completion_tokens");
  private static final byte[] TOTAL_TOKENS = JsonCursor.name("total_tokens");
  private static final byte[] PROMPT_TOKENS_DETAILS = JsonCursor.name("prompt_tokens_details");
  private static final byte[] COMPLETION_TOKENS_DETAILS = JsonCursor.name("completion_tokens_details");
  private static final byte[] CACHED_TOKENS = JsonCursor.name("cached_tokens");
  private static final byte[] AUDIO_TOKENS = JsonCursor.name("audio_tokens");
  private static final byte[] REASONING_TOKENS = JsonCursor.name("reasoning_tokens");
  private static final byte[] ACCEPTED_PREDICTION_TOKENS = JsonCursor.name("accepted_prediction_tokens");
  private static final byte[] REJECTED_PREDICTION_TOKENS = JsonCursor.name("rejected_prediction_tokens");

  private UsageReader() {}

  static Usage usage(JsonCursor json) throws Unusual {
    Usage.Builder usage = Usage.builder();
    Seen seen = new Seen();
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(PROMPT_TOKENS)) {
        seen.once(0);
        usage.promptTokens(intValue(json));
      } else if (json.keyIs(COMPLETION_TOKENS)) {
        seen.once(1);
        usage.completionTokens(intValue(json));
      } else if (json.keyIs(TOTAL_TOKENS)) {
        seen.once(2);
        usage.totalTokens(intValue(json));
      } else if (json.keyIs(PROMPT_TOKENS_DETAILS)) {
        seen.once(3);
        if (!json.tryNull()) {
          usage.promptTokensDetails(promptDetails(json));
        }
      } else if (json.keyIs(COMPLETION_TOKENS_DETAILS)) {
        seen.once(4);
        if (!json.tryNull()) {
          usage.completionTokensDetails(completionDetails(json));
        }
      } else {
        usage.putExtra(json.key(null), json.untyped());
      }
    }
    return usage.build();
  }

  private static PromptTokensDetails promptDetails(JsonCursor json) throws Unusual {
    ImmutablePromptTokensDetails.Builder details = ImmutablePromptTokensDetails.builder();
    Seen seen = new Seen();
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(CACHED_TOKENS)) {
        seen.once(0);
        if (!json.tryNull()) {
          details.cachedTokens(intValue(json));
        }
      } else if (json.keyIs(AUDIO_TOKENS)) {
        seen.once(1);
        if (!json.tryNull()) {
          details.audioTokens(intValue(json));
        }
      } else {
        details.putExtra(json.key(null), json.untyped());
      }
    }
    return details.build();
  }

  private static CompletionTokensDetails completionDetails(JsonCursor json) throws Unusual {
    ImmutableCompletionTokensDetails.Builder details = ImmutableCompletionTokensDetails.builder();
    Seen seen = new Seen();
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(REASONING_TOKENS)) {
        seen.once(0);
        if (!json.tryNull()) {
          details.reasoningTokens(intValue(json));
        }
      } else if (json.keyIs(AUDIO_TOKENS)) {
        seen.once(1);
        if (!json.tryNull()) {
          details.audioTokens(intValue(json));
        }
      } else if (json.keyIs(ACCEPTED_PREDICTION_TOKENS)) {
        seen.once(2);
        if (!json.tryNull()) {
          details.acceptedPredictionTokens(intValue(json));
        }
      } else if (json.keyIs(REJECTED_PREDICTION_TOKENS)) {
        seen.once(3);
        if (!json.tryNull()) {
          details.rejectedPredictionTokens(intValue(json));
        }
      } else {
        details.putExtra(json.key(null), json.untyped());
      }
    }
    return details.build();
  }

  /** An integer that fits an int; null and anything else are left to Jackson. */
  static int intValue(JsonCursor json) throws Unusual {
    long value = json.integer();
    if (value != (int) value) {
      throw Unusual.INSTANCE;
    }
    return (int) value;
  }
}
