package dev.hubkit.chat.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Joins the unmodelled members of a stream's chunks into what a whole reply would hold: maps merged member by
 * member, lists concatenated, and strings either appended (pieces of a delta's text) or replaced by the last one
 * (a gateway's {@code "provider":"anthropic"} on every chunk, a tool call's {@code thought_signature}). A null
 * never replaces a value; values from the wire are copied, never shared with the chunks.
 */
public final class ExtraMembers {
  private ExtraMembers() {}

  /**
   * @param into the members joined so far, changed in place
   * @param piece one chunk's members
   * @param appendStrings whether a string continues the one before (delta members) or replaces it
   */
  public static void merge(Map<String, Object> into, Map<String, Object> piece, boolean appendStrings) {
    for (Map.Entry<String, Object> member : piece.entrySet()) {
      into.put(member.getKey(), merged(into.get(member.getKey()), member.getValue(), appendStrings));
    }
  }

  /**
   * A merger of one member at a time into {@code into}, for {@code Map.forEach}: a stream merges the members of
   * every chunk, and forEach over the small maps chunks carry allocates no iterator (an entry set and iterator per
   * chunk cost about 40 bytes of the 425 a chunk takes, see benchmarks/README.md).
   *
   * @param into the members joined so far, changed in place
   * @param appendStrings whether a string continues the one before or replaces it
   * @return the merger; keep it, one per target map
   */
  public static BiConsumer<String, Object> into(Map<String, Object> into, boolean appendStrings) {
    return (name, value) -> {
      if (value != null || !into.containsKey(name)) {
        into.put(name, merged(into.get(name), value, appendStrings));
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static Object merged(Object before, Object piece, boolean appendStrings) {
    if (piece == null) {
      return before;
    }
    if (before instanceof Map && piece instanceof Map) {
      Map<String, Object> joined = (Map<String, Object>) before;
      merge(joined, (Map<String, Object>) piece, appendStrings);
      return joined;
    }
    if (before instanceof List && piece instanceof List) {
      List<Object> joined = (List<Object>) before;
      joined.addAll(copyList((List<Object>) piece));
      return joined;
    }
    if (appendStrings && before instanceof String && piece instanceof String) {
      return before + (String) piece;
    }
    return copy(piece);
  }

  /**
   * @param value a value read from JSON: a map, list, string, number, boolean or null
   * @return a mutable deep copy of it
   */
  @SuppressWarnings("unchecked")
  public static Object copy(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Object> member : ((Map<String, Object>) value).entrySet()) {
        copy.put(member.getKey(), copy(member.getValue()));
      }
      return copy;
    }
    if (value instanceof List) {
      return copyList((List<Object>) value);
    }
    return value;
  }

  private static List<Object> copyList(List<Object> list) {
    List<Object> copy = new ArrayList<>(list.size());
    for (Object item : list) {
      copy.add(copy(item));
    }
    return copy;
  }
}
