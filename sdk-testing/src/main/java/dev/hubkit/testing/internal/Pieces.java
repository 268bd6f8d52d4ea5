package dev.hubkit.testing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Splits reply text into the pieces a stream sends, deterministically. */
final class Pieces {
  private Pieces() {}

  /** {@code text} split before each run of whitespace: {@code "a b  c"} becomes {@code "a", " b", "  c"}. */
  static List<String> words(String text) {
    if (text.isEmpty()) {
      return Collections.emptyList();
    }
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
        pieces.add(text.substring(start, i));
        start = i;
      }
    }
    pieces.add(text.substring(start));
    return pieces;
  }

  /** {@code text} in {@code count} nearly equal fragments (fewer when it is shorter than {@code count}). */
  static List<String> fragments(String text, int count) {
    List<String> fragments = new ArrayList<>();
    int size = Math.max(1, (text.length() + count - 1) / count);
    for (int start = 0; start < text.length(); start += size) {
      fragments.add(text.substring(start, Math.min(text.length(), start + size)));
    }
    return fragments;
  }

  /** Whitespace-separated words in {@code text}: the fake's stand-in for a token count. */
  static int wordCount(String text) {
    String trimmed = text.trim();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
