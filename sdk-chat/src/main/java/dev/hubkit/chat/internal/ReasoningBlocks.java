package dev.hubkit.chat.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Thinking text in the spellings hubs use besides {@code reasoning_content} and {@code reasoning}: Claude's
 * blocks as gateways pass them ({@code content_blocks} or {@code thinking_blocks}:
 * {@code [{"type":"thinking","thinking":"...","signature":"..."}]}, streamed as
 * {@code [{"index":0,"delta":{"thinking":"..."}}]} and {@code {"index":0,"delta":{"signature":"..."}}}) and
 * OpenRouter's {@code reasoning_details} ({@code reasoning.text} with {@code text}, {@code reasoning.summary}
 * with {@code summary}, {@code reasoning.encrypted} with {@code data}, which holds no readable text). The blocks
 * stay in the values' {@code extra()} as the hub sent them, so that they can go back on the next turn.
 */
public final class ReasoningBlocks {
  /** The members that carry thinking blocks, in the order their text is looked for. */
  public static final String[] MEMBERS = {"content_blocks", "thinking_blocks", "reasoning_details"};
  /** The members of a block whose streamed pieces continue each other; any other (a signature) is whole. */
  private static final List<String> PIECES = Arrays.asList("thinking", "text", "summary", "data");

  private ReasoningBlocks() {}

  /**
   * @param extra a message's or a delta's unmodelled members
   * @return the thinking text their blocks hold, joined, if any
   */
  public static Optional<String> text(Map<String, Object> extra) {
    if (extra.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    boolean found = false;
    for (String member : MEMBERS) {
      Object blocks = extra.get(member);
      if (blocks instanceof List) {
        for (Object block : (List<?>) blocks) {
          found |= appendText(block, text);
        }
      }
      if (found) {
        break;
      }
    }
    return found ? Optional.of(text.toString()) : Optional.<String>empty();
  }

  private static boolean appendText(Object block, StringBuilder text) {
    if (!(block instanceof Map)) {
      return false;
    }
    Map<?, ?> fields = (Map<?, ?>) block;
    Object delta = fields.get("delta");
    if (delta instanceof Map) {
      return appendText(delta, text);
    }
    Object type = fields.get("type");
    boolean reasoningDetail = type instanceof String && ((String) type).startsWith("reasoning.");
    for (String key : new String[] {"thinking", "summary", "text"}) {
      Object piece = fields.get(key);
      if (piece instanceof String && (!key.equals("text") || reasoningDetail)) {
        text.append((String) piece);
        return true;
      }
    }
    return false;
  }

  /** Joins one member's streamed blocks by their {@code index} into whole blocks, as a whole reply holds them. */
  public static final class Joined {
    private final Map<Integer, Map<String, Object>> blocks = new TreeMap<>();

    /**
     * @param pieces one delta's list of block pieces ({@code {"index":0,"delta":{...}}} or
     *     {@code {"type":"reasoning.text","text":"...","index":0}})
     */
    @SuppressWarnings("unchecked")
    public void add(Object pieces) {
      if (!(pieces instanceof List)) {
        return;
      }
      int next = blocks.size();
      for (Object item : (List<Object>) pieces) {
        if (!(item instanceof Map)) {
          continue;
        }
        Map<String, Object> piece = new LinkedHashMap<>((Map<String, Object>) item);
        Object at = piece.remove("index");
        int index = at instanceof Number ? ((Number) at).intValue() : next++;
        Object delta = piece.remove("delta");
        if (delta instanceof Map) {
          piece.putAll((Map<String, Object>) delta);
        }
        Map<String, Object> block = blocks.computeIfAbsent(index, i -> new LinkedHashMap<>());
        if (!block.containsKey("type") && !piece.containsKey("type")) {
          block.put("type", piece.containsKey("data") && !piece.containsKey("thinking") ? "redacted_thinking"
              : piece.containsKey("text") ? "text" : "thinking");
        }
        for (Map.Entry<String, Object> member : piece.entrySet()) {
          Object before = block.get(member.getKey());
          Object value = member.getValue();
          if (value == null) {
            continue;
          }
          boolean textPiece = PIECES.contains(member.getKey()) && before instanceof String && value instanceof String;
          block.put(member.getKey(), textPiece ? before + (String) value : ExtraMembers.copy(value));
        }
      }
    }

    /** @return the whole blocks, in index order */
    public List<Object> blocks() {
      return new ArrayList<Object>(blocks.values());
    }

    /** @return whether no piece was added */
    public boolean isEmpty() {
      return blocks.isEmpty();
    }
  }
}
