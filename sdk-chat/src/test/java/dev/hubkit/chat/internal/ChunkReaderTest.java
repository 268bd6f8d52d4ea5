package dev.hubkit.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.TestWireValues;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.hubkit.core.internal.ErrorParser;
import dev.hubkit.core.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChunkReaderTest {
  private static final ObjectReader JACKSON = Json.mapper().readerFor(ChatCompletionChunk.class);
  private static final ErrorParser ERRORS = new ErrorParser("sk-test");
  private static final String TYPICAL = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\","
      + "\"created\":1741569952,\"model\":\"gpt-4o\",\"service_tier\":\"default\",\"system_fingerprint\":\"fp_1\","
      + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"logprobs\":null,\"finish_reason\":null}],"
      + "\"usage\":null,\"obfuscation\":\"x\"}";

  /** The fast path's reading of {@code json}, placed inside a larger array; null when it leaves it to Jackson. */
  private static ChatCompletionChunk fast(ChunkReader reader, String json) {
    byte[] bytes = ("xx" + json + "yy").getBytes(StandardCharsets.UTF_8);
    return reader.decodeOrdinary(bytes, 2, bytes.length - 4);
  }

  private static ChatCompletionChunk fast(String json) {
    return fast(new ChunkReader(JACKSON, TestWireValues.VALUES), json);
  }

  @Test
  void typicalChunksTakeTheFastPathAndReadAsJacksonReadsThem() throws IOException {
    String[] typical = {
      TYPICAL,
      "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}",
      "{\"choices\":[{\"delta\":{\"reasoning_content\":\"think \\\"hard\\\"\\n\"},\"index\":1}]}",
      "{\"choices\":[{\"delta\":{\"reasoning\":\"\u00e9\u20ac\ud83d\ude00\",\"refusal\":null}}],\"created\":-5}",
      "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}",
      "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\\u4f60\\u597d\",\"x_extra\":\"y\",\"n\":null}}]}",
      "{\"choices\":[],\"model\":null} ",
      " {\n \"id\" : \"a\" ,\r\n\t\"choices\" : [ null ] }\n",
      "{}",
    };
    for (String json : typical) {
      assertEquals(JACKSON.readValue(json), fast(json), json);
    }
  }

  @Test
  void unusualChunksAreReadByJacksonWithTheSameResult() throws IOException {
    String[] unusual = {
      "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\","
          + "\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\"\"}}]}}]}",
      "{\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}}",
      "{\"choices\":[{\"delta\":{\"content\":[{\"type\":\"text\",\"text\":\"part\"}]}}]}",
      "{\"choices\":[{\"delta\":{},\"logprobs\":{\"content\":[]}}],\"x\":1.5,\"y\":true}",
      "{\"id\":\"a\",\"id\":\"b\",\"choices\":[]}",
      "{\"created\":\"1741569952\",\"choices\":[]}",
      "{\"created\":1.7e9}",
      "{\"\\u0069d\":\"escaped key\"}",
    };
    for (String json : unusual) {
      assertNull(fast(json), json);
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertEquals(JACKSON.readValue(json), new ChunkReader(JACKSON, TestWireValues.VALUES).decode(bytes, 0, bytes.length), json);
    }
  }

  @Test
  void errorsAreNeverOrdinaryChunks() {
    String[] errors = {"{\"error\":{\"message\":\"overloaded\",\"code\":529}}", "{\"error\":\"overloaded\"}",
        "{\"choices\":[],\"error\":null}", "{\"object\":\"error\",\"message\":\"m\",\"code\":400}"};
    for (String json : errors) {
      assertNull(fast(json), json);
    }
  }

  @Test
  void malformedChunksFailExactlyAsJacksonFails() {
    String[] malformed = {"", "  ", "{", "{\"id\":\"a\"", "{\"id\":nul}", "{\"id\":\"a\"}x", "[1]", "null",
        "{\"choices\":[{\"delta\":{\"content\":\"a\u0001b\"}}]}", "{\"choices\":[{\"index\":01}]}",
        "{\"id\":\"\\q\"}", "{\"id\":\"\\u12\"}"};
    for (String json : malformed) {
      assertSameOutcome(json.getBytes(StandardCharsets.UTF_8));
    }
    assertSameOutcome(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'});
    assertSameOutcome(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"',
        '}'});
  }

  @Test
  void anObjectOrArrayWhereTextOrANumberBelongsIsAMismatchedInput() {
    String[] mismatched = {"{\"model\":{}}", "{\"id\":[\"a\"]}", "{\"created\":{\"id\":\"x\"}}",
        "{\"choices\":[{\"index\":[0]}]}", "{\"choices\":[{\"delta\":{\"role\":{}}}]}",
        "{\"choices\":[{\"finish_reason\":[\"stop\"]}]}"};
    for (String json : mismatched) {
      assertThrows(MismatchedInputException.class, () -> JACKSON.readValue(json), json);
      assertSameOutcome(json.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void stringsRepeatedFromThePreviousChunkAreShared() throws IOException {
    ChunkReader reader = new ChunkReader(JACKSON, TestWireValues.VALUES);
    ChatCompletionChunk first = fast(reader, TYPICAL);
    ChatCompletionChunk second = fast(reader, TYPICAL);
    assertSame(first.id().get(), second.id().get());
    assertSame(first.model().get(), second.model().get());
    assertSame(first.object().get(), second.object().get());
    assertSame(first.systemFingerprint().get(), second.systemFingerprint().get());
    assertSame(first.extra().get("service_tier"), second.extra().get("service_tier"));
    ChatCompletionChunk changed = fast(reader, TYPICAL.replace("gpt-4o", "gpt-4x"));
    assertEquals(Optional.of("gpt-4x"), changed.model());
  }

  @Test
  void randomChunksReadExactlyAsJacksonReadsThem() {
    SplittableRandom random = new SplittableRandom(17);
    int fast = 0;
    int valid = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] json = new ChunkGenerator(random).chunk().getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(8) == 0) {
        json = RandomJson.mutate(json, random);
      }
      if (assertSameOutcome(json)) {
        valid++;
        if (new ChunkReader(JACKSON, TestWireValues.VALUES).decodeOrdinary(json, 0, json.length) != null) {
          fast++;
        }
      }
    }
    // both paths must be well exercised for the comparison to mean something
    assertTrue(fast > 1_000 && valid - fast > 1_000, fast + " of " + valid + " valid chunks took the fast path");
  }

  @Test
  void chunksOfOneStreamReadAsJacksonReadsThemWhenTheirStartsRepeat() {
    SplittableRandom random = new SplittableRandom(23);
    int resumed = 0;
    for (int stream = 0; stream < 300; stream++) {
      ChunkGenerator generator = new ChunkGenerator(random);
      String head = generator.head();
      ChunkReader reader = new ChunkReader(JACKSON, TestWireValues.VALUES);
      for (int i = 0; i < 30; i++) {
        String chunk = head + generator.tail();
        if (random.nextInt(10) == 0) {
          chunk = head.substring(0, random.nextInt(head.length())) + generator.head().substring(1) + generator.tail();
        }
        byte[] json = chunk.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0) {
          json = RandomJson.mutate(json, random);
        }
        ChatCompletionChunk fast = reader.decodeOrdinary(json, 0, json.length);
        assertSameOutcome(json);
        if (fast != null) {
          resumed++;
          assertEquals(readOrNull(json), fast, chunk);
        }
      }
    }
    assertTrue(resumed > 3_000, resumed + " chunks took the fast path");
  }

  @Test
  void chunksThatDifferOnlyInTheirTextReadAsJacksonReadsThem() {
    String[] templates = {
      "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
          + "\"delta\":{\"content\":\"%s\"},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}",
      "{\"id\":\"c2\",\"choices\":[{\"delta\":{\"role\":\"assistant\",\"reasoning_content\":\"%s\",\"content\":null}}]}",
      "{\"choices\":[{\"index\":0,\"delta\":{\"reasoning\":\"%s\"}}],\"model\":\"m\",\"x\":\"y\"}\n",
      "{ \"choices\" : [ { \"delta\" : { \"content\" : \"%s\" , \"refusal\" : null } } ] }",
    };
    String[] pieces = {"Hello", "", " tok", "\\u00e9t\\u00e9", "\u4f60\u597d", "\ud83d\ude00", "\\n", "\\\"q\\\"",
        "a\\/b", "\\", "\"", "x\"},\"logprobs\":{},\"finish_reason\":\"stop\"}],\"y\":\"", "\u0001", "\\u12",
        "x\"}]}", "a\"b"};
    SplittableRandom random = new SplittableRandom(31);
    int taken = 0;
    for (String template : templates) {
      ChunkReader reader = new ChunkReader(JACKSON, TestWireValues.VALUES);
      for (int i = 0; i < 2_000; i++) {
        String piece = pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)];
        byte[] json = String.format(template, piece).getBytes(StandardCharsets.UTF_8);
        ChatCompletionChunk fast = reader.decodeOrdinary(json, 0, json.length);
        if (fast != null) {
          taken++;
          assertEquals(readOrNull(json), fast, new String(json, StandardCharsets.UTF_8));
        }
      }
    }
    assertTrue(taken > 2_000, taken + " chunks took the fast path");
  }

  @Test
  void chunksAlternatingBetweenTwoStartsWithTheSameEndReadAsJacksonReadsThem() {
    String end = "\"},\"logprobs\":null,\"finish_reason\":null}]}";
    String[] starts = {
      "{\"id\":\"a\",\"model\":\"m-1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"",
      "{\"id\":\"b\",\"model\":\"m-22\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"",
    };
    ChunkReader reader = new ChunkReader(JACKSON, TestWireValues.VALUES);
    for (int i = 0; i < 40; i++) {
      byte[] json = (starts[i / 3 % 2] + "piece " + i + end).getBytes(StandardCharsets.UTF_8);
      assertEquals(readOrNull(json), reader.decodeOrdinary(json, 0, json.length), "chunk " + i);
    }
  }

  @Test
  void aRepeatedStartDoesNotHideARepeatedKeyAfterIt() {
    ChunkReader reader = new ChunkReader(JACKSON, TestWireValues.VALUES);
    String head = "{\"id\":\"a\",\"model\":\"m\",";
    assertEquals(Optional.of("a"), fast(reader, head + "\"choices\":[]}").id());
    assertNull(fast(reader, head + "\"choices\":[],\"id\":\"b\"}"), "a repeated id goes to Jackson");
    assertEquals(Optional.of("m"), fast(reader, head + "\"choices\":[],\"x\":\"y\"}").model());
  }

  private static ChatCompletionChunk readOrNull(byte[] json) {
    try {
      return JACKSON.readValue(json, 0, json.length);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Asserts that the fast path, when it takes an input, reads what Jackson reads, and that it takes no input Jackson
   * rejects; true when the input is a valid chunk.
   */
  private static boolean assertSameOutcome(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8);
    ChatCompletionChunk fast = new ChunkReader(JACKSON, TestWireValues.VALUES).decodeOrdinary(json, 0, json.length);
    ChatCompletionChunk expected;
    try {
      expected = JACKSON.readValue(json, 0, json.length);
    } catch (IOException e) {
      assertNull(fast, () -> "the fast path took what Jackson rejects (" + e.getMessage() + "): " + text);
      return false;
    }
    if (fast != null) {
      assertEquals(expected, fast, text);
      assertEquals(Optional.empty(), ERRORS.fromStreamEvent(json, 0, json.length, null, 200, "POST", "/x"),
          () -> "the fast path took an error: " + text);
    }
    return true;
  }

  /** Chunks of every shape gateways send, with random field order, whitespace, escapes and extras. */
  private static final class ChunkGenerator extends RandomJson {
    ChunkGenerator(SplittableRandom random) {
      super(random);
    }

    /** The members gateways send first in every chunk of a stream, ending with a comma. */
    String head() {
      String members = object(
          field("id", pick(string(), "null")),
          field("object", pick("\"chat.completion.chunk\"", "null", "\"error\"")),
          field("created", pick("1741569952", "null", "1.5")),
          field("model", pick("\"gpt-4o\"", string())),
          field("system_fingerprint", pick("\"fp_1\"", "null")),
          field("service_tier", pick("\"default\"", "null", "3")),
          null);
      return members.length() > 2 ? members.substring(0, members.length() - 1) + "," : "{\"id\":\"x\",";
    }

    /** The members after {@link #head()}: the choices and what may follow them. */
    String tail() {
      String members = object(
          ws() + "\"choices\"" + ws() + ":" + ws() + pick("[" + choice() + "]", "[]", "null"),
          field("usage", pick("null", "{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}")),
          field("obfuscation", pick(string(), "null")),
          field("id", pick(string(), "null")));
      return members.substring(1);
    }

    String chunk() {
      return object(
          field("id", pick(string(), "null", "7")),
          field("object", pick("\"chat.completion.chunk\"", "null", "\"error\"")),
          random.nextInt(10) == 0 ? field("error", pick("null", "\"overloaded\"", "{\"message\":\"m\"}")) : null,
          field("created", pick("1741569952", "null", "1.5", "\"12\"", "-3", "99999999999999999999")),
          field("model", pick("\"gpt-4o\"", string(), "null")),
          field("system_fingerprint", pick("\"fp_1\"", "null")),
          field("service_tier", pick("\"default\"", "null", "3")),
          field("choices", pick("[" + choice() + "]", "[]", "null", "[" + choice() + "," + choice() + "]",
              "[null]", "{}")),
          field("usage", pick("null", "{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}")),
          field("obfuscation", pick(string(), "{\"a\":[1,2]}")),
          field("id", pick(string(), "null")));
    }

    private String choice() {
      return object(
          field("index", pick("0", "1", "null", "\"0\"", "3000000000")),
          field("delta", pick(delta(), "null", "{}")),
          field("logprobs", pick("null", "{\"content\":null}")),
          field("finish_reason", pick("null", "\"stop\"", "\"length\"", "\"tool_calls\"", "\"other\"")),
          field("native_finish_reason", pick("\"STOP\"", "null")));
    }

    private String delta() {
      return object(
          field("role", pick("\"assistant\"", "null", "\"tool\"")),
          field("content", pick(string(), "null", "[{\"type\":\"text\",\"text\":" + string() + "}]")),
          field("reasoning_content", pick(string(), "null")),
          field("reasoning", pick(string(), "null")),
          field("refusal", pick("null", string())),
          field("tool_calls", pick("null", "[{\"index\":0,\"function\":{\"arguments\":" + string() + "}}]")),
          field("audio", pick("null", "\"a\"")),
          field("content", pick(string(), "null")));
    }
  }
}
