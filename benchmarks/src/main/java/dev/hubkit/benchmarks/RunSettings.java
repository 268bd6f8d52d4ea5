package dev.hubkit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The command line of {@code run.sh}: which servers, which benchmarks, and how long.
 *
 * @param servers the servers to measure against, the reference first
 * @param only which benchmarks (method names), {@code coldStart} and {@code jars} to run, matched anywhere
 * @param mode how long to warm up and measure
 */
record RunSettings(List<ServerProcess.Kind> servers, Pattern only, Mode mode) {
  static final String USAGE = "usage: run.sh [--server nginx|builtin|both] [--only REGEX] [--careful]";

  /**
   * Iteration counts and times; the stream pair gets more warm-up, as C2 takes longer to settle on it. The paired
   * measurement ({@link PairedRatio}) warms up both sides together, then alternates turns of one side each.
   */
  enum Mode {
    SMOKE(1, 1, 1, 200, 1, 1_000, 2, 100),
    QUICK(15, 15, 5, 1000, 3, 20_000, 24, 500),
    CAREFUL(8, 10, 10, 5000, 5, 40_000, 30, 1000);

    final int warmups;
    final int streamWarmups;
    final int measurements;
    final int millis;
    final int coldStarts;
    final int pairedWarmupMillis;
    final int pairedRounds;
    final int pairedTurnMillis;

    Mode(int warmups, int streamWarmups, int measurements, int millis, int coldStarts, int pairedWarmupMillis,
        int pairedRounds, int pairedTurnMillis) {
      this.warmups = warmups;
      this.streamWarmups = streamWarmups;
      this.measurements = measurements;
      this.millis = millis;
      this.coldStarts = coldStarts;
      this.pairedWarmupMillis = pairedWarmupMillis;
      this.pairedRounds = pairedRounds;
      this.pairedTurnMillis = pairedTurnMillis;
    }

    /** Sets warm-up and measurement of {@code options} for {@code comparison}. */
    ChainedOptionsBuilder apply(ChainedOptionsBuilder options, Comparison comparison) {
      TimeValue time = TimeValue.milliseconds(millis);
      return options.warmupIterations(comparison == Comparison.STREAM || comparison == Comparison.GEMINI_STREAM ? streamWarmups : warmups).warmupTime(time)
          .measurementIterations(measurements).measurementTime(time);
    }
  }

  /**
   * Parses {@code args}. Without nginx ({@code nginxFound} false), {@code both} (the default) means built-in alone.
   *
   * @throws IllegalArgumentException on an unknown or incomplete option
   */
  static RunSettings parse(String[] args, boolean nginxFound) {
    String server = "both";
    Pattern only = Pattern.compile("");
    Mode mode = Mode.QUICK;
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      if (arg.equals("--careful")) {
        mode = Mode.CAREFUL;
      } else if (arg.equals("--smoke")) {
        mode = Mode.SMOKE;
      } else if (arg.equals("--server") && !rest.isEmpty()) {
        server = rest.remove(0);
      } else if (arg.equals("--only") && !rest.isEmpty()) {
        only = Pattern.compile(rest.remove(0));
      } else {
        throw new IllegalArgumentException(USAGE);
      }
    }
    List<ServerProcess.Kind> servers = new ArrayList<>();
    for (ServerProcess.Kind kind : ServerProcess.Kind.values()) {
      if (server.equals(kind.option) || server.equals("both") && (nginxFound || kind != ServerProcess.Kind.NGINX)) {
        servers.add(kind);
      }
    }
    if (servers.isEmpty()) {
      throw new IllegalArgumentException(USAGE);
    }
    return new RunSettings(servers, only, mode);
  }

  /** Whether {@code name} (a benchmark method, {@code coldStart} or {@code jars}) is selected by {@code --only}. */
  boolean runs(String name) {
    return only.matcher(name).find();
  }

  /** A one-line description for the results, e.g. {@code quick mode}. */
  String describe() {
    return mode.name().toLowerCase(Locale.ROOT) + " mode (" + mode.warmups + " warm-up, " + mode.streamWarmups
        + " for streams, and " + mode.measurements + " measured iterations of " + mode.millis + " ms; one fork;"
        + " paired: " + mode.pairedWarmupMillis / 1000 + " s warm-up, " + mode.pairedRounds + " rounds of "
        + mode.pairedTurnMillis + " ms turns)";
  }
}
