package dev.hubkit.chat.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;

/**
 * The strings every chunk of one stream repeats ({@code id}, {@code object}, {@code model},
 * {@code system_fingerprint}, {@code service_tier}): each is compared in the parser's buffer with the previous
 * chunk's and handed out again when equal, which saves about 300 bytes per chunk. One per stream, reached through a
 * DeserializationContext attribute; a stream is read by one thread at a time.
 */
public final class RepeatedStrings {
  /** The attribute key under which a stream's decoder carries its instance. */
  public static final Object KEY = RepeatedStrings.class;

  static final int ID = 0;
  static final int OBJECT = 1;
  static final int MODEL = 2;
  static final int FINGERPRINT = 3;
  static final int EXTRA = 4;

  private final String[] last = new String[5];
  private String lastExtraName;

  /** The current string value, shared with the previous chunk's when equal; other tokens as before. */
  static String read(JsonParser p, DeserializationContext context, int slot) throws IOException {
    Object repeats = context.getAttribute(KEY);
    if (!(repeats instanceof RepeatedStrings) || p.currentToken() != JsonToken.VALUE_STRING) {
      return ChunkDeserializer.text(p, context);
    }
    return ((RepeatedStrings) repeats).read(p, slot);
  }

  /** As {@link #read(JsonParser, DeserializationContext, int)} for an unmodelled field: remembers one name. */
  static String readExtra(JsonParser p, DeserializationContext context, String name) throws IOException {
    Object repeats = context.getAttribute(KEY);
    if (!(repeats instanceof RepeatedStrings)) {
      return p.getText();
    }
    RepeatedStrings strings = (RepeatedStrings) repeats;
    if (strings.lastExtraName == null) {
      strings.lastExtraName = name;
    }
    return name.equals(strings.lastExtraName) ? strings.read(p, EXTRA) : p.getText();
  }

  private String read(JsonParser p, int slot) throws IOException {
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    String previous = last[slot];
    if (previous != null && previous.length() == length) {
      int i = 0;
      while (i < length && previous.charAt(i) == chars[offset + i]) {
        i++;
      }
      if (i == length) {
        return previous;
      }
    }
    String text = new String(chars, offset, length);
    last[slot] = text;
    return text;
  }
}
