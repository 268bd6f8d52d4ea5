package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;

/** Decodes the body of a successful reply. */
@FunctionalInterface
public interface ResponseReader<T> {
  /** Decodes {@code body}, the whole reply body; throws on a shape it cannot read. */
  T read(byte[] body) throws IOException;

  /**
   * Decodes a body as it arrives. The default reads it whole, then calls {@link #read(byte[])}; a reader of large
   * replies overrides this to decode while the rest is still on its way.
   */
  default T read(IncomingBody body) throws IOException {
    return read(body.all());
  }

  /** Reads JSON into {@code type} with HubKit's mapper; its deserializer is built on the first read. */
  static <T> ResponseReader<T> json(Class<T> type) {
    LazyReader reader = LazyReader.of(type);
    return body -> reader.get().readValue(body);
  }

  /** Reads JSON into a generic type. */
  static <T> ResponseReader<T> json(JavaType type) {
    LazyReader reader = LazyReader.of(type);
    return body -> reader.get().readValue(body);
  }
}
