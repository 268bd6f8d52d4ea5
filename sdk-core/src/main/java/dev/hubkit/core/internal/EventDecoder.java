package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/** Decodes the data of one server-sent event, straight from the bytes on the wire. */
@FunctionalInterface
public interface EventDecoder<T> {
  /** Decodes {@code data[0, length)}; the array is reused for the next event, so it must not be kept. */
  T decode(byte[] data, int length) throws IOException;

  /** Decodes JSON event data into {@code type} with HubKit's mapper. */
  static <T> EventDecoder<T> json(Class<T> type) {
    ObjectReader reader = Json.mapper().readerFor(type);
    return (data, length) -> reader.readValue(data, 0, length);
  }
}
