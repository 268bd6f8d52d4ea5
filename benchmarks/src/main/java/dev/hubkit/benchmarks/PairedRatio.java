package dev.hubkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ratio of one {@link Comparison}'s HubKit and baseline rates measured in alternation, in one JVM. JMH
 * measures each side in its own fork, one after the other, and on a shared VM the machine's speed drifts between
 * those forks (the same benchmark has measured 2,700 and 4,300 calls/s minutes apart), which moves the ratio as
 * much as the clients do. Here both sides run the {@link HubKitVsOkHttp} methods in turns of a fixed time, warm
 * up together, and each round's ratio compares turns a second apart, in alternating order; the median of the
 * rounds is the paired ratio. Runs as its own JVM ({@link #measure}); prints {@code median min max}.
 */
public final class PairedRatio {
  private static final String SINK_PASSWORD =
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

  private final Method hubKit;
  private final Method okHttp;
  private final HubKitVsOkHttp benchmarks = new HubKitVsOkHttp();
  private final Blackhole sink = new Blackhole(SINK_PASSWORD);

  private PairedRatio(Comparison comparison) throws NoSuchMethodException {
    this.hubKit = method(comparison.benchmarks().get(0));
    this.okHttp = method(comparison.benchmarks().get(1));
  }

  private static Method method(String name) throws NoSuchMethodException {
    for (Method method : HubKitVsOkHttp.class.getMethods()) {
      if (method.getName().equals(name)) {
        return method;
      }
    }
    throw new NoSuchMethodException(name);
  }

  /**
   * Measures {@code comparison} against {@code server} in a child JVM: {@code warmupMillis} of alternating warm-up,
   * then {@code rounds} rounds of one turn of {@code turnMillis} per side. Returns the median, lowest and highest
   * round ratio.
   */
  static double[] measure(ServerProcess server, Comparison comparison, int warmupMillis, int rounds, int turnMillis)
      throws IOException, InterruptedException {
    Process process = ChildJvm.of(
        Arrays.asList("-Xms1g", "-Xmx1g", "-D" + HubKitVsOkHttp.SERVER_PROPERTY + "=" + server.address()),
        PairedRatio.class, comparison.name(), String.valueOf(warmupMillis), String.valueOf(rounds),
        String.valueOf(turnMillis))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String line;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
      line = out.readLine();
    }
    if (process.waitFor() != 0 || line == null) {
      throw new IOException("the paired measurement of " + comparison.label() + " failed");
    }
    return Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
  }

  /** {@code args}: comparison name, warm-up millis, rounds, turn millis. */
  public static void main(String[] args) throws Exception {
    PairedRatio paired = new PairedRatio(Comparison.valueOf(args[0]));
    int warmupMillis = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int turnMillis = Integer.parseInt(args[3]);
    paired.benchmarks.start();
    try {
      double[] ratios = paired.run(warmupMillis, rounds, turnMillis);
      Arrays.sort(ratios);
      double median = (ratios[(ratios.length - 1) / 2] + ratios[ratios.length / 2]) / 2;
      System.out.println(String.format(Locale.ROOT, "%.4f %.4f %.4f", median, ratios[0], ratios[ratios.length - 1]));
    } finally {
      paired.benchmarks.stop();
    }
  }

  private double[] run(int warmupMillis, int rounds, int turnMillis) throws Exception {
    int warmupTurn = Math.max(1, Math.min(500, warmupMillis / 2));
    for (long end = System.nanoTime() + warmupMillis * 1_000_000L; System.nanoTime() < end; ) {
      rate(hubKit, warmupTurn);
      rate(okHttp, warmupTurn);
    }
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      boolean hubKitFirst = round % 2 == 0; // alternate the order, so that a steady drift cancels out
      double first = rate(hubKitFirst ? hubKit : okHttp, turnMillis);
      double second = rate(hubKitFirst ? okHttp : hubKit, turnMillis);
      ratios[round] = hubKitFirst ? first / second : second / first;
    }
    return ratios;
  }

  /** Invocations per second of {@code benchmark} over one turn of about {@code millis}. */
  private double rate(Method benchmark, int millis) throws Exception {
    long start = System.nanoTime();
    long end = start + millis * 1_000_000L;
    long invocations = 0;
    long now;
    do {
      invoke(benchmark);
      invocations++;
      now = System.nanoTime();
    } while (now < end);
    return invocations * 1e9 / (now - start);
  }

  private void invoke(Method benchmark) throws Exception {
    try {
      sink.consume(benchmark.getParameterCount() == 1 ? benchmark.invoke(benchmarks, sink)
          : benchmark.invoke(benchmarks));
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }
}
