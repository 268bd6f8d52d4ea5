package dev.hubkit.core;

/**
 * A model's JSON reply (or a tool call's arguments) that does not match the Java type it was read into: not JSON,
 * a property missing or of the wrong kind, a value outside an enum. The message says which property did not match
 * and shows the text received (long texts cut in the middle, saying how much was left out); {@link #text()} has
 * all of it. The cause, when there is one, is the lower-level parser error.
 */
public class StructuredOutputException extends HubException {
  private static final long serialVersionUID = 1L;

  /** Characters of the text shown in the message before it is cut in the middle. */
  private static final int SHOWN = 600;

  /** The whole text received, {@code ""} when there was none; serialised with the exception. */
  private final String text;
  /** The path of the property that did not match, {@code ""} for the whole text; serialised with the exception. */
  private final String propertyPath;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the type the text was read into, such as {@code Weather}
   * @param text the whole text received ({@code null} when there was none)
   * @param propertyPath the property that did not match, such as {@code forecast[1].sky}; empty for the whole text
   * @param problem what was wrong, such as {@code expected a number, got "warm"}
   * @param cause the parser's error, or {@code null}
   */
  public StructuredOutputException(String type, String text, String propertyPath, String problem, Throwable cause) {
    super(message(type, text, propertyPath, problem), cause);
    this.text = text == null ? "" : text;
    this.propertyPath = propertyPath;
  }

  /**
   * The whole text received, never cut.
   *
   * @return the text, {@code ""} when the reply had none
   */
  public String text() {
    return text;
  }

  /**
   * The property that did not match, as a path ({@code forecast[1].sky}).
   *
   * @return the path, or {@code ""} when the text as a whole did not match (not JSON, empty, not an object)
   */
  public String propertyPath() {
    return propertyPath;
  }

  private static String message(String type, String text, String propertyPath, String problem) {
    String where = propertyPath.isEmpty() ? "" : " at '" + propertyPath + "'";
    return "The model's output does not match " + type + where + ": " + problem + ". Text received " + shown(text);
  }

  private static String shown(String text) {
    if (text == null) {
      return "(none)";
    }
    if (text.length() <= SHOWN) {
      return "(" + text.length() + " characters): " + text;
    }
    int head = SHOWN * 2 / 3;
    int tailStart = text.length() - (SHOWN - head);
    if (Character.isHighSurrogate(text.charAt(head - 1))) {
      head--; // never half a character
    }
    if (Character.isLowSurrogate(text.charAt(tailStart))) {
      tailStart++;
    }
    return "(" + text.length() + " characters, " + (tailStart - head) + " left out in the middle; "
        + "text() has all): " + text.substring(0, head) + " [...] " + text.substring(tailStart);
  }
}
