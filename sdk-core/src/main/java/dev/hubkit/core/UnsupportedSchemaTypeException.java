package dev.hubkit.core;

/**
 * A Java type that OpenAI's strict JSON schema cannot express (a free-form {@code Map}, {@code Object}, an
 * abstract type without a concrete class, a polymorphic type whose ids are class names, ...). Thrown by {@link StrictSchema#of}; the message names
 * the property path, the type, and what to use instead.
 */
public class UnsupportedSchemaTypeException extends HubException {
  private static final long serialVersionUID = 1L;

  /** Where the unsupported type was met; serialised with the exception. */
  private final String propertyPath;

  /**
   * Creates the exception.
   *
   * @param propertyPath where the type was met, such as {@code Weather.forecast[].details}
   * @param message what cannot be expressed and what to do instead
   */
  public UnsupportedSchemaTypeException(String propertyPath, String message) {
    super(propertyPath + ": " + message);
    this.propertyPath = propertyPath;
  }

  /**
   * Where the type was met: the root class's simple name, then property names ({@code []} for list items).
   *
   * @return the path, such as {@code Weather.forecast[].details}
   */
  public String propertyPath() {
    return propertyPath;
  }
}
