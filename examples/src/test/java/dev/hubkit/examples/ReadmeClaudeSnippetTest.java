package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.anthropic.ContentBlock;
import dev.hubkit.anthropic.DocumentBlock;
import dev.hubkit.anthropic.Message;
import dev.hubkit.anthropic.MessageParam;
import dev.hubkit.anthropic.MessageRequest;
import dev.hubkit.anthropic.MessageStream;
import dev.hubkit.anthropic.MessagesApi;
import dev.hubkit.anthropic.Role;
import dev.hubkit.anthropic.TextBlock;
import dev.hubkit.anthropic.ThinkingBlock;
import dev.hubkit.anthropic.ThinkingConfig;
import dev.hubkit.anthropic.Tool;
import dev.hubkit.anthropic.ToolResultBlock;
import dev.hubkit.anthropic.ToolUseBlock;
import dev.hubkit.anthropic.WebSearchTool;
import dev.hubkit.core.HubClient;
import dev.hubkit.testing.ClaudeReply;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.FakeHubExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's sdk-anthropic snippet, as written there but for the hub's URL and the PDF's folder. */
class ReadmeClaudeSnippetTest {
  @RegisterExtension
  static FakeHubExtension hub = new FakeHubExtension();

  @TempDir Path dir;

  @Test
  void theSnippetRunsAThinkingToolTurnAndStreamsTheAnswer(FakeHub fake) throws Exception {
    Files.write(dir.resolve("forecast.pdf"), "%PDF-1.4\n%%EOF\n".getBytes("US-ASCII"));
    fake.enqueueClaudeReply(ClaudeReply.toolUse("get_weather", "{\"city\":\"Paris\"}").withThinking("Check it."));
    String pdf = dir.resolve("forecast.pdf").toString();

    HubClient claudeHub = HubClient.builder()
        .baseUrl(fake.rootUrl())                                  // POST https://hub.example/v1/messages
        .apiKey(fake.apiKey())
        .build();
    MessagesApi messages = MessagesApi.of(claudeHub);           // Authorization: Bearer, anthropic-version 2023-06-01
    MessagesApi direct = messages.withAnthropicKeyHeader()      // the key bare in x-api-key instead
        .withBeta("interleaved-thinking-2025-05-14");           // anthropic-beta

    Map<String, Object> city = Collections.singletonMap("city", Collections.singletonMap("type", "string"));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", city);
    MessageRequest.Builder conversation = MessageRequest.builder()
        .model("claude-sonnet-4.5")
        .maxTokens(4096)
        .system("You are a careful forecaster.")
        .thinking(ThinkingConfig.enabled(2048))
        .addTool(Tool.of("get_weather", "Current weather in a city", schema))
        .addTool(WebSearchTool.builder().maxUses(2).build())   // a server tool, run by the API
        .addMessage(MessageParam.user(
            DocumentBlock.ofFile(Paths.get(pdf)).withCitations(),   // base64 PDF, told by its bytes
            TextBlock.of("Should I take an umbrella in Paris?")));

    Message reply = messages.create(conversation.build());
    for (ContentBlock block : reply.content()) {                // typed blocks; unknown kinds kept as UnknownBlock
      if (block instanceof ThinkingBlock) {
        System.out.println("thinking: " + ((ThinkingBlock) block).thinking());
      }
    }
    conversation.addMessage(reply.toParam());                   // every block back unchanged, signatures included
    List<ContentBlock> results = new ArrayList<>();
    for (ToolUseBlock call : reply.toolUses()) {
      results.add(ToolResultBlock.of(call.id(), "18 C, clear sky"));   // run call.name() with call.input()
    }
    conversation.addMessage(results.isEmpty() ? MessageParam.user("And tomorrow?")   // the next user turn: the
        : MessageParam.of(Role.USER, results));                                       // tools' results, if called

    String streamed;
    try (MessageStream stream = messages.stream(conversation.build())) {
      StringBuilder text = new StringBuilder();
      for (String piece : stream.textDeltas()) {
        text.append(piece);
      }
      streamed = text.toString();
      Message whole = stream.accumulate();                      // equal to what create() returns
      System.out.println(" (" + whole.stopReason().orElse(null) + ", " + whole.usage().get().outputTokens() + ")");
    }
    int tokens = messages.countTokens(conversation.build()).inputTokens();   // POST /v1/messages/count_tokens

    assertEquals("Echo: tool result 18 C, clear sky", streamed);
    assertTrue(tokens > 0);
    assertEquals("get_weather", reply.toolUses().get(0).name());
    assertEquals("Echo: [document application/pdf, 15 bytes] hi", direct.create(MessageRequest.builder()
        .model("claude-sonnet-4.5").maxTokens(10)
        .addMessage(MessageParam.user(DocumentBlock.ofFile(Paths.get(pdf)), TextBlock.of("hi"))).build()).text());
    claudeHub.close();
  }
}
