package dev.hubkit.media;

/** Argument checks shared by the media requests, with messages that say what to fix. */
final class MediaChecks {
  private MediaChecks() {}

  static void requireText(String field, String value, String hint) {
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank: " + hint);
    }
  }

  static void requirePositive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive, was " + value);
    }
  }
}
