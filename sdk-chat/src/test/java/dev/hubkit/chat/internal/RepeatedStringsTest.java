package dev.hubkit.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hubkit.chat.ChatCompletionChunk;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.hubkit.core.internal.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepeatedStringsTest {
  private final ObjectReader stream = Json.mapper().readerFor(ChatCompletionChunk.class)
      .withAttribute(RepeatedStrings.KEY, new RepeatedStrings());

  private ChatCompletionChunk chunk(String id, String model, String tier) throws Exception {
    return stream.readValue("{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"model\":\"" + model
        + "\",\"service_tier\":\"" + tier + "\",\"system_fingerprint\":null,\"choices\":[]}");
  }

  @Test
  void equalStringsOfConsecutiveChunksAreSharedAndChangedOnesRead() throws Exception {
    ChatCompletionChunk first = chunk("chatcmpl-1", "gpt-4o", "default");
    ChatCompletionChunk second = chunk("chatcmpl-1", "gpt-4o", "default");
    assertSame(first.id().get(), second.id().get());
    assertSame(first.model().get(), second.model().get());
    assertSame(first.extra().get("service_tier"), second.extra().get("service_tier"));

    ChatCompletionChunk changed = chunk("chatcmpl-2", "gpt-4o-mini", "flex");
    assertEquals(Optional.of("chatcmpl-2"), changed.id());
    assertEquals(Optional.of("gpt-4o-mini"), changed.model());
    assertEquals("flex", changed.extra().get("service_tier"));
    assertEquals(Optional.empty(), changed.systemFingerprint());

    ChatCompletionChunk back = chunk("chatcmpl-1", "gpt-4o", "default");
    assertEquals(Optional.of("chatcmpl-1"), back.id());
    assertNotSame(first.id().get(), back.id().get());
  }

  @Test
  void escapedAndSameLengthStringsAreReadExactly() throws Exception {
    assertEquals(Optional.of("m\u00e9\"x"), chunk("a", "m\\u00e9\\\"x", "t").model());
    assertEquals(Optional.of("m\u00e9\"y"), chunk("a", "m\u00e9\\\"y", "t").model());
    assertEquals(Optional.of("b"), chunk("b", "m", "t").id());
  }

  @Test
  void withoutTheAttributeChunksReadAsBefore() throws Exception {
    ChatCompletionChunk chunk = Json.mapper().readValue(
        "{\"id\":\"x\",\"model\":\"m\",\"service_tier\":\"default\",\"choices\":[]}", ChatCompletionChunk.class);
    assertEquals(Optional.of("x"), chunk.id());
    assertEquals("default", chunk.extra().get("service_tier"));
  }
}
