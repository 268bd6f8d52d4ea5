package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.hubkit.core.internal.LazyReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code content} of a request message: plain text (written as a JSON string) or a list of
 * {@link ContentPart}s (written as a JSON array), for text mixed with images.
 */
public final class MessageContent {
  private static final LazyReader PARTS = LazyReader.listOf(ContentPart.class);

  private final String text;
  private final List<ContentPart> parts;

  private MessageContent(String text, List<ContentPart> parts) {
    this.text = text;
    this.parts = parts;
  }

  /**
   * Plain text content.
   *
   * @param text the text
   * @return the content, sent as a JSON string
   * @throws NullPointerException when the text is null
   */
  public static MessageContent text(String text) {
    return new MessageContent(Objects.requireNonNull(text, "text"), Collections.emptyList());
  }

  /**
   * Content made of parts, in order.
   *
   * @param parts the parts, at least one; copied
   * @return the content, sent as a JSON array
   * @throws IllegalArgumentException when there are no parts
   * @throws NullPointerException when a part is null
   */
  public static MessageContent parts(List<ContentPart> parts) {
    List<ContentPart> copy = Collections.unmodifiableList(new ArrayList<>(parts));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("content needs at least one part, e.g. ContentPart.text(\"...\")");
    }
    for (ContentPart part : copy) {
      Objects.requireNonNull(part, "content part");
    }
    return new MessageContent(null, copy);
  }

  /**
   * As {@link #parts(List)}.
   *
   * @param parts the parts, at least one
   * @return the content, sent as a JSON array
   * @throws IllegalArgumentException when there are no parts
   */
  public static MessageContent parts(ContentPart... parts) {
    return parts(Arrays.asList(parts));
  }

  /**
   * The text when this is plain text content.
   *
   * @return the text; empty for content made of parts
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * The parts; empty for plain text content.
   *
   * @return the parts, in order, unmodifiable; empty for plain text content
   */
  public List<ContentPart> parts() {
    return parts;
  }

  /**
   * The plain text, or the text parts joined; images are left out.
   *
   * @return the text, or the text parts' texts concatenated with nothing between them; {@code ""} for parts with no
   *     text
   */
  public String asText() {
    if (text != null) {
      return text;
    }
    StringBuilder joined = new StringBuilder();
    for (ContentPart part : parts) {
      part.text().ifPresent(joined::append);
    }
    return joined.toString();
  }

  @JsonValue
  Object jsonValue() {
    return text != null ? text : parts;
  }

  @JsonCreator
  static MessageContent fromJson(JsonNode node) {
    if (node.isTextual()) {
      return text(node.textValue());
    }
    try {
      ObjectReader reader = PARTS.get();
      return parts(reader.<List<ContentPart>>readValue(reader.treeAsTokens(node)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageContent && Objects.equals(((MessageContent) other).text, text)
        && ((MessageContent) other).parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, parts);
  }

  @Override
  public String toString() {
    return text != null ? text : parts.toString();
  }
}
