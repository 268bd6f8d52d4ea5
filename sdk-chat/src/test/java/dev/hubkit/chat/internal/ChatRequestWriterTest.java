package dev.hubkit.chat.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatRole;
import dev.hubkit.chat.ContentPart;
import dev.hubkit.chat.ResponseFormat;
import dev.hubkit.chat.StreamOptions;
import dev.hubkit.chat.ToolCall;
import dev.hubkit.chat.ToolChoice;
import dev.hubkit.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChatRequestWriterTest {
  private static final String[] TEXTS = {"Hello", "", " tok", "\u00e9t\u00e9", "\u4f60\u597d", "\ud83d\ude00",
      "line\nbreak", "\"quoted\"", "back\\slash", "a/b", "\t\b\f\r", "\u0000\u0001\u001f\u007f", "\u2028\u2029",
      "\uffff", "</script>", "emoji \ud83c\udf89 end", "lone \ud83d half", "\ude00 low first"};
  private static final double[] NUMBERS = {0, 0.7, 1, 2.0, 1e-7, 123456789.125, -0.5, 1e21, Double.MIN_VALUE};

  @Test
  void usualRequestsAreWrittenByteForByteAsTheMapperWritesThem() throws Exception {
    SplittableRandom random = new SplittableRandom(19);
    for (int i = 0; i < 3000; i++) {
      ChatRequest request = randomUsualRequest(random);
      boolean stream = random.nextBoolean();
      byte[] direct = ChatRequestWriter.write(request, stream);
      assertNotNull(direct, () -> "left to Jackson: " + request);
      byte[] jackson = Json.mapper().writeValueAsBytes(new StreamFlaggedBody(request, stream));
      assertArrayEquals(jackson, direct, () -> "for " + request + "\nJackson: "
          + new String(jackson, StandardCharsets.UTF_8) + "\ndirect:  " + new String(direct, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aRequestWithPartsToolsOrAFormatIsLeftToJackson() {
    ChatRequest.Builder base = ChatRequest.builder().model("gpt-4o").addMessage(ChatMessage.user("hi"));
    assertNull(ChatRequestWriter.write(ChatRequest.builder().model("gpt-4o")
        .addMessage(ChatMessage.user(ContentPart.text("look"), ContentPart.imageUrl("https://x/y.png"))).build(),
        false));
    assertNull(ChatRequestWriter.write(ChatRequest.builder().from(base.build())
        .responseFormat(ResponseFormat.jsonObject()).build(), false));
    assertNull(ChatRequestWriter.write(ChatRequest.builder().from(base.build())
        .toolChoice(ToolChoice.AUTO).build(), false));
    ChatMessage withCall = ChatMessage.builder().role(ChatRole.ASSISTANT)
        .addToolCalls(ToolCall.function("c1", "f", "{}")).build();
    assertNull(ChatRequestWriter.write(ChatRequest.builder().from(base.build()).addMessage(withCall).build(), false));
    ChatMessage withExtra = ChatMessage.builder().from(ChatMessage.user("x")).putExtra("cache_control", "e").build();
    assertNull(ChatRequestWriter.write(ChatRequest.builder().model("m").addMessage(withExtra).build(), false));
  }

  @Test
  void aNumberJacksonWritesAsAStringIsLeftToJackson() {
    assertNull(ChatRequestWriter.write(ChatRequest.builder().model("m").addMessage(ChatMessage.user("hi"))
        .temperature(Double.NaN).build(), true));
  }

  @Test
  void theStreamFlagComesLast() {
    byte[] json = ChatRequestWriter.write(ChatRequest.builder().model("m").addMessage(ChatMessage.user("hi"))
        .streamOptions(StreamOptions.usageIncluded()).build(), true);
    assertEquals("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
        + "\"stream_options\":{\"include_usage\":true},\"stream\":true}", new String(json, StandardCharsets.UTF_8));
  }

  private static ChatRequest randomUsualRequest(SplittableRandom random) {
    ChatRequest.Builder request = ChatRequest.builder().model("m" + text(random));
    int messages = 1 + random.nextInt(4);
    for (int m = 0; m < messages; m++) {
      ChatRole role = random.nextInt(6) == 0 ? ChatRole.of(text(random)) : pick(random, ChatRole.SYSTEM,
          ChatRole.USER, ChatRole.ASSISTANT, ChatRole.TOOL, ChatRole.DEVELOPER);
      ChatMessage.Builder message = ChatMessage.builder().role(role);
      message.content(text(random));
      if (random.nextInt(4) == 0) {
        message.name(text(random));
      }
      if (random.nextInt(5) == 0) {
        message.reasoningContent(text(random));
      }
      if (random.nextInt(5) == 0 || role.equals(ChatRole.TOOL)) {
        message.toolCallId(text(random));
      }
      request.addMessage(message.build());
    }
    if (random.nextBoolean()) {
      request.temperature(number(random));
    }
    if (random.nextInt(3) == 0) {
      request.topP(number(random));
    }
    if (random.nextInt(3) == 0) {
      request.topK(random.nextInt(200));
    }
    if (random.nextInt(3) == 0) {
      request.maxTokens(random.nextInt());
    }
    if (random.nextInt(3) == 0) {
      request.maxCompletionTokens(random.nextInt(100000));
    }
    if (random.nextInt(4) == 0) {
      request.n(1 + random.nextInt(4));
    }
    if (random.nextInt(4) == 0) {
      request.stop(Arrays.asList(text(random), text(random)).subList(0, 1 + random.nextInt(2)));
    }
    if (random.nextInt(4) == 0) {
      request.seed(random.nextLong());
    }
    if (random.nextInt(4) == 0) {
      request.presencePenalty(number(random));
    }
    if (random.nextInt(4) == 0) {
      request.frequencyPenalty(number(random));
    }
    if (random.nextInt(4) == 0) {
      request.parallelToolCalls(random.nextBoolean());
    }
    if (random.nextInt(4) == 0) {
      request.streamOptions(random.nextBoolean() ? StreamOptions.usageIncluded()
          : random.nextBoolean() ? StreamOptions.builder().includeUsage(false).build()
          : StreamOptions.builder().build());
    }
    if (random.nextInt(3) == 0) {
      request.user(text(random));
    }
    if (random.nextInt(3) == 0) {
      request.reasoningEffort(pick(random, "low", "medium", "high", text(random)));
    }
    return request.build();
  }

  private static String text(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      StringBuilder any = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        any.append((char) random.nextInt(0x10000)); // lone surrogate halves included
      }
      return any.toString();
    }
    return TEXTS[random.nextInt(TEXTS.length)] + (random.nextBoolean() ? TEXTS[random.nextInt(TEXTS.length)] : "");
  }

  private static double number(SplittableRandom random) {
    return random.nextBoolean() ? NUMBERS[random.nextInt(NUMBERS.length)] : random.nextDouble() * 2;
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
