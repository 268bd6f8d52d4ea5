package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One turn of a conversation: its role ({@code user} or {@code model}) and its parts. Build a user turn with
 * {@link #user(String)} or {@link #user(Part...)}; send a model turn back with {@link Candidate#toContent()}, which
 * keeps its thought signatures. A system instruction is a content without a role ({@link #of(Part...)}).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableContent.class)
@JsonDeserialize(as = ImmutableContent.class)
public interface Content {
  /**
   * {@code user}, {@code model}, or absent (a system instruction; a single-turn request).
   *
   * @return {@code user}, {@code model}, or absent (a system instruction; a single-turn request)
   */
  Optional<String> role();

  /**
   * The parts, in order.
   *
   * @return the parts, in order
   */
  List<Part> parts();

  /**
   * The text parts that are not thoughts, joined.
   *
   * @return the text, {@code ""} when there is none
   */
  default String text() {
    StringBuilder text = new StringBuilder();
    for (Part part : parts()) {
      if (part.kind() == Part.Kind.TEXT) {
        text.append(part.text().get());
      }
    }
    return text.toString();
  }

  /**
   * A user turn of one text part.
   *
   * @param text the text
   * @return the turn
   */
  static Content user(String text) {
    return user(Part.text(text));
  }

  /**
   * A user turn of the given parts, such as a text and an inline image.
   *
   * @param parts the parts
   * @return the turn
   */
  static Content user(Part... parts) {
    return builder().role("user").addParts(parts).build();
  }

  /**
   * A model turn of the given parts, for a conversation written by hand; to send back what the model answered,
   * use {@link Candidate#toContent()}.
   *
   * @param parts the parts
   * @return the turn
   */
  static Content model(Part... parts) {
    return builder().role("model").addParts(parts).build();
  }

  /**
   * A content without a role, as a system instruction is.
   *
   * @param parts the parts
   * @return the content
   */
  static Content of(Part... parts) {
    return builder().parts(Arrays.asList(parts)).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Content} values. */
  final class Builder extends ImmutableContent.Builder {}
}
