package dev.hubkit.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What HubKit costs besides throughput, as Markdown tables: cold start ({@link ColdStart} in fresh JVMs, median
 * wall time from process start to the first chat reply, and peak RSS) and the sizes of the SDK's jars and its
 * runtime dependencies. Paths are relative to the repository root, where {@code run.sh} runs.
 */
final class Footprint {
  private Footprint() {}

  /** Cold start of HubKit and of OkHttp + Jackson, {@code runs} times each, against {@code server}. */
  static String coldStart(ServerProcess server, int runs) throws IOException, InterruptedException {
    String baseUrl = server.address() + Fixture.CHAT.basePath();
    StringBuilder out = new StringBuilder("| cold start (fresh JVM to first chat reply, served by ")
        .append(server.kind().option).append(") | median ms | peak RSS MiB |\n|---|---|---|\n");
    for (String mode : new String[] {"okhttp", "hubkit"}) {
      List<long[]> samples = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        samples.add(launch(mode, baseUrl));
      }
      samples.sort((a, b) -> Long.compare(a[0], b[0]));
      long[] median = samples.get(samples.size() / 2);
      out.append(String.format(Locale.ROOT, "| %s | %d | %d |%n",
          mode.equals("hubkit") ? "HubKit (HubClient + ChatApi)" : "OkHttp + Jackson tree", median[0],
          median[1] / 1024));
    }
    return out.toString();
  }

  private static long[] launch(String mode, String baseUrl) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = ChildJvm.of(Collections.emptyList(), ColdStart.class, mode, baseUrl)
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

  /** The published SDK jars and the runtime dependency jars, against the limits. */
  static String jarSizes() throws IOException {
    long sdk = 0;
    StringBuilder names = new StringBuilder();
    for (String module : new String[] {"sdk-core", "sdk-chat", "sdk-media", "sdk-anthropic", "sdk-gemini"}) {
      Path jar = Paths.get(module, "target", module + "-0.1.0-SNAPSHOT.jar");
      if (Files.exists(jar)) {
        sdk += Files.size(jar);
        names.append(module).append(' ').append(Files.size(jar) / 1024).append(" KB, ");
      }
    }
    long runtime = 0;
    StringBuilder deps = new StringBuilder();
    Path listing = Paths.get("benchmarks", "target", "runtime-classpath.txt");
    if (Files.exists(listing)) {
      for (String entry : Files.readString(listing).trim().split(File.pathSeparator)) {
        Path jar = Paths.get(entry);
        String name = jar.getFileName().toString();
        if (Stream.of("okhttp", "okio", "kotlin", "jackson").anyMatch(name::startsWith) && Files.exists(jar)) {
          runtime += Files.size(jar);
          deps.append(name).append(' ').append(Files.size(jar) / 1024).append(" KB, ");
        }
      }
    }
    return "| jars | size | target | met |\n|---|---|---|---|\n"
        + String.format(Locale.ROOT, "| published SDK jars (%s) | %,d KB | <= 1 MB | %s |%n", trim(names),
            sdk / 1024, sdk <= 1024 * 1024 ? "yes" : "NO")
        + String.format(Locale.ROOT, "| runtime dependency jars (%s) | %,d KB | <= 7 MB | %s |%n", trim(deps),
            runtime / 1024, runtime <= 7 * 1024 * 1024 ? "yes" : "NO");
  }

  private static String trim(StringBuilder list) {
    return list.length() < 2 ? "" : list.substring(0, list.length() - 2);
  }
}
