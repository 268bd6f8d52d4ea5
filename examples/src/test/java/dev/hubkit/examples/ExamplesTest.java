package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every example against the embedded FakeHub (never a real hub, even with HUBKIT_API_KEY set). */
class ExamplesTest {
  @BeforeAll
  static void useTheFakeHub() {
    System.setProperty("hubkit.examples.fake", "true");
  }

  @AfterAll
  static void restore() {
    System.clearProperty("hubkit.examples.fake");
  }

  /** Runs {@code example} and returns what it printed. */
  private static String run(ThrowingMain example) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, "UTF-8"));
    try {
      example.run(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = new String(captured.toByteArray(), StandardCharsets.UTF_8);
    original.print(output);
    return output;
  }

  private static void assertContains(String output, String expected) {
    assertTrue(output.contains(expected), "expected \"" + expected + "\" in:\n" + output);
  }

  @Test
  void quickStartPrintsAWholeAndAStreamedReply() throws Exception {
    String output = run(QuickStart::main);
    assertTrue(output.startsWith("[QuickStart] HUBKIT_API_KEY is not set: running against an embedded FakeHub"),
        output);
    assertContains(output, "Whole reply: Echo: Name three moons of Jupiter.");
    assertContains(output, "Streamed reply: Echo: Name three moons of Jupiter.");
  }

  @Test
  void visionSendsADrawnImageAndPrintsTheAnswer() throws Exception {
    String output = run(Vision::main);
    assertContains(output, "Answer: Echo: What is in this picture?");
  }

  @Test
  void embeddingsPrintsThreeVectorsAndTheirSimilarities() throws Exception {
    String output = run(Embeddings::main);
    assertContains(output, "3 vectors of 8 dimensions");
    assertContains(output, "cosine(1, 2) = ");
  }

  @Test
  void toolCallingRunsTheRequestedToolAndPrintsTheFinalAnswer() throws Exception {
    String output = run(ToolCalling::main);
    assertContains(output, "Model asks: get_weather{\"city\":\"Paris\"}");
    assertContains(output, "Final answer: ");
  }

  @Test
  void structuredOutputReadsTheAnswerAndTheToolArgumentsIntoJavaObjects() throws Exception {
    String output = run(StructuredOutput::main);
    assertContains(output, "Weather: Paris, 18.5 C, CLOUDY, advice: Take an umbrella after six.");
    assertContains(output, "Tool call: get_weather for Oslo (NO)");
  }

  @Test
  void responsesRunsAToolTurnAndStreamsAReply() throws Exception {
    String output = run(Responses::main);
    assertContains(output, "Model asks: get_weather{\"city\":\"Paris\"}");
    assertContains(output, "Final answer: Echo: {\"city\":\"Paris\",\"temperature_c\":18,\"sky\":\"clear\"}");
    assertContains(output, "Streamed reply: Echo: Say it as a haiku.\nTokens: ");
  }

  @Test
  void imageTaskShowsProgressAndTheFinishedImage() throws Exception {
    String output = run(ImageTask::main);
    assertContains(output, ": GENERATING 45%");
    assertContains(output, ": COMPLETED");
    assertTrue(output.matches("(?s).*Finished image task \\S+: \\[http://127\\.0\\.0\\.1:\\d+/files/.*"), output);
  }

  @Test
  void videoFromReferenceUploadsWaitsAndDownloadsTheVideo() throws Exception {
    String output = run(VideoFromReference::main);
    assertContains(output, "  uploaded: ");
    assertContains(output, ": in_progress 50%");
    assertContains(output, "  downloaded: 262144 of 262144 bytes");
    assertTrue(output.matches("(?s).*Finished video \\S+: 262144 bytes in .*\\.mp4.*"), output);
  }

  @Test
  void midjourneyUpscaleImaginesAGridThenUpscalesItsFirstImage() throws Exception {
    String output = run(MidjourneyUpscale::main);
    assertContains(output, ": IN_PROGRESS 45%");
    assertContains(output, ", buttons 9");
    assertTrue(output.matches("(?s).*Upscaled image 1: http://127\\.0\\.0\\.1:\\d+/files/\\d+/upscale\\.png.*"), output);
  }

  @Test
  void modelFallbackAnswersWithTheSecondModelAfterAnOutage() throws Exception {
    String output = run(ModelFallback::main);
    assertContains(output, "  claude-sonnet-4.5 failed (ServerException), trying gemini-2.5-pro");
    assertContains(output, "Answered by gemini-2.5-pro: Echo: In one sentence");
  }

  @Test
  void speechAndTranscriptionRoundTripsThroughAFile() throws Exception {
    String output = run(SpeechAndTranscription::main);
    assertContains(output, "Speech: 39936 bytes in ");
    assertTrue(output.matches("(?s).*Transcript: Transcript of hubkit-speech-\\S+\\.mp3 \\(39936 bytes\\)\\..*"),
        output);
    assertTrue(output.matches("(?s).*\\n  0[.,]00-0[.,]\\d\\d s  Transcript\\n.*"), output);
  }

  @Test
  void claudeNativeThinksCallsAToolStreamsTheAnswerAndReadsAPdf() throws Exception {
    String output = run(ClaudeNative::main);
    assertContains(output, "Thinking: The user wants the current weather");
    assertContains(output, "Claude asks: get_weather{\"city\":\"Paris\"}");
    assertContains(output, "Streamed answer: Echo: tool result 18 C, clear sky");
    assertContains(output, "Stopped: end_turn");
    assertTrue(output.matches("(?s).*PDF answer: Echo: \\[document application/pdf, \\d+ bytes\\] What does.*"),
        output);
  }

  @Test
  void geminiNativeStreamsThinkingAndSavesAGeneratedImage() throws Exception {
    String output = run(GeminiNative::main);
    assertContains(output, "  [thinking] The user wants a definition and examples. Keep it to one sentence.");
    assertContains(output, "Answer: A prime has exactly two divisors: 2, 3, 5 and 7 are the first.");
    assertContains(output, "Tokens: 9 prompt, 12 thinking, 14 answer");
    assertTrue(output.matches("(?s).*Saved image/png image \\(70 bytes\\) to \\S+hubkit-gemini-\\S+\\.png.*"),
        output);
  }

  @Test
  void runAllExamplesPrintsAStreamedReplyAFinishedImageTaskAndAFinishedVideo() throws Exception {
    String output = run(RunAllExamples::main);
    assertContains(output, "Streamed reply: Echo:");
    assertContains(output, "Finished image task ");
    assertContains(output, "Finished video ");
    assertContains(output, "Upscaled image 1: ");
    assertContains(output, "Image model says: ");
  }

  /** An example's main method. */
  interface ThrowingMain {
    void run(String[] args) throws Exception;
  }
}
