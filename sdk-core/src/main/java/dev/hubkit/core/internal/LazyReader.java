package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.function.Function;

/**
 * HubKit's reader of one type, built on its first use. Jackson's {@code readerFor} builds the type's deserializer
 * (and those of every type it holds) at once, which costs a fresh JVM tens of milliseconds per type: a reader kept
 * in a static field for a rare shape (the Jackson fallback behind a fast path, a stream format the caller never
 * opens) would make the first call pay for it. Creating one does not touch the mapper at all, so a call that
 * needs no Jackson never builds it. Thread-safe: two threads racing on the first use build the same reader, and
 * either one is kept.
 */
public final class LazyReader {
  private final Function<ObjectMapper, ObjectReader> build;
  private volatile ObjectReader reader;

  private LazyReader(Function<ObjectMapper, ObjectReader> build) {
    this.build = build;
  }

  /**
   * A reader of {@code type}, built when first asked for.
   *
   * @param type the type values are read into
   * @return the lazy reader
   */
  public static LazyReader of(Class<?> type) {
    return new LazyReader(mapper -> mapper.readerFor(type));
  }

  /**
   * A reader of a generic {@code type}, built when first asked for.
   *
   * @param type the type values are read into
   * @return the lazy reader
   */
  public static LazyReader of(JavaType type) {
    return new LazyReader(mapper -> mapper.readerFor(type));
  }

  /**
   * A reader of lists of {@code element}, built when first asked for.
   *
   * @param element the type of the list's values
   * @return the lazy reader
   */
  public static LazyReader listOf(Class<?> element) {
    return new LazyReader(mapper -> mapper.readerForListOf(element));
  }

  /**
   * The reader, built on the first call.
   *
   * @return HubKit's mapper's reader of the type
   */
  public ObjectReader get() {
    ObjectReader current = reader;
    if (current == null) {
      current = build.apply(Json.mapper());
      reader = current;
    }
    return current;
  }
}
