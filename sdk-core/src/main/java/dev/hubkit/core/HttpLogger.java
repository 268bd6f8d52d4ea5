package dev.hubkit.core;

/**
 * Receives HubKit's HTTP log lines, set with {@link HubClient.Builder#logging}. Route them to your logging
 * framework ({@code line -> log.debug(line)}). Lines never contain the API key: the {@code Authorization} header and
 * any text equal to the key are masked before a line is formed.
 */
@FunctionalInterface
public interface HttpLogger {
  /**
   * One log line; called on the thread that runs the HTTP call.
   *
   * @param line the text to log; credentials in headers are masked, the API key never appears
   */
  void log(String line);

  /** How much of each exchange is logged. */
  enum Level {
    /** Nothing. */
    NONE,
    /** Request line, response status and duration. */
    BASIC,
    /** As {@link #BASIC}, plus request and response headers (credentials masked). */
    HEADERS,
    /** As {@link #HEADERS}, plus JSON and text bodies up to 4 KB each; streams and binary bodies are not read. */
    BODY
  }
}
