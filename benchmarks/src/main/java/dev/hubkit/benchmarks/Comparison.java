package dev.hubkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the results: a pair of benchmarks in {@link HubKitVsOkHttp} ({@code <prefix>HubKit} and
 * {@code <prefix>OkHttp}) and the targets for the HubKit side.
 */
enum Comparison {
  CHAT("chat", "chat calls", 0.8, 25 * 1024, 0),
  STREAM("stream", "stream chunks", 0.4, 2 * 1024, 500_000),
  CLAUDE_STREAM("claudeStream", "Claude stream events", 0.4, 2 * 1024, 500_000),
  EMBEDDINGS_FLOAT("embeddingsFloat", "embeddings 64x1536 float", 0.5, Double.NaN, 0),
  EMBEDDINGS_BASE64("embeddingsBase64", "embeddings 64x1536 base64", Double.NaN, Double.NaN, 0),
  /** Gemini's native stream, held to the chat stream's targets (the same allocation discipline). */
  GEMINI_STREAM("geminiStream", "Gemini stream chunks", 0.4, 2 * 1024, 500_000),
  /** The Responses API stream, held to the chat stream's targets. */
  RESPONSES_STREAM("responsesStream", "responses stream events", 0.4, 2 * 1024, 500_000);

  private final String prefix;
  private final String label;
  private final double minRatio;
  private final double maxBytes;
  private final double minOps;

  Comparison(String prefix, String label, double minRatio, double maxBytes, double minOps) {
    this.prefix = prefix;
    this.label = label;
    this.minRatio = minRatio;
    this.maxBytes = maxBytes;
    this.minOps = minOps;
  }

  /** The benchmark method names, HubKit first. */
  List<String> benchmarks() {
    return List.of(prefix + "HubKit", prefix + "OkHttp");
  }

  String label() {
    return label;
  }

  /** The targets as text, e.g. {@code >= 0.8x, <= 25 KB/op}; {@code -} when there are none. */
  String targets() {
    List<String> targets = new ArrayList<>();
    if (!Double.isNaN(minRatio)) {
      targets.add(String.format(Locale.ROOT, ">= %.1fx", minRatio));
    }
    if (!Double.isNaN(maxBytes)) {
      targets.add("<= " + (long) (maxBytes / 1024) + " KB/op");
    }
    if (minOps > 0) {
      targets.add(String.format(Locale.ROOT, ">= %,.0f/s", minOps));
    }
    return targets.isEmpty() ? "-" : String.join(", ", targets);
  }

  /** Whether HubKit's throughput, allocation per operation and ratio to the baseline meet every target. */
  boolean met(double opsPerSecond, double bytesPerOp, double ratio) {
    return (Double.isNaN(minRatio) || ratio >= minRatio)
        && (Double.isNaN(maxBytes) || bytesPerOp <= maxBytes)
        && opsPerSecond >= minOps;
  }

  boolean hasTargets() {
    return !targets().equals("-");
  }
}
