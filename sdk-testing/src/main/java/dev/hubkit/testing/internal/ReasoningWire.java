package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.ChatReply;
import java.util.ArrayList;
import java.util.List;

/** A reply's reasoning in its {@link ChatReply.ReasoningSpelling}, whole or as stream deltas. */
final class ReasoningWire {
  /** The signature FakeHub puts on thinking blocks; any fixed text does, HubKit only carries it back. */
  static final String SIGNATURE = "fakehub-signature";
  private static final String FORMAT = "anthropic-claude-v1";

  private ReasoningWire() {}

  /** Sets the reasoning on a whole reply's {@code message}. */
  static void whole(ChatReply reply, ObjectNode message) {
    String reasoning = reply.reasoning().orElse("");
    switch (reply.reasoningSpelling()) {
      case REASONING:
        message.put("reasoning", reasoning);
        break;
      case CONTENT_BLOCKS:
        ArrayNode blocks = message.putArray("content_blocks");
        blocks.addObject().put("type", "thinking").put("thinking", reasoning).put("signature", SIGNATURE);
        reply.content().ifPresent(text -> blocks.addObject().put("type", "text").put("text", text));
        break;
      case REASONING_DETAILS:
        message.putArray("reasoning_details").addObject().put("type", "reasoning.text").put("text", reasoning)
            .put("signature", SIGNATURE).put("format", FORMAT).put("index", 0);
        break;
      default:
        message.put("reasoning_content", reasoning);
    }
  }

  /** The deltas that stream the reasoning, one per word (and a signature piece for content blocks). */
  static List<ObjectNode> deltas(ChatReply reply) {
    List<ObjectNode> deltas = new ArrayList<>();
    List<String> words = Pieces.words(reply.reasoning().orElse(""));
    for (int i = 0; i < words.size(); i++) {
      String piece = words.get(i);
      ObjectNode delta = Wire.object();
      switch (reply.reasoningSpelling()) {
        case REASONING:
          delta.put("reasoning", piece);
          break;
        case CONTENT_BLOCKS:
          delta.putArray("content_blocks").addObject().put("index", 0).putObject("delta").put("thinking", piece);
          break;
        case REASONING_DETAILS:
          ObjectNode detail = delta.putArray("reasoning_details").addObject().put("type", "reasoning.text")
              .put("text", piece).put("format", FORMAT).put("index", 0);
          if (i == words.size() - 1) {
            detail.put("signature", SIGNATURE);
          }
          break;
        default:
          delta.put("reasoning_content", piece);
      }
      deltas.add(delta);
    }
    if (!words.isEmpty() && reply.reasoningSpelling() == ChatReply.ReasoningSpelling.CONTENT_BLOCKS) {
      ObjectNode signature = Wire.object();
      signature.putArray("content_blocks").addObject().put("index", 0).putObject("delta")
          .put("signature", SIGNATURE);
      deltas.add(signature);
    }
    return deltas;
  }
}
