package dev.hubkit.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.internal.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageValuesTest {
  @TempDir
  Path tempDir;

  @Test
  void toStringShortensAnInlineImage() {
    byte[] png = new byte[30_000];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
    Arrays.fill(png, 8, png.length, (byte) 7);

    ChatMessage message = ChatMessage.user(ContentPart.text("look"), ContentPart.image(png));
    String text = message.toString();

    String url = message.content().get().parts().get(1).imageUrl().get().url();
    assertTrue(url.length() > 40_000);
    assertTrue(text.length() < 500, text);
    assertTrue(text.contains("data:image/png;base64,iVBORw0KGgo"), text);
    assertTrue(text.contains("(" + url.length() + " chars)"), text);
    assertFalse(text.contains(url.substring(100, 200)), text);
  }

  @Test
  void gifIsRecognisedByMagicBytesAndUnknownBytesAreRejected() {
    assertTrue(ContentPart.image("GIF89a...".getBytes()).imageUrl().get().url().startsWith("data:image/gif;base64,"));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ContentPart.image(new byte[] {1, 2, 3}));
    assertTrue(error.getMessage().contains("pass the MIME type"), error.getMessage());
  }

  @Test
  void imageFileOfUnknownTypeNamesTheFile() throws Exception {
    Path file = Files.write(tempDir.resolve("notes.txt"), new byte[] {1, 2, 3});

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ContentPart.imageFile(file));

    assertTrue(error.getMessage().contains("notes.txt"), error.getMessage());
  }

  @Test
  void requestWithoutMessagesOrModelSaysWhatToFix() {
    IllegalArgumentException noMessages = assertThrows(IllegalArgumentException.class,
        () -> ChatRequest.builder().model("gpt-4o-mini").build());
    assertTrue(noMessages.getMessage().contains("messages must not be empty"), noMessages.getMessage());
    IllegalArgumentException blankModel = assertThrows(IllegalArgumentException.class,
        () -> ChatRequest.builder().model("  ").addMessage(ChatMessage.user("hi")).build());
    assertTrue(blankModel.getMessage().contains("model must not be blank"), blankModel.getMessage());
  }

  @Test
  void toolMessageNeedsTheCallId() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ChatMessage.builder().role(ChatRole.TOOL).content("42").build());
    assertTrue(error.getMessage().contains("ChatMessage.tool(toolCallId, result)"), error.getMessage());
  }

  @Test
  void knownRolesAndFinishReasonsAreTheConstantsAndUnknownOnesKeepTheirText() {
    assertSame(ChatRole.ASSISTANT, ChatRole.of("assistant"));
    assertEquals("critic", ChatRole.of("critic").value());
    assertEquals(ChatRole.of("critic"), ChatRole.of("critic"));
    assertSame(FinishReason.CONTENT_FILTER, FinishReason.of("content_filter"));
    assertEquals("max_output_tokens", FinishReason.of("max_output_tokens").toString());
  }

  @Test
  void nullListsAndMissingIndexesInAChunkReadAsEmptyAndZero() throws Exception {
    ChatCompletionChunk chunk = Json.mapper().readValue("{\"choices\":[{\"delta\":{\"content\":\"x\","
        + "\"tool_calls\":null},\"finish_reason\":null}],\"usage\":null}", ChatCompletionChunk.class);
    ChatCompletionChunk noChoices = Json.mapper().readValue("{\"choices\":null}", ChatCompletionChunk.class);

    assertEquals(0, chunk.choices().get(0).index());
    assertTrue(chunk.choices().get(0).delta().toolCalls().isEmpty());
    assertEquals("x", chunk.textDelta());
    assertTrue(noChoices.choices().isEmpty());
    assertEquals("", noChoices.textDelta());
  }

  @Test
  void unknownFieldsSentAsNullAreKeptAndDoNotFailTheReply() throws Exception {
    ChatCompletionChunk chunk = Json.mapper().readValue("{\"id\":\"c\",\"choices\":[{\"index\":0,"
        + "\"delta\":{\"content\":\"Hi\"},\"logprobs\":null,\"finish_reason\":null}],\"obfuscation\":null}",
        ChatCompletionChunk.class);

    assertEquals("Hi", chunk.textDelta());
    assertTrue(chunk.choices().get(0).extra().containsKey("logprobs"));
    assertEquals(null, chunk.choices().get(0).extra().get("logprobs"));
    assertTrue(chunk.extra().containsKey("obfuscation"));
  }

  @Test
  void replyContentSentAsPartsIsReadAsItsJoinedText() throws Exception {
    ChatCompletion completion = Json.mapper().readValue("{\"choices\":[{\"message\":{\"role\":\"assistant\","
        + "\"content\":[{\"type\":\"text\",\"text\":\"Hello \"},{\"type\":\"text\",\"text\":\"there\"}]}}]}",
        ChatCompletion.class);
    ChatCompletionChunk chunk = Json.mapper().readValue(
        "{\"choices\":[{\"delta\":{\"content\":[{\"type\":\"text\",\"text\":\"Hi\"}]}}]}", ChatCompletionChunk.class);
    ChatCompletion nullContent = Json.mapper().readValue(
        "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null}}]}", ChatCompletion.class);

    assertEquals("Hello there", completion.text());
    assertEquals("Hi", chunk.textDelta());
    assertFalse(nullContent.choices().get(0).message().content().isPresent());
  }

  @Test
  void requestReadsBackFromItsOwnJson() throws Exception {
    ChatRequest request = ChatRequest.builder().model("m")
        .addMessage(ChatMessage.user(ContentPart.text("hi"), ContentPart.imageUrl("https://x/y.png")))
        .addMessage(ChatMessage.system("be brief"))
        .toolChoice(ToolChoice.function("f"))
        .addStop("END")
        .build();

    String json = Json.mapper().writeValueAsString(request);

    assertEquals(request, Json.mapper().readValue(json, ChatRequest.class));
    assertFalse(json.contains("\"stream\""), json);
  }

  @Test
  void accumulatorWithNoChunksGivesAnEmptyCompletion() {
    ChatCompletion completion = new ChatStreamAccumulator().toCompletion();
    assertEquals("", completion.text());
    assertTrue(completion.choices().isEmpty());
    assertFalse(completion.usage().isPresent());
  }
}
