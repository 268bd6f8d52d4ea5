package dev.hubkit.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scripted answer for the next {@code POST /v1/messages} in Claude's format ({@link FakeHub#enqueueClaudeReply}).
 * Its blocks come in the order thinking, text, tool uses. A thinking block is signed with a signature FakeHub can
 * check: when a later request with thinking enabled sends the thinking back, it must be unchanged and signed, and an
 * assistant turn with {@code tool_use} must start with it, or the hub answers 400 as Claude's API does. Streamed,
 * thinking and text are sent one {@code *_delta} per word, each tool input in three {@code input_json_delta}
 * fragments. Immutable.
 */
public final class ClaudeReply {
  private final String thinking;
  private final String text;
  private final List<ToolUse> toolUses;
  private final String stopReason;

  private ClaudeReply(String thinking, String text, List<ToolUse> toolUses, String stopReason) {
    this.thinking = thinking;
    this.text = text;
    this.toolUses = Collections.unmodifiableList(new ArrayList<>(toolUses));
    this.stopReason = stopReason;
  }

  /**
   * A reply of one text block, stopping with {@code end_turn}.
   *
   * @param text the text
   * @return the reply
   */
  public static ClaudeReply text(String text) {
    return new ClaudeReply(null, Objects.requireNonNull(text, "text"), Collections.<ToolUse>emptyList(), null);
  }

  /**
   * A reply of one {@code tool_use} block with id {@code toolu_fakehub_0}, stopping with {@code tool_use}.
   *
   * @param name the tool called
   * @param inputJson the input, a JSON object as a string
   * @return the reply
   */
  public static ClaudeReply toolUse(String name, String inputJson) {
    return new ClaudeReply(null, null, Collections.singletonList(new ToolUse("toolu_fakehub_0", name, inputJson)),
        null);
  }

  /**
   * A copy that thinks {@code thinking} first, in a signed {@code thinking} block.
   *
   * @param thinking the thinking text
   * @return the copy
   */
  public ClaudeReply withThinking(String thinking) {
    return new ClaudeReply(Objects.requireNonNull(thinking, "thinking"), text, toolUses, stopReason);
  }

  /**
   * A copy that also calls {@code name} after its text, with id {@code toolu_fakehub_<n>}.
   *
   * @param name the tool called
   * @param inputJson the input, a JSON object as a string
   * @return the copy
   */
  public ClaudeReply withToolUse(String name, String inputJson) {
    List<ToolUse> more = new ArrayList<>(toolUses);
    more.add(new ToolUse("toolu_fakehub_" + toolUses.size(), name, inputJson));
    return new ClaudeReply(thinking, text, more, stopReason);
  }

  /**
   * A copy that stops with {@code stopReason} (such as {@code max_tokens}) instead of the default.
   *
   * @param stopReason the stop reason sent
   * @return the copy
   */
  public ClaudeReply withStopReason(String stopReason) {
    return new ClaudeReply(thinking, text, toolUses, Objects.requireNonNull(stopReason, "stopReason"));
  }

  /** @return the thinking, if the reply thinks */
  public Optional<String> thinking() {
    return Optional.ofNullable(thinking);
  }

  /** @return the text, if the reply has a text block */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** @return the tool uses, in order */
  public List<ToolUse> toolUses() {
    return toolUses;
  }

  /** @return the stop reason: as set, else {@code tool_use} when the reply calls tools, else {@code end_turn} */
  public String stopReason() {
    if (stopReason != null) {
      return stopReason;
    }
    return toolUses.isEmpty() ? "end_turn" : "tool_use";
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ClaudeReply)) {
      return false;
    }
    ClaudeReply that = (ClaudeReply) other;
    return Objects.equals(thinking, that.thinking) && Objects.equals(text, that.text)
        && toolUses.equals(that.toolUses) && stopReason().equals(that.stopReason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(thinking, text, toolUses, stopReason());
  }

  @Override
  public String toString() {
    return "ClaudeReply{thinking=" + thinking + ", text=" + text + ", toolUses=" + toolUses + ", stopReason="
        + stopReason() + "}";
  }

  /** One {@code tool_use} block of a scripted reply. Immutable. */
  public static final class ToolUse {
    private final String id;
    private final String name;
    private final String inputJson;

    private ToolUse(String id, String name, String inputJson) {
      this.id = id;
      this.name = Objects.requireNonNull(name, "name");
      this.inputJson = Objects.requireNonNull(inputJson, "inputJson");
    }

    /** @return the block's id, such as {@code toolu_fakehub_0} */
    public String id() {
      return id;
    }

    /** @return the tool's name */
    public String name() {
      return name;
    }

    /** @return the input JSON as sent, joined from its streamed fragments */
    public String inputJson() {
      return inputJson;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ToolUse && ((ToolUse) other).id.equals(id) && ((ToolUse) other).name.equals(name)
          && ((ToolUse) other).inputJson.equals(inputJson);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, name, inputJson);
    }

    @Override
    public String toString() {
      return "ToolUse{" + id + ", " + name + ", " + inputJson + "}";
    }
  }
}
