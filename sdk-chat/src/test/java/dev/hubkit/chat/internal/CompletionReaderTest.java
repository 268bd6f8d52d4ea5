package dev.hubkit.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.chat.ChatCompletion;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.hubkit.core.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompletionReaderTest {
  private static final ObjectReader JACKSON = Json.mapper().readerFor(ChatCompletion.class);
  private static final String OPENAI = "{\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":\"chat.completion\","
      + "\"created\":1741569952,\"model\":\"gpt-4o-2024-08-06\",\"choices\":[{\"index\":0,\"message\":{"
      + "\"role\":\"assistant\",\"content\":\"Hello! How can I assist you today?\",\"refusal\":null,"
      + "\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":19,"
      + "\"completion_tokens\":10,\"total_tokens\":29,\"prompt_tokens_details\":{\"cached_tokens\":0,"
      + "\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
      + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},\"service_tier\":\"default\","
      + "\"system_fingerprint\":\"fp_f5bdcc3276\"}";

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void usualRepliesTakeTheFastPathAndReadAsJacksonReadsThem() throws IOException {
    String[] usual = {
      OPENAI,
      "{\"choices\":[{\"message\":{\"content\":\"\\u4f60\\u597d \\\"q\\\"\\n\",\"reasoning_content\":\"think\"},"
          + "\"finish_reason\":\"length\",\"native_finish_reason\":\"MAX_TOKENS\"}],\"usage\":null,\"x\":true}",
      "{\"id\":null,\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"prompt_cache_hit_tokens\":5000000000}}",
      "{\"choices\":[{\"index\":1,\"message\":{\"role\":\"assistant\",\"content\":null,\"refusal\":\"no\","
          + "\"reasoning\":\"r\"}}],\"created\":17}",
      " { } ",
      // unmodelled values other than strings, literals and short integers: Jackson reads each from its own bytes
      "{\"choices\":[{\"message\":{\"content\":\"a\"},\"logprobs\":{\"content\":[]}}]}",
      "{\"x\":1.5,\"big\":12345678901234567890,\"e\":-2E-3,\"x_groq\":{\"id\":\"req_1\",\"usage\":{\"q\":[1,{}]}},"
          + "\"citations\":[\"https://a.example\",\"https://b.example\"],\"choices\":[{\"message\":"
          + "{\"content\":\"a\",\"annotations\":[{\"type\":\"url_citation\",\"url_citation\":{\"start_index\":0}}]}}]}",
    };
    for (String json : usual) {
      ChatCompletion fast = CompletionReader.readUsual(bytes(json));
      assertNotNull(fast, json);
      assertEquals(JACKSON.readValue(json), fast, json);
    }
  }

  @Test
  void unusualRepliesAreReadByJacksonWithTheSameResult() throws IOException {
    String[] unusual = {
      "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\","
          + "\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}}]}",
      "{\"choices\":[{\"message\":{\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\",\"text\":\"b\"}]}}]}",
      "{\"choices\":[{\"index\":0}]}",
      "{\"usage\":{\"prompt_tokens\":null}}",
      "{\"id\":\"a\",\"id\":\"b\"}",
      "{\"x\":[1 2]}",
      "{\"x\":{\"a\":01}}",
    };
    for (String json : unusual) {
      assertNull(CompletionReader.readUsual(bytes(json)), json);
      assertSameOutcome(bytes(json));
    }
  }

  @Test
  void extrasNestedDeeperThanSixtyFourLevelsAreLeftToTheWholeReplyReading() {
    String deep = "{\"x\":" + nested(65) + "}";
    assertNull(CompletionReader.readUsual(bytes(deep)));
    assertTrue(assertSameOutcome(bytes(deep)));
    String shallower = "{\"choices\":[{\"message\":{\"content\":\"a\",\"x\":" + nested(64) + "}}]}";
    assertNotNull(CompletionReader.readUsual(bytes(shallower)));
    assertTrue(assertSameOutcome(bytes(shallower)));
  }

  @Test
  void aReplyNestedPastJacksonsLimitReadsAsJacksonReadsIt() {
    // Jackson 2.15+ fails it (a limit of 1000 levels counted from the root), older versions read it: either way
    // the reader must agree, although the value alone would be within the limit
    assertSameOutcome(bytes("{\"choices\":[{\"message\":{\"content\":\"a\",\"x\":" + nested(997) + "}}]}"));
  }

  private static String nested(int depth) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      json.append('[');
    }
    for (int i = 0; i < depth; i++) {
      json.append(']');
    }
    return json.toString();
  }

  @Test
  void randomRepliesReadExactlyAsJacksonReadsThem() {
    SplittableRandom random = new SplittableRandom(29);
    int fast = 0;
    int valid = 0;
    for (int i = 0; i < 10_000; i++) {
      byte[] json = bytes(new Generator(random).completion());
      if (random.nextInt(8) == 0) {
        json = RandomJson.mutate(json, random);
      }
      if (assertSameOutcome(json)) {
        valid++;
        if (CompletionReader.readUsual(json) != null) {
          fast++;
        }
      }
    }
    // both paths must be well exercised for the comparison to mean something
    assertTrue(fast > 1_000 && valid - fast > 1_000, fast + " of " + valid + " valid replies took the fast path");
  }

  /** Asserts the reader gives Jackson's value or Jackson's failure; true when the input is a valid reply. */
  private static boolean assertSameOutcome(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8);
    Object expected;
    try {
      expected = JACKSON.readValue(json);
    } catch (IOException | RuntimeException e) {
      expected = e.getClass().getName() + ": " + e.getMessage();
    }
    Object actual;
    try {
      actual = new CompletionReader().read(json);
    } catch (IOException | RuntimeException e) {
      actual = e.getClass().getName() + ": " + e.getMessage();
    }
    assertEquals(expected, actual, text);
    return expected instanceof ChatCompletion;
  }

  /** Replies of every shape hubs send, with random member order, whitespace, escapes and extras. */
  private static final class Generator extends RandomJson {
    Generator(SplittableRandom random) {
      super(random);
    }

    String completion() {
      return object(
          field("id", pick(string(), "null", "7")),
          field("object", pick("\"chat.completion\"", "null")),
          field("created", pick("1741569952", "null", "1.5", "\"12\"")),
          field("model", pick("\"gpt-4o\"", string(), "null")),
          field("choices", pick("[" + choice() + "]", "[]", "null", "[" + choice() + "," + choice() + "]")),
          field("usage", pick(usage(), "null", "{}")),
          field("service_tier", pick("\"default\"", "null", "3", "true", "[]", "{\"a\":1}")),
          field("system_fingerprint", pick("\"fp_1\"", "null")),
          field("id", pick(string(), "null")));
    }

    private String choice() {
      return object(
          field("index", pick("0", "1", "null", "\"0\"", "3000000000")),
          field("message", pick(message(), "null", "{}")),
          field("logprobs", pick("null", "{\"content\":null}")),
          field("finish_reason", pick("\"stop\"", "null", "\"length\"", "\"other\"")),
          field("index", pick("0", "2")));
    }

    private String message() {
      return object(
          field("role", pick("\"assistant\"", "null", "\"tool\"", "1")),
          field("content", pick(string(), "null", "[{\"type\":\"text\",\"text\":" + string() + "}]")),
          field("refusal", pick("null", string())),
          field("reasoning_content", pick(string(), "null")),
          field("reasoning", pick(string(), "null")),
          field("tool_calls", pick("null", "[]", "[{\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"f\","
              + "\"arguments\":\"{}\"}}]")),
          field("annotations", pick("[]", "null")),
          field("content", pick(string(), "null")));
    }

    private String usage() {
      return object(
          field("prompt_tokens", pick("19", "null", "-1", "2.0")),
          field("completion_tokens", pick("10", "0")),
          field("total_tokens", pick("29", "99999999999")),
          field("prompt_tokens_details", pick("{\"cached_tokens\":0,\"audio_tokens\":null}", "null", "{}")),
          field("completion_tokens_details", pick("{\"reasoning_tokens\":0,\"audio_tokens\":0,"
              + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0,\"x\":\"y\"}", "null")),
          field("cost", pick("0", "\"0.1\"", "0.25")),
          field("total_tokens", pick("1", "null")));
    }
  }
}
