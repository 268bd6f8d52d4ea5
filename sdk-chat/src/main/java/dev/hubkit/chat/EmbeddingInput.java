package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The text to embed: one string (written as a JSON string) or several (written as a JSON array). */
public final class EmbeddingInput {
  private final List<String> texts;
  private final boolean single;

  private EmbeddingInput(List<String> texts, boolean single) {
    this.texts = texts;
    this.single = single;
  }

  /**
   * One text, sent as a JSON string.
   *
   * @param text the text to embed
   * @return the input
   */
  public static EmbeddingInput of(String text) {
    return new EmbeddingInput(Collections.singletonList(Objects.requireNonNull(text, "text")), true);
  }

  /**
   * Several texts, sent as a JSON array (even when there is one); the reply has one embedding per text, by index.
   *
   * @param texts the texts to embed, in order; copied
   * @return the input
   * @throws IllegalArgumentException when the list is empty
   */
  public static EmbeddingInput of(List<String> texts) {
    List<String> copy = Collections.unmodifiableList(new ArrayList<>(texts));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("embedding input must hold at least one text");
    }
    for (String text : copy) {
      Objects.requireNonNull(text, "text");
    }
    return new EmbeddingInput(copy, false);
  }

  /**
   * The texts, in order.
   *
   * @return the texts, unmodifiable; one element for a single text
   */
  public List<String> texts() {
    return texts;
  }

  @JsonValue
  Object jsonValue() {
    return single ? texts.get(0) : texts;
  }

  @JsonCreator
  static EmbeddingInput fromJson(JsonNode node) {
    if (node.isTextual()) {
      return of(node.textValue());
    }
    List<String> texts = new ArrayList<>();
    node.forEach(text -> texts.add(text.asText()));
    return of(texts);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmbeddingInput && ((EmbeddingInput) other).single == single
        && ((EmbeddingInput) other).texts.equals(texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode() * 31 + (single ? 1 : 0);
  }

  @Override
  public String toString() {
    return single ? texts.get(0) : texts.toString();
  }
}
