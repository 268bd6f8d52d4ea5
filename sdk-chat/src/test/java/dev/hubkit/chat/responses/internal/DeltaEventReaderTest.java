package dev.hubkit.chat.responses.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hubkit.chat.responses.ResponseStreamEvent;
import dev.hubkit.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeltaEventReaderTest {
  private final DeltaEventReader fast = new DeltaEventReader();

  private static ResponseStreamEvent jackson(String json) throws Exception {
    return Json.mapper().readValue(json, ResponseStreamEvent.class);
  }

  private ResponseStreamEvent read(String json) {
    byte[] padded = ("xx" + json + "yy").getBytes(StandardCharsets.UTF_8);
    return fast.read(padded, 2, padded.length - 4);
  }

  @Test
  void theUsualDeltaEventsReadAsJacksonReadsThem() throws Exception {
    for (String json : List.of(
        "{\"type\":\"response.output_text.delta\",\"sequence_number\":9,\"item_id\":\"msg_1\",\"output_index\":1,"
            + "\"content_index\":0,\"delta\":\"Hi\",\"logprobs\":[]}",
        "{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,"
            + "\"delta\":\" caf\\u00e9 \\\"quoted\\\"\\n\",\"sequence_number\":10,\"obfuscation\":\"Ab3\"}",
        "{ \"type\" : \"response.function_call_arguments.delta\", \"sequence_number\": 15, \"item_id\": \"fc_1\","
            + " \"output_index\": 2, \"delta\": \"{\\\"city\\\":\" }",
        "{\"type\":\"response.reasoning_summary_text.delta\",\"sequence_number\":4,\"item_id\":\"rs_1\","
            + "\"output_index\":0,\"summary_index\":0,\"delta\":\"Greet \"}",
        "{\"type\":\"response.refusal.delta\",\"delta\":\"\u00fcber\"}")) {
      ResponseStreamEvent read = read(json);
      assertNotNull(read, json);
      assertEquals(jackson(json), read, json);
    }
  }

  @Test
  void whatRepeatsFromEventToEventIsTheSameStringNotACopy() {
    String first = "{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"delta\":\"a\"}";
    String second = "{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"delta\":\"b\"}";
    ResponseStreamEvent one = read(first);
    ResponseStreamEvent two = read(second);
    assertSame(one.type(), two.type());
    assertSame(one.itemId().get(), two.itemId().get());
  }

  @Test
  void everythingElseIsLeftToJackson() {
    for (String json : List.of(
        "{\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"id\":\"r\"}}",
        "{\"type\":\"response.output_text.delta\",\"delta\":\"a\",\"logprobs\":[{\"token\":\"a\"}]}",
        "{\"type\":\"response.output_text.delta\",\"delta\":\"a\",\"surprise\":1}",
        "{\"type\":\"response.output_text.delta\",\"delta\":\"a\",\"delta\":\"b\"}",
        "{\"typ\\u0065\":\"response.output_text.delta\",\"delta\":\"a\"}",
        "{\"delta\":\"a\"}",
        "{\"type\":\"response.output_text.delta\",\"delta\":\"a\"} trailing",
        "{\"type\":\"response.output_text.delta\",\"delta\":null}",
        "{\"type\":\"error\",\"code\":\"x\",\"message\":\"y\"}",
        "{\"error\":{\"message\":\"x\"}}",
        "[1,2]")) {
      assertNull(read(json), json);
    }
  }
}
