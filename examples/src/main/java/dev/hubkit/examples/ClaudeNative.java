package dev.hubkit.examples;

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
import dev.hubkit.core.HubClient;
import dev.hubkit.testing.ClaudeReply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claude's own Messages format through the hub, with what OpenAI-format translations lose: extended thinking
 * across a tool turn (the thinking goes back with its signature), a streamed answer, and a PDF read as a document.
 * Against a real hub, {@code HUBKIT_CLAUDE_BASE_URL} is where it serves {@code /v1/messages} (default: the
 * {@code HUBKIT_BASE_URL} without its trailing {@code /v1}).
 */
public final class ClaudeNative {
  private ClaudeNative() {}

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) throws IOException {
    try (ExampleHub hub = ExampleHub.connect("ClaudeNative"); HubClient claude = claudeClient(hub)) {
      MessagesApi messages = MessagesApi.of(claude);
      String model = ExampleHub.model("HUBKIT_CLAUDE_MODEL", "claude-sonnet-4.5");
      thinkingWithATool(hub, messages, model);
      readAPdf(messages, model);
    }
  }

  private static void thinkingWithATool(ExampleHub hub, MessagesApi messages, String model) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", Collections.singletonMap("city", Collections.singletonMap("type", "string")));
    schema.put("required", Arrays.asList("city"));
    // A real Claude decides to think and call the tool by itself; the embedded FakeHub is told to.
    hub.fake().ifPresent(fake -> fake.enqueueClaudeReply(ClaudeReply.toolUse("get_weather", "{\"city\":\"Paris\"}")
        .withThinking("The user wants the current weather, so I should call get_weather for Paris.")));
    MessageRequest.Builder conversation = MessageRequest.builder().model(model).maxTokens(4096)
        .thinking(ThinkingConfig.enabled(2048))
        .addTool(Tool.of("get_weather", "Current weather in a city", schema))
        .addMessage(MessageParam.user("Should I take an umbrella in Paris today?"));

    Message first = messages.create(conversation.build());
    for (ContentBlock block : first.content()) {
      if (block instanceof ThinkingBlock) {
        System.out.println("Thinking: " + ((ThinkingBlock) block).thinking());
      }
    }
    conversation.addMessage(first.toParam()); // thinking blocks go back with their signatures
    List<ContentBlock> results = new ArrayList<>();
    for (ToolUseBlock call : first.toolUses()) {
      System.out.println("Claude asks: " + call.name() + call.input());
      results.add(ToolResultBlock.of(call.id(), "18 C, clear sky")); // one user turn answers every call
    }
    conversation.addMessage(MessageParam.of(Role.USER, results));
    System.out.print("Streamed answer: ");
    try (MessageStream stream = messages.stream(conversation.build())) {
      for (String text : stream.textDeltas()) {
        System.out.print(text);
      }
      System.out.println();
      System.out.println("Stopped: " + stream.accumulate().stopReason().orElse(null));
    }
  }

  private static void readAPdf(MessagesApi messages, String model) throws IOException {
    Path pdf = Files.createTempFile("hubkit-forecast-", ".pdf");
    try {
      Files.write(pdf, tinyPdf("Paris: sunny all week, 18 degrees."));
      Message reply = messages.create(MessageRequest.builder().model(model).maxTokens(1024)
          .addMessage(MessageParam.user(DocumentBlock.ofFile(pdf).withCitations(),
              TextBlock.of("What does this forecast say?")))
          .build());
      System.out.println("PDF answer: " + reply.text());
      System.out.println("Tokens: " + reply.usage().map(u -> u.inputTokens() + " in, " + u.outputTokens() + " out")
          .orElse("not reported"));
    } finally {
      Files.deleteIfExists(pdf);
    }
  }

  /** The client for Claude's format: the embedded hub's root, or where the real hub serves /v1/messages. */
  private static HubClient claudeClient(ExampleHub hub) {
    if (hub.fake().isPresent()) {
      return hub.client().newBuilder().baseUrl(hub.fake().get().rootUrl()).build();
    }
    String base = System.getenv("HUBKIT_CLAUDE_BASE_URL");
    if (base == null || base.trim().isEmpty()) {
      base = hub.client().baseUrl().toString().replaceAll("/v1/?$", "");
    }
    return hub.client().newBuilder().baseUrl(base).build();
  }

  /** A one-page PDF showing {@code line}: enough for Claude to read, small enough to build here. */
  private static byte[] tinyPdf(String line) {
    String stream = "BT /F1 18 Tf 72 720 Td (" + line + ") Tj ET";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
          + " /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
