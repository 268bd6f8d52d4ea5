package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LazyReaderTest {
  /** A type no other test reads, so the mapper has built no deserializer for it before this test. */
  static final class Parcel {
    public String label;
  }

  /** A second such type, for the response-reader factory. */
  static final class Crate {
    public int size;
  }

  @Test
  void theDeserializerIsBuiltAtTheFirstReadNotWhenTheReaderIsCreated() throws Exception {
    JavaType type = Json.mapper().constructType(Parcel.class);
    LazyReader reader = LazyReader.of(Parcel.class);
    assertFalse(rootDeserializers().containsKey(type), "built when created");

    Parcel parcel = reader.get().readValue("{\"label\":\"books\"}");

    assertEquals("books", parcel.label);
    assertTrue(rootDeserializers().containsKey(type), "not built by the first read");
    assertSame(reader.get(), reader.get());
  }

  @Test
  void aJsonResponseReaderKeptInAStaticFieldCostsNothingUntilItReads() throws Exception {
    JavaType type = Json.mapper().constructType(Crate.class);
    ResponseReader<Crate> reader = ResponseReader.json(Crate.class);
    assertFalse(rootDeserializers().containsKey(type), "built when created");

    assertEquals(3, reader.read("{\"size\":3}".getBytes(StandardCharsets.UTF_8)).size);
  }

  @SuppressWarnings("unchecked")
  private static Map<JavaType, JsonDeserializer<Object>> rootDeserializers() throws ReflectiveOperationException {
    Field field = ObjectMapper.class.getDeclaredField("_rootDeserializers");
    field.setAccessible(true);
    return (Map<JavaType, JsonDeserializer<Object>>) field.get(Json.mapper());
  }
}
