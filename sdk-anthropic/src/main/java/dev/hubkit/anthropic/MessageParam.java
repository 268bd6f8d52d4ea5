package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * One turn of a conversation sent to Claude: a role and its content blocks, written as a list of blocks (a plain
 * string on the wire is read as one text block). Use {@link #user(String)}, {@link #user(ContentBlock...)},
 * {@link #assistant(String)}, or {@link Message#toParam()} to send a reply back.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMessageParam.class)
@JsonDeserialize(as = ImmutableMessageParam.class)
public interface MessageParam {
  /**
   * {@code user} or {@code assistant}.
   *
   * @return {@code user} or {@code assistant}
   */
  Role role();

  /**
   * The turn's blocks, in order.
   *
   * @return the turn's blocks, in order
   */
  List<ContentBlock> content();

  /**
   * A user turn of text.
   *
   * @param text what the user says
   * @return the turn
   */
  static MessageParam user(String text) {
    return user(TextBlock.of(text));
  }

  /**
   * A user turn of blocks, such as a document and a question, or tool results.
   *
   * @param blocks the blocks, in order
   * @return the turn
   * @throws IllegalArgumentException when there is no block
   */
  static MessageParam user(ContentBlock... blocks) {
    return of(Role.USER, Arrays.asList(blocks));
  }

  /**
   * An assistant turn of text, such as an earlier answer or a prefill Claude continues.
   *
   * @param text what Claude said
   * @return the turn
   */
  static MessageParam assistant(String text) {
    return of(Role.ASSISTANT, Arrays.<ContentBlock>asList(TextBlock.of(text)));
  }

  /**
   * A turn of any role.
   *
   * @param role who speaks
   * @param blocks the blocks, in order
   * @return the turn
   * @throws IllegalArgumentException when there is no block
   */
  static MessageParam of(Role role, List<? extends ContentBlock> blocks) {
    return builder().role(role).addAllContent(blocks).build();
  }

  /** Rejects a turn without content, which the API answers with 400. */
  @Value.Check
  default void check() {
    if (content().isEmpty()) {
      throw new IllegalArgumentException("a " + role() + " turn needs at least one content block,"
          + " e.g. MessageParam.user(\"...\")");
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MessageParam} values. */
  final class Builder extends ImmutableMessageParam.Builder {}
}
