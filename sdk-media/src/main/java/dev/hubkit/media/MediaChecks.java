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

  /** Throws when {@code path} has no segment or an empty one. */
  static void requirePath(String field, String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.isEmpty() || trimmed.contains("//") || trimmed.endsWith("/") || path.contains("?")) {
      throw new IllegalArgumentException(field + " must be a path such as /mj/submit/imagine or"
          + " videos/generations (no empty segment, no query), was \"" + path + "\"");
    }
  }
}
