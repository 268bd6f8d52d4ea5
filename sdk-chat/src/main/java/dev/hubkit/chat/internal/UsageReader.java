package dev.hubkit.chat.internal;

import dev.hubkit.chat.CompletionTokensDetails;
import dev.hubkit.chat.PromptTokensDetails;
import dev.hubkit.chat.Usage;
import dev.hubkit.chat.internal.JsonCursor.Unusual;

/**
 * The fast path for {@code usage} and its token details, of {@link CompletionReader} and
 * {@link EmbeddingResponseReader}.
 */
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
    int seen = 0;
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(PROMPT_TOKENS)) {
        seen = JsonCursor.once(seen, 1);
        usage.promptTokens(json.intValue());
      } else if (json.keyIs(COMPLETION_TOKENS)) {
        seen = JsonCursor.once(seen, 2);
        usage.completionTokens(json.intValue());
      } else if (json.keyIs(TOTAL_TOKENS)) {
        seen = JsonCursor.once(seen, 4);
        usage.totalTokens(json.intValue());
      } else if (json.keyIs(PROMPT_TOKENS_DETAILS)) {
        seen = JsonCursor.once(seen, 8);
        if (!json.tryNull()) {
          usage.promptTokensDetails(promptDetails(json));
        }
      } else if (json.keyIs(COMPLETION_TOKENS_DETAILS)) {
        seen = JsonCursor.once(seen, 16);
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
    PromptTokensDetails.Builder details = PromptTokensDetails.builder();
    int seen = 0;
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(CACHED_TOKENS)) {
        seen = JsonCursor.once(seen, 1);
        details.cachedTokens(json.optionalInt());
      } else if (json.keyIs(AUDIO_TOKENS)) {
        seen = JsonCursor.once(seen, 2);
        details.audioTokens(json.optionalInt());
      } else {
        details.putExtra(json.key(null), json.untyped());
      }
    }
    return details.build();
  }

  private static CompletionTokensDetails completionDetails(JsonCursor json) throws Unusual {
    CompletionTokensDetails.Builder details = CompletionTokensDetails.builder();
    int seen = 0;
    json.expect('{');
    for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
      json.nextKey();
      if (json.keyIs(REASONING_TOKENS)) {
        seen = JsonCursor.once(seen, 1);
        details.reasoningTokens(json.optionalInt());
      } else if (json.keyIs(AUDIO_TOKENS)) {
        seen = JsonCursor.once(seen, 2);
        details.audioTokens(json.optionalInt());
      } else if (json.keyIs(ACCEPTED_PREDICTION_TOKENS)) {
        seen = JsonCursor.once(seen, 4);
        details.acceptedPredictionTokens(json.optionalInt());
      } else if (json.keyIs(REJECTED_PREDICTION_TOKENS)) {
        seen = JsonCursor.once(seen, 8);
        details.rejectedPredictionTokens(json.optionalInt());
      } else {
        details.putExtra(json.key(null), json.untyped());
      }
    }
    return details.build();
  }
}
