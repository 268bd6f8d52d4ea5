package dev.hubkit.benchmarks;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The results against one server as a Markdown table: HubKit and the baseline side by side, the ratio of their
 * JMH scores, the paired ratio ({@link PairedRatio}: median and range of alternating rounds), allocation per
 * operation ({@code gc.alloc.rate.norm}) and whether the targets are met. The ratio target is judged on
 * the paired median when there is one: it is the measurement that machine drift between JMH's forks leaves alone.
 */
final class ResultTable {
  private final String title;
  private final Map<String, double[]> scores = new HashMap<>();
  private final Map<Comparison, double[]> paired = new EnumMap<>(Comparison.class);

  ResultTable(String title) {
    this.title = title;
  }

  /** Adds a JMH result: the score and bytes per operation of one benchmark. */
  @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() is a Map<String, Result> of the raw type
  void add(RunResult result) {
    String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
    double bytes = Double.NaN;
    for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
        bytes = secondary.getValue().getScore();
      }
    }
    scores.put(name, new double[] {result.getPrimaryResult().getScore(), bytes});
  }

  /** Adds the paired ratio of {@code comparison}: median, lowest and highest round. */
  void addPaired(Comparison comparison, double[] medianMinMax) {
    paired.put(comparison, medianMinMax);
  }

  /** The title and table, rows in {@link Comparison} order; a row with neither side run is left out. */
  String toMarkdown() {
    StringBuilder out = new StringBuilder("### ").append(title).append("\n\n")
        .append("| benchmark | HubKit ops/s | OkHttp ops/s | ratio | paired ratio (range) | HubKit B/op | OkHttp B/op"
            + " | target | met |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (Comparison comparison : Comparison.values()) {
      double[] hubkit = scores.get(comparison.benchmarks().get(0));
      double[] okhttp = scores.get(comparison.benchmarks().get(1));
      if (hubkit == null && okhttp == null) {
        continue;
      }
      double ratio = hubkit != null && okhttp != null ? hubkit[0] / okhttp[0] : Double.NaN;
      double[] pair = paired.get(comparison);
      String met = !comparison.hasTargets() ? "-"
          : hubkit == null || okhttp == null ? "not run"
          : comparison.met(hubkit[0], hubkit[1], pair != null ? pair[0] : ratio) ? "yes" : "NO";
      out.append("| ").append(comparison.label())
          .append(" | ").append(number(hubkit, 0))
          .append(" | ").append(number(okhttp, 0))
          .append(" | ").append(Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio))
          .append(" | ").append(pair == null ? "-"
              : String.format(Locale.ROOT, "%.2fx (%.2f-%.2f)", pair[0], pair[1], pair[2]))
          .append(" | ").append(number(hubkit, 1))
          .append(" | ").append(number(okhttp, 1))
          .append(" | ").append(comparison.targets())
          .append(" | ").append(met).append(" |\n");
    }
    return out.toString();
  }

  private static String number(double[] values, int index) {
    return values == null || Double.isNaN(values[index]) ? "-" : String.format(Locale.ROOT, "%,.0f", values[index]);
  }
}
