package dev.hubkit.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of HubKit's values from an open vocabulary (roles, finish reasons, model types): the known values are
 * constants of the subclass, and any other string a hub sends is kept as it is, so reading a reply never fails on
 * a value HubKit has not heard of. Two values are equal when they are of the same type and spell the same.
 */
public abstract class OpenEnum {
  private final String value;

  /**
   * Subclasses pass the value as it appears on the wire.
   *
   * @param value the wire value, kept as given
   * @throws NullPointerException when {@code value} is null
   */
  protected OpenEnum(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * The value as it appears on the wire.
   *
   * @return the wire value, exactly as the hub sent it or the constant names it
   */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
