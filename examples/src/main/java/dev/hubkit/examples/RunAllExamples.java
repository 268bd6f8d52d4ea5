package dev.hubkit.examples;

/** Runs every example in turn: what the README's run command starts. */
public final class RunAllExamples {
  private RunAllExamples() {}

  /** Runs every example: chat, vision, embeddings, tools, image task, video, fallback, speech. */
  public static void main(String[] args) throws Exception {
    QuickStart.main(args);
    System.out.println();
    Vision.main(args);
    System.out.println();
    Embeddings.main(args);
    System.out.println();
    ToolCalling.main(args);
    System.out.println();
    ImageTask.main(args);
    System.out.println();
    VideoFromReference.main(args);
    System.out.println();
    ModelFallback.main(args);
    System.out.println();
    SpeechAndTranscription.main(args);
  }
}
