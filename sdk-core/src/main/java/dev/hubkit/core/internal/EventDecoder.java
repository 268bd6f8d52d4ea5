package dev.hubkit.core.internal;

import java.io.IOException;

/** Decodes the data of one server-sent event, straight from the bytes on the wire. */
@FunctionalInterface
public interface EventDecoder<T> {
  /**
   * Decodes {@code data[offset, offset + length)}; the array is reused for the next event, so neither it nor the
   * range may be kept. Returns null for an event that carries nothing to deliver.
   */
  T decode(byte[] data, int offset, int length) throws IOException;

  /**
   * A quick reading of an event that this decoder can also tell is an ordinary event and not an error (no top-level
   * {@code error} member, no {@code "object": "error"}), or null for any other event. A stream calls it first, for
   * events not named {@code error}, and only for a null checks the event for an error and then calls
   * {@link #decode}; a decoder that reads every member of the usual events itself saves the stream that search.
   */
  default T decodeOrdinary(byte[] data, int offset, int length) {
    return null;
  }

  /**
   * A fresh tracker of when one stream's reply is complete, called once per stream before its first event. The
   * default is OpenAI's rule, {@link StreamEnd#atDoneOnly()}; formats that end with a terminal event or at the end
   * of the body once every candidate finished return their own (see {@link StreamEnd}).
   *
   * @return the tracker for a new stream
   */
  default StreamEnd<T> newStreamEnd() {
    return StreamEnd.atDoneOnly();
  }

  /** Decodes JSON event data into {@code type} with HubKit's mapper; its deserializer is built on the first event. */
  static <T> EventDecoder<T> json(Class<T> type) {
    LazyReader reader = LazyReader.of(type);
    return (data, offset, length) -> reader.get().readValue(data, offset, length);
  }
}
