package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.hubkit.core.OpenEnum;
import java.util.Objects;

/**
 * Who wrote a message: {@code system}, {@code developer}, {@code user}, {@code assistant} or {@code tool}. A role
 * a hub invents is kept as its string, so reading a reply never fails on it.
 */
public final class ChatRole extends OpenEnum {
  /** Instructions that set the assistant's behaviour. */
  public static final ChatRole SYSTEM = new ChatRole("system");
  /** OpenAI's newer name for system instructions on reasoning models. */
  public static final ChatRole DEVELOPER = new ChatRole("developer");
  /** The person talking to the model. */
  public static final ChatRole USER = new ChatRole("user");
  /** The model. */
  public static final ChatRole ASSISTANT = new ChatRole("assistant");
  /** The result of a tool call, answering an assistant's {@code tool_calls}. */
  public static final ChatRole TOOL = new ChatRole("tool");


  private ChatRole(String value) {
    super(value);
  }

  /**
   * The role named {@code value}; one of the constants when it is a known role, otherwise a new value.
   *
   * @param value the role as written on the wire, e.g. {@code user}
   * @return the known constant, or a new value that keeps {@code value}
   * @throws NullPointerException when {@code value} is null
   */
  @JsonCreator
  public static ChatRole of(String value) {
    switch (Objects.requireNonNull(value, "role")) {
      case "system":
        return SYSTEM;
      case "developer":
        return DEVELOPER;
      case "user":
        return USER;
      case "assistant":
        return ASSISTANT;
      case "tool":
        return TOOL;
      default:
        return new ChatRole(value);
    }
  }
}
