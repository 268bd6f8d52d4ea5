package dev.hubkit.examples;

import java.util.Arrays;
import java.util.List;

/** Runs every example in turn: what the README's run command starts. */
public final class RunAllExamples {
  private RunAllExamples() {}

  /** An example's entry point. */
  private interface Example {
    void run(String[] args) throws Exception;
  }

  /** Runs every example, one after the other, in the order listed. */
  public static void main(String[] args) throws Exception {
    List<Example> examples = Arrays.asList(
        QuickStart::main,
        Vision::main,
        Embeddings::main,
        ToolCalling::main,
        StructuredOutput::main,
        ImageTask::main,
        VideoFromReference::main,
        MidjourneyUpscale::main,
        ModelFallback::main,
        SpeechAndTranscription::main,
        ClaudeNative::main,
        GeminiNative::main,
        Responses::main);
    for (int i = 0; i < examples.size(); i++) {
      if (i > 0) {
        System.out.println();
      }
      examples.get(i).run(args);
    }
  }
}
