package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.hubkit.core.OpenEnum;
import java.util.Objects;

/** Who wrote a message: {@code user} or {@code assistant}; any other role a hub sends is kept as its string. */
public final class Role extends OpenEnum {
  /** The person (and the tool results the application sends back). */
  public static final Role USER = new Role("user");
  /** Claude. */
  public static final Role ASSISTANT = new Role("assistant");

  private Role(String value) {
    super(value);
  }

  /**
   * The role named {@code value}.
   *
   * @param value the role as on the wire
   * @return one of the constants when known, else a new value
   * @throws NullPointerException when {@code value} is null
   */
  @JsonCreator
  public static Role of(String value) {
    switch (Objects.requireNonNull(value, "role")) {
      case "user":
        return USER;
      case "assistant":
        return ASSISTANT;
      default:
        return new Role(value);
    }
  }
}
