package dev.hubkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A fixture server running as a child process of the runner, never inside a benchmark JVM, so that neither its
 * allocations nor its threads are counted against the client. Stopped by {@link #close()}, or by a shutdown hook
 * when the runner exits early.
 */
final class ServerProcess implements AutoCloseable {
  /** The two servers the benchmarks can run against. */
  enum Kind {
    NGINX("nginx", "nginx (reference, as in PERFORMANCE.md)"),
    BUILTIN("builtin", "built-in server in its own JVM (strict: client CPU only)");

    final String option;
    final String title;

    Kind(String option, String title) {
      this.option = option;
      this.title = title;
    }
  }

  private final Kind kind;
  private final Process process;
  private final String address;
  private final Runnable cleanup;
  private final Thread hook = new Thread(this::stop, "stop-fixture-server");
  private boolean stopped;

  ServerProcess(Kind kind, Process process, String address, Runnable cleanup) {
    this.kind = kind;
    this.process = process;
    this.address = address;
    this.cleanup = cleanup;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts a server of {@code kind} and checks that it serves every fixture byte for byte. */
  static ServerProcess start(Kind kind) throws IOException {
    ServerProcess server = kind == Kind.NGINX ? Nginx.start() : startBuiltIn();
    try {
      server.verify();
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  private static ServerProcess startBuiltIn() throws IOException {
    Process process = ChildJvm.of(Arrays.asList("-Xmx256m", "-XX:+UseSerialGC"), FixtureServer.class)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String port = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))
        .readLine();
    if (port == null) {
      process.destroyForcibly();
      throw new IOException("the built-in fixture server printed no port");
    }
    return new ServerProcess(Kind.BUILTIN, process, "http://127.0.0.1:" + port.trim(), () -> { });
  }

  Kind kind() {
    return kind;
  }

  /** Scheme, host and port, e.g. {@code http://127.0.0.1:40123}; each {@link Fixture#path()} goes after it. */
  String address() {
    return address;
  }

  /** Posts to every fixture's path and compares status, content type and body with the fixture. */
  private void verify() throws IOException {
    OkHttpClient client = new OkHttpClient();
    try {
      for (Fixture fixture : Fixture.values()) {
        Request request = new Request.Builder().url(address + fixture.path())
            .post(RequestBody.create("{\"stream\":false}", MediaType.get("application/json"))).build();
        try (Response response = client.newCall(request).execute()) {
          String type = response.header("Content-Type", "");
          if (response.code() != 200 || !type.startsWith(fixture.contentType())
              || !Arrays.equals(response.body().bytes(), fixture.body())) {
            throw new IOException(kind.option + " serves " + fixture.path() + " wrongly: HTTP " + response.code()
                + ", Content-Type " + type);
          }
        }
      }
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    List<ProcessHandle> children = process.descendants().collect(Collectors.toList());
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
    cleanup.run();
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to
    }
  }
}
