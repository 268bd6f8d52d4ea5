package dev.hubkit.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints a Markdown table of HubKit against the raw-OkHttp baseline measured in the same
 * run, with the targets, then cold start and jar sizes. {@code --careful} runs longer.
 */
public final class BenchmarkRunner {
  private BenchmarkRunner() {}

  /** Entry point of {@code benchmarks/run.sh}. */
  public static void main(String[] args) throws Exception {
    boolean careful = Arrays.asList(args).contains("--careful");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(HubKitVsOkHttp.class.getName() + ".*")
        .addProfiler(GCProfiler.class)
        .forks(1)
        .jvmArgs("-Xms1g", "-Xmx1g")
        .warmupIterations(careful ? 5 : 2)
        .warmupTime(TimeValue.seconds(careful ? 5 : 2))
        .measurementIterations(careful ? 10 : 3)
        .measurementTime(TimeValue.seconds(careful ? 5 : 2));
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, double[]> scores = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      double score = result.getPrimaryResult().getScore();
      double bytes = Double.NaN;
      for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = secondary.getValue().getScore();
        }
      }
      scores.put(name, new double[] {score, bytes});
    }
    System.out.println();
    System.out.println("| benchmark | HubKit ops/s | OkHttp ops/s | ratio | HubKit B/op | OkHttp B/op | target | met |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    row(scores, "chat calls", "chat", 0.8, 25 * 1024, 0);
    row(scores, "stream chunks", "stream", 0.4, 2 * 1024, 500_000);
    row(scores, "embeddings 64x1536 float", "embeddingsFloat", 0.5, Double.NaN, 0);
    row(scores, "embeddings 64x1536 base64", "embeddingsBase64", Double.NaN, Double.NaN, 0);
    System.out.println();
    coldStart(careful ? 5 : 3);
    System.out.println();
    jarSizes();
  }

  private static void row(Map<String, double[]> scores, String label, String name, double minRatio,
      double maxBytes, double minOps) {
    double[] hubkit = scores.get(name + "HubKit");
    double[] okhttp = scores.get(name + "OkHttp");
    if (hubkit == null || okhttp == null) {
      System.out.println("| " + label + " | not run | | | | | | |");
      return;
    }
    double ratio = hubkit[0] / okhttp[0];
    List<String> targets = new ArrayList<>();
    boolean met = true;
    if (!Double.isNaN(minRatio)) {
      targets.add(String.format(Locale.ROOT, ">= %.1fx", minRatio));
      met &= ratio >= minRatio;
    }
    if (!Double.isNaN(maxBytes)) {
      targets.add("<= " + (long) (maxBytes / 1024) + " KB/op");
      met &= hubkit[1] <= maxBytes;
    }
    if (minOps > 0) {
      targets.add(String.format(Locale.ROOT, ">= %,.0f/s", minOps));
      met &= hubkit[0] >= minOps;
    }
    System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2fx | %,.0f | %,.0f | %s | %s |%n", label, hubkit[0],
        okhttp[0], ratio, hubkit[1], okhttp[1], targets.isEmpty() ? "-" : String.join(", ", targets),
        targets.isEmpty() ? "-" : met ? "yes" : "NO");
  }

  private static void coldStart(int runs) throws Exception {
    String classpath = System.getProperty("java.class.path");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    try (FixtureServer server = new FixtureServer()) {
      System.out.println("| cold start (fresh JVM to first chat reply) | median ms | peak RSS MiB |");
      System.out.println("|---|---|---|");
      for (String mode : new String[] {"okhttp", "hubkit"}) {
        List<long[]> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          samples.add(launch(java, classpath, mode, server.baseUrl()));
        }
        samples.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] median = samples.get(samples.size() / 2);
        System.out.printf(Locale.ROOT, "| %s | %d | %d |%n",
            mode.equals("hubkit") ? "HubKit (HubClient + ChatApi)" : "OkHttp + Jackson tree", median[0],
            median[1] / 1024);
      }
    }
  }

  private static long[] launch(String java, String classpath, String mode, String baseUrl) throws Exception {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(java, "-cp", classpath, ColdStart.class.getName(), mode, baseUrl)
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("done ")) {
          long millis = (System.nanoTime() - start) / 1_000_000;
          process.waitFor();
          return new long[] {millis, Long.parseLong(line.split(" ")[1])};
        }
      }
    }
    throw new IllegalStateException("cold start run (" + mode + ") printed no result; exit " + process.waitFor());
  }

  private static void jarSizes() throws IOException {
    long sdk = 0;
    StringBuilder names = new StringBuilder();
    for (String module : new String[] {"sdk-core", "sdk-chat", "sdk-media"}) {
      Path jar = Paths.get(module, "target", module + "-0.1.0-SNAPSHOT.jar");
      if (Files.exists(jar)) {
        sdk += Files.size(jar);
        names.append(module).append(' ').append(Files.size(jar) / 1024).append(" KB; ");
      }
    }
    long runtime = 0;
    StringBuilder deps = new StringBuilder();
    Path listing = Paths.get("benchmarks", "target", "runtime-classpath.txt");
    if (Files.exists(listing)) {
      for (String entry : new String(Files.readAllBytes(listing)).trim().split(File.pathSeparator)) {
        Path jar = Paths.get(entry);
        String name = jar.getFileName().toString();
        if (Stream.of("okhttp", "okio", "kotlin", "jackson").anyMatch(name::startsWith) && Files.exists(jar)) {
          runtime += Files.size(jar);
          deps.append(name).append(' ').append(Files.size(jar) / 1024).append(" KB; ");
        }
      }
    }
    System.out.println("| jars | size | target | met |");
    System.out.println("|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| published SDK jars (%s) | %,d KB | <= 1 MB | %s |%n", names.toString().trim(),
        sdk / 1024, sdk <= 1024 * 1024 ? "yes" : "NO");
    System.out.printf(Locale.ROOT, "| runtime dependency jars (%s) | %,d KB | <= 7 MB | %s |%n",
        deps.toString().trim(), runtime / 1024, runtime <= 7 * 1024 * 1024 ? "yes" : "NO");
  }
}
