package dev.hubkit.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hubkit.anthropic.internal.MessageEventDecoder;
import dev.hubkit.core.internal.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The text-delta fast path gives the value Jackson gives, for the usual layout and every one it leaves alone. */
class TextDeltaReaderTest {
  private static final MessageEventDecoder DECODER = new MessageEventDecoder();

  private static void readAlike(String event) throws Exception {
    byte[] padded = ("xx" + event + "yy").getBytes(StandardCharsets.UTF_8);
    int length = event.getBytes(StandardCharsets.UTF_8).length;
    MessageStreamEvent fast = DECODER.decode(padded, 2, length);
    MessageStreamEvent ordinary = DECODER.decodeOrdinary(padded, 2, length);
    MessageStreamEvent jackson = Json.mapper().readValue(event, ContentBlockDeltaEvent.class);
    assertEquals(jackson, fast, event);
    assertEquals(jackson, ordinary, event);
  }

  @Test
  void everyLayoutDecodesToTheSameValue() throws Exception {
    readAlike("{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello\"}}");
    readAlike("{\"type\":\"content_block_delta\",\"index\":12,\"delta\":{\"type\":\"text_delta\",\"text\":\"\"}}");
    readAlike("{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"caf\u00e9 \u2603\"}}");
    readAlike("{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"a\\\"b\\n\"}}");
    readAlike("{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"x\",\"k\":1}}");
    readAlike("{\"type\":\"content_block_delta\", \"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"x\"}}");
    readAlike("{\"type\":\"content_block_delta\",\"index\":3,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"t\"}}");
  }
}
