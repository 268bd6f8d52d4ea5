package dev.hubkit.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/** Reads how long a hub asked the caller to wait: {@code retry-after-ms}, then {@code Retry-After}. */
public final class RetryAfter {
  private RetryAfter() {}

  /** The requested wait; {@code now} resolves the HTTP-date form. Unparseable or negative values are ignored. */
  public static Optional<Duration> parse(Headers headers, Instant now) {
    String millis = headers.get("retry-after-ms");
    if (millis != null) {
      try {
        double value = Double.parseDouble(millis.trim());
        if (value >= 0 && !Double.isNaN(value) && !Double.isInfinite(value)) {
          return Optional.of(Duration.ofMillis((long) value));
        }
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After, as the header is advisory
      }
    }
    String value = headers.get("Retry-After");
    if (value == null) {
      return Optional.empty();
    }
    value = value.trim();
    try {
      double seconds = Double.parseDouble(value);
      return seconds >= 0 && !Double.isInfinite(seconds)
          ? Optional.of(Duration.ofMillis((long) (seconds * 1000)))
          : Optional.empty();
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
