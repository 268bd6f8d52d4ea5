package dev.hubkit.gemini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FastChunkReaderTest {
  private static final String USUAL = "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"One, two\"}],"
      + "\"role\": \"model\"},\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 9,\"totalTokenCount\": 9},"
      + "\"modelVersion\": \"gemini-2.5-flash\",\"responseId\": \"r-1\"}";
  private static final String LAST = "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \", three.\","
      + "\"thoughtSignature\": \"EjQK\"}],\"role\": \"model\"},\"finishReason\": \"STOP\",\"index\": 0}],"
      + "\"usageMetadata\": {\"promptTokenCount\": 9,\"candidatesTokenCount\": 5,\"thoughtsTokenCount\": 31,"
      + "\"totalTokenCount\": 45},\"modelVersion\": \"gemini-2.5-flash\",\"responseId\": \"r-1\"}";
  private static final String THOUGHT = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"hm\",\"thought\":true}"
      + ",{\"text\":\"x\",\"thought\":false}]}}]}";

  private static GenerateContentResponse bound(String json) throws Exception {
    return Json.mapper().readValue(json, GenerateContentResponse.class);
  }

  private static GenerateContentResponse fast(FastChunkReader reader, String json) throws Exception {
    byte[] bytes = ("  " + json + " ").getBytes(StandardCharsets.UTF_8);
    return reader.read(bytes, 2, bytes.length - 3);
  }

  @Test
  void theUsualChunksReadAsDataBindingReadsThem() throws Exception {
    FastChunkReader reader = new FastChunkReader();
    for (String json : List.of(USUAL, LAST, THOUGHT, "{}", "{\"candidates\":[]}")) {
      GenerateContentResponse fast = fast(reader, json);
      assertNotNull(fast, json);
      assertEquals(bound(json), fast, json);
    }
  }

  @Test
  void repeatedUsageAndNamesAreThePreviousChunksValues() throws Exception {
    FastChunkReader reader = new FastChunkReader();
    GenerateContentResponse first = fast(reader, USUAL);
    GenerateContentResponse second = fast(reader, USUAL.replace("One, two", "three"));
    assertSame(first.usageMetadata().get(), second.usageMetadata().get());
    assertSame(first.modelVersion().get(), second.modelVersion().get());
    assertEquals(bound(LAST).usageMetadata(), fast(reader, LAST).usageMetadata());
  }

  @Test
  void chunksDifferingOnlyInTheirTextTakeTheTemplateAndStillReadAsDataBindingDoes() throws Exception {
    FastChunkReader reader = new FastChunkReader();
    fast(reader, USUAL);
    for (String text : List.of(" three", "", "\\\"quoted\\\"", "caf\u00e9", "line\\nbreak", "One, two",
        "gemini-2.5-flash", "model")) {
      String json = USUAL.replace("One, two", text);
      assertEquals(bound(json), fast(reader, json), json);
    }
    GenerateContentResponse a = fast(reader, USUAL.replace("One, two", "alpha"));
    GenerateContentResponse b = fast(reader, USUAL.replace("One, two", "beta"));
    assertEquals("beta", b.text());
    assertSame(a.usageMetadata().get(), b.usageMetadata().get());
    assertSame(a.candidates().get(0).finishReason().isPresent(), b.candidates().get(0).finishReason().isPresent());
  }

  @Test
  void everyOtherShapeIsLeftToDataBinding() throws Exception {
    FastChunkReader reader = new FastChunkReader();
    List<String> others = List.of(
        "{\"error\":{\"code\":500,\"message\":\"x\",\"status\":\"INTERNAL\"}}",
        "{\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"f\",\"args\":{}}}]}}]}",
        "{\"candidates\":[{\"content\":{\"parts\":[{\"thoughtSignature\":\"s\"}]}}]}",
        "{\"candidates\":[{\"finishReason\":null}]}",
        "{\"candidates\":[{\"safetyRatings\":[]}]}",
        "{\"usageMetadata\":{\"promptTokensDetails\":[]}}",
        "{\"usageMetadata\":{\"promptTokenCount\":1,\"promptTokenCount\":2}}",
        "{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}",
        "[1]", "{} {}");
    for (String json : others) {
      assertNull(fast(reader, json), json);
    }
  }

  @Test
  void mutatedChunksNeverReadDifferentlyFromDataBinding() throws Exception {
    Random random = new Random(16);
    ChunkDecoder decoder = new ChunkDecoder();
    int read = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] bytes = (i % 2 == 0 ? LAST : USUAL).getBytes(StandardCharsets.UTF_8);
      String alphabet = " {}[],:\"\\0a9ex-.tn";
      bytes[random.nextInt(bytes.length)] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
      GenerateContentResponse fast = decoder.decodeOrdinary(bytes, 0, bytes.length);
      if (fast != null) { // then data binding must read the same bytes, and into the same value
        assertEquals(Json.mapper().readValue(bytes, GenerateContentResponse.class), fast, new String(bytes));
        read++;
      }
    }
    assertTrue(read > 300 && read < 3000, "fast path took " + read + " of 3000 mutated chunks");
  }
}
