package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/** Decodes the body of a successful reply. */
@FunctionalInterface
public interface ResponseReader<T> {
  /** Decodes {@code body}, the whole reply body; throws on a shape it cannot read. */
  T read(byte[] body) throws IOException;

  /** Reads JSON into {@code type} with HubKit's mapper. */
  static <T> ResponseReader<T> json(Class<T> type) {
    ObjectReader reader = Json.mapper().readerFor(type);
    return body -> reader.readValue(body);
  }

  /** Reads JSON into a generic type. */
  static <T> ResponseReader<T> json(JavaType type) {
    ObjectReader reader = Json.mapper().readerFor(type);
    return body -> reader.readValue(body);
  }
}
