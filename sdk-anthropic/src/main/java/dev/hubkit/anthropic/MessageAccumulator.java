package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Joins the events of a streamed reply into the {@link Message} a whole call would have returned: text pieces and
 * their citations per block, thinking with its signature, tool input JSON fragments joined and parsed, the stop
 * reason, and the usage of {@code message_start} updated by {@code message_delta}. Blocks that arrive whole
 * (redacted thinking, server tool results) are kept as they came. A delta of a kind HubKit does not know is kept
 * too: its JSON is added, in order, to the array member {@value #UNKNOWN_DELTAS} of its block (in the block's
 * {@code extra()}, or an unknown block's JSON), and left out again by {@link Message#toParam()}. Not thread-safe:
 * feed it from the thread reading the stream.
 */
public final class MessageAccumulator {
  /** The member of an accumulated block that holds the deltas of kinds HubKit does not know, as they came. */
  public static final String UNKNOWN_DELTAS = "unknown_deltas";

  private final Map<Integer, BlockState> blocks = new TreeMap<>();
  private Message start;
  private StopReason stopReason;
  private String stopSequence;
  private Usage usage;

  /**
   * Adds one event, in stream order.
   *
   * @param event the event
   * @return this accumulator
   * @throws MalformedResponseException for a delta or stop of a block that never started
   */
  public MessageAccumulator add(MessageStreamEvent event) {
    if (event instanceof MessageStartEvent) {
      start = ((MessageStartEvent) event).message();
      usage = start.usage().orElse(null);
    } else if (event instanceof ContentBlockStartEvent) {
      ContentBlockStartEvent started = (ContentBlockStartEvent) event;
      blocks.put(started.index(), new BlockState(started.contentBlock()));
    } else if (event instanceof ContentBlockDeltaEvent) {
      ContentBlockDeltaEvent delta = (ContentBlockDeltaEvent) event;
      block(delta.index(), "content_block_delta").add(delta.delta());
    } else if (event instanceof ContentBlockStopEvent) {
      block(((ContentBlockStopEvent) event).index(), "content_block_stop");
    } else if (event instanceof MessageDeltaEvent) {
      MessageDeltaEvent delta = (MessageDeltaEvent) event;
      stopReason = delta.delta().stopReason().orElse(stopReason);
      stopSequence = delta.delta().stopSequence().orElse(stopSequence);
      if (delta.usage().isPresent()) {
        usage = merged(usage, delta.usage().get());
      }
    }
    return this;
  }

  /**
   * The reply made of every event added so far; may be called again after more events.
   *
   * @return the message
   * @throws IllegalStateException before {@code message_start}
   * @throws MalformedResponseException when a tool's joined input is not JSON
   */
  public Message toMessage() {
    if (start == null) {
      throw new IllegalStateException("no message_start event yet: add the stream's events first");
    }
    Message.Builder message = Message.builder().from(start)
        .stopReason(Optional.ofNullable(stopReason).map(Optional::of).orElse(start.stopReason()))
        .stopSequence(Optional.ofNullable(stopSequence).map(Optional::of).orElse(start.stopSequence()))
        .usage(Optional.ofNullable(usage));
    List<ContentBlock> content = new ArrayList<>(start.content());
    for (Map.Entry<Integer, BlockState> block : blocks.entrySet()) {
      content.add(block.getValue().toBlock(block.getKey()));
    }
    return message.content(content).build();
  }

  private BlockState block(int index, String event) {
    BlockState block = blocks.get(index);
    if (block == null) {
      throw new MalformedResponseException(event + " for content block " + index
          + " before its content_block_start: the stream is out of order", null);
    }
    return block;
  }

  /**
   * {@code block} without its {@link #UNKNOWN_DELTAS} member, which HubKit added and the API would not take back in
   * a request; {@code block} itself when it has none.
   */
  static ContentBlock withoutUnknownDeltas(ContentBlock block) {
    JsonNode json = Json.mapper().valueToTree(block);
    if (!json.has(UNKNOWN_DELTAS)) {
      return block;
    }
    ((ObjectNode) json).remove(UNKNOWN_DELTAS);
    return reread((ObjectNode) json, "a " + block.type() + " block without its deltas of unknown kinds");
  }

  private static ContentBlock reread(ObjectNode json, String what) {
    try {
      return Json.mapper().treeToValue(json, ContentBlock.class);
    } catch (IOException e) {
      throw new MalformedResponseException(what + " cannot be read back (" + e.getMessage() + ")", e);
    }
  }

  /** {@code later}'s counts where it has them (they are cumulative), {@code earlier}'s elsewhere. */
  private static Usage merged(Usage earlier, Usage later) {
    if (earlier == null) {
      return later;
    }
    Usage.Builder usage = Usage.builder().from(earlier).putAllExtra(later.extra());
    if (later.inputTokens() > 0) {
      usage.inputTokens(later.inputTokens());
    }
    if (later.outputTokens() > 0) {
      usage.outputTokens(later.outputTokens());
    }
    if (later.cacheCreationInputTokens().isPresent()) {
      usage.cacheCreationInputTokens(later.cacheCreationInputTokens());
    }
    if (later.cacheReadInputTokens().isPresent()) {
      usage.cacheReadInputTokens(later.cacheReadInputTokens());
    }
    return usage.build();
  }

  /** One block being streamed: its start and the pieces added to it. */
  private static final class BlockState {
    private final ContentBlock start;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder json = new StringBuilder();
    private final List<Citation> citations = new ArrayList<>();
    private final List<JsonNode> unknownDeltas = new ArrayList<>();
    private String signature;

    BlockState(ContentBlock start) {
      this.start = start;
    }

    void add(ContentDelta delta) {
      switch (delta.type()) {
        case ContentDelta.TEXT:
          text.append(delta.text().orElse(""));
          break;
        case ContentDelta.THINKING:
          text.append(delta.thinking().orElse(""));
          break;
        case ContentDelta.INPUT_JSON:
          json.append(delta.partialJson().orElse(""));
          break;
        case ContentDelta.SIGNATURE:
          signature = delta.signature().orElse(signature);
          break;
        case ContentDelta.CITATIONS:
          delta.citation().ifPresent(citations::add);
          break;
        default:
          unknownDeltas.add(Json.mapper().valueToTree(delta));
          break;
      }
    }

    ContentBlock toBlock(int index) {
      ContentBlock block = joined(index);
      if (unknownDeltas.isEmpty()) {
        return block;
      }
      ObjectNode json = Json.mapper().valueToTree(block);
      JsonNode kept = json.get(UNKNOWN_DELTAS);
      ArrayNode deltas = kept instanceof ArrayNode ? (ArrayNode) kept : json.putArray(UNKNOWN_DELTAS);
      if (kept != null && deltas != kept) {
        deltas.add(kept);
      }
      deltas.addAll(unknownDeltas);
      return reread(json, "content block " + index + " with its deltas of unknown kinds");
    }

    private ContentBlock joined(int index) {
      if (start instanceof TextBlock) {
        TextBlock block = (TextBlock) start;
        return TextBlock.builder().from(block).text(block.text() + text).addAllCitations(citations).build();
      }
      if (start instanceof ThinkingBlock) {
        ThinkingBlock block = (ThinkingBlock) start;
        return ThinkingBlock.builder().from(block).thinking(block.thinking() + text)
            .signature(signature != null ? signature : block.signature()).build();
      }
      if (json.length() == 0) {
        return start;
      }
      JsonNode joined = parsed(index);
      if (start instanceof ToolUseBlock) {
        return ToolUseBlock.builder().from((ToolUseBlock) start).input(joined).build();
      }
      if (start instanceof ServerToolUseBlock) {
        return ServerToolUseBlock.builder().from((ServerToolUseBlock) start).input(joined).build();
      }
      if (start instanceof UnknownBlock) { // such as mcp_tool_use: its input streams the same way
        JsonNode json = ((UnknownBlock) start).json();
        if (json.isObject()) {
          ObjectNode copy = ((ObjectNode) json).deepCopy();
          copy.set("input", joined);
          return UnknownBlock.of(copy);
        }
      }
      return start;
    }

    private JsonNode parsed(int index) {
      try {
        return Json.mapper().readTree(json.toString());
      } catch (IOException e) {
        throw new MalformedResponseException("the tool input streamed for content block " + index
            + " is not valid JSON (" + e.getMessage() + ")", e);
      }
    }
  }
}
