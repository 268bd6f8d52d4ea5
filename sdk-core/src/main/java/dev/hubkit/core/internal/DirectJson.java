package dev.hubkit.core.internal;

/**
 * A request body that can write its usual shape as JSON bytes itself, without Jackson's bean serializers: a
 * fresh JVM's first call then builds no serializer (the largest share of its cold start), and every call skips
 * the databind route. Whatever it does not write itself goes to HubKit's mapper as before.
 */
public interface DirectJson {
  /**
   * The body as UTF-8 JSON, the same members (and, on HotSpot, the same bytes) HubKit's mapper would write.
   *
   * @return the bytes; null when the body holds anything the writer leaves to Jackson
   */
  byte[] directJson();
}
