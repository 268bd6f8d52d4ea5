package dev.hubkit.chat;

import dev.hubkit.chat.internal.WireValues;

/** The package's WireValues, for the tests of the wire readers in {@code internal}. */
public final class TestWireValues {
  /** What ChatApi and EmbeddingsApi hand their readers. */
  public static final WireValues VALUES = ChatWireValues.INSTANCE;

  private TestWireValues() {}
}
