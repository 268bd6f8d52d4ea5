package dev.hubkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Entry point of {@code benchmarks/run.sh}. For each server ({@link RunSettings}): starts it as a child process,
 * runs the selected {@link HubKitVsOkHttp} benchmarks against it in forked JVMs, then each selected pair in
 * alternation in one JVM ({@link PairedRatio}), and makes a {@link ResultTable} of HubKit against the baseline
 * measured in the same run. Then cold start and jar sizes ({@link Footprint}).
 * Prints everything as Markdown and writes it to {@code benchmarks/target/results.md}.
 */
public final class BenchmarkRunner {
  private static final Path RESULTS = Paths.get("benchmarks", "target", "results.md");

  private BenchmarkRunner() {}

  /** {@code args}: see {@link RunSettings#USAGE}. */
  public static void main(String[] args) throws Exception {
    boolean nginxFound = Nginx.find().isPresent();
    RunSettings settings;
    try {
      settings = RunSettings.parse(args, nginxFound);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (!nginxFound) {
      System.err.println("nginx not found: no reference table (Debian/Ubuntu: apt-get install nginx-light)");
    }
    StringBuilder report = new StringBuilder("## HubKit benchmarks, ").append(LocalDate.now()).append(", ")
        .append(settings.describe()).append(", JDK ").append(Runtime.version()).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n");
    boolean benchmarks = Arrays.stream(Comparison.values()).flatMap(c -> c.benchmarks().stream())
        .anyMatch(settings::runs);
    String coldStart = null;
    for (ServerProcess.Kind kind : settings.servers()) {
      boolean coldStartHere = coldStart == null && settings.runs("coldStart");
      if (!benchmarks && !coldStartHere) {
        continue;
      }
      try (ServerProcess server = ServerProcess.start(kind)) {
        if (benchmarks) {
          report.append(measure(settings, server)).append('\n');
        }
        if (coldStartHere) {
          coldStart = Footprint.coldStart(server, settings.mode().coldStarts);
        }
      }
    }
    if (coldStart != null) {
      report.append(coldStart).append('\n');
    }
    if (settings.runs("jars")) {
      report.append(Footprint.jarSizes());
    }
    System.out.println();
    System.out.print(report);
    Files.createDirectories(RESULTS.getParent());
    Files.write(RESULTS, report.toString().getBytes(StandardCharsets.UTF_8));
    System.out.println("Written to " + RESULTS);
  }

  /** Runs the selected benchmarks against {@code server}, one JMH run (and fork per benchmark) per comparison. */
  private static String measure(RunSettings settings, ServerProcess server) throws Exception {
    ResultTable table = new ResultTable(server.kind().title);
    for (Comparison comparison : Comparison.values()) {
      ChainedOptionsBuilder options = new OptionsBuilder()
          .addProfiler(GCProfiler.class)
          .forks(1)
          .jvmArgs("-Xms1g", "-Xmx1g")
          .jvmArgsAppend("-D" + HubKitVsOkHttp.SERVER_PROPERTY + "=" + server.address());
      boolean any = false;
      for (String benchmark : comparison.benchmarks()) {
        if (settings.runs(benchmark)) {
          options.include(HubKitVsOkHttp.class.getName() + "\\." + benchmark + "$");
          any = true;
        }
      }
      if (any) {
        for (RunResult result : new Runner(settings.mode().apply(options, comparison).build()).run()) {
          table.add(result);
        }
      }
      if (comparison.benchmarks().stream().allMatch(settings::runs)) {
        RunSettings.Mode mode = settings.mode();
        System.out.println("# Paired: " + comparison.label() + " against " + server.kind().option);
        table.addPaired(comparison, PairedRatio.measure(server, comparison, mode.pairedWarmupMillis,
            mode.pairedRounds, mode.pairedTurnMillis));
      }
    }
    return table.toMarkdown();
  }
}
