package dev.hubkit.benchmarks;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Starts helper JVMs (the built-in server, cold-start runs, paired measurements) on this JVM's java and class path. */
final class ChildJvm {
  private ChildJvm() {}

  /** A process running {@code main} with {@code args}, after the JVM options {@code jvmOptions}. */
  static ProcessBuilder of(List<String> jvmOptions, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(Arrays.asList(args));
    return new ProcessBuilder(command);
  }
}
