package dev.hubkit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * nginx serving the fixtures as static files from a temporary directory, with a generated configuration: the
 * reference server, as used for {@code shared/PERFORMANCE.md}. Runs in the foreground ({@code daemon off}) as a
 * child of the runner; the directory is deleted when it stops.
 */
final class Nginx {
  private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin");

  private Nginx() {}

  /** The nginx binary on {@code PATH} or in the usual sbin directories. */
  static Optional<Path> find() {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(SBIN);
    return dirs.stream().filter(dir -> !dir.isEmpty()).map(dir -> Paths.get(dir, "nginx"))
        .filter(Files::isExecutable).findFirst();
  }

  /** Writes the fixtures and the configuration to a new temporary directory and starts nginx on a free port. */
  static ServerProcess start() throws IOException {
    Path nginx = find().orElseThrow(() -> new IOException("nginx not found (apt-get install nginx-light)"));
    Path dir = Files.createTempDirectory("hubkit-nginx");
    Path www = Files.createDirectory(dir.resolve("www"));
    for (Fixture fixture : Fixture.values()) {
      Files.write(www.resolve(fixture.fileName()), fixture.body());
    }
    readableByWorkers(dir, www);
    int port = freePort();
    Path conf = Files.write(dir.resolve("nginx.conf"),
        config(dir, www, port, configureArguments(nginx)).getBytes(StandardCharsets.UTF_8));
    Path log = dir.resolve("stderr.log");
    Process process = new ProcessBuilder(nginx.toString(), "-c", conf.toString(), "-p", dir.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServerProcess server = new ServerProcess(ServerProcess.Kind.NGINX, process, "http://127.0.0.1:" + port,
        () -> delete(dir));
    if (!awaitListening(process, port)) {
      String errors = Files.readString(log);
      Path errorLog = dir.resolve("error.log");
      if (Files.exists(errorLog)) {
        errors += Files.readString(errorLog);
      }
      server.close();
      throw new IOException("nginx did not start: " + errors.trim());
    }
    return server;
  }

  private static String config(Path dir, Path www, int port, String configureArguments) {
    StringBuilder conf = new StringBuilder()
        .append("worker_processes 1;\ndaemon off;\n")
        .append("pid ").append(dir.resolve("nginx.pid")).append(";\n")
        .append("error_log ").append(dir.resolve("error.log")).append(" warn;\n")
        .append("events { worker_connections 256; }\n")
        .append("http {\n")
        .append("  access_log off; sendfile on; tcp_nodelay on;\n")
        .append("  open_file_cache max=100 inactive=60s; open_file_cache_valid 600s;\n")
        .append("  keepalive_requests 1000000; keepalive_timeout 60s;\n")
        .append("  client_body_temp_path ").append(dir.resolve("client_body")).append(";\n");
    // Each compiled-in module wants a writable temp directory, even unused; the defaults need root.
    for (String module : List.of("proxy", "fastcgi", "uwsgi", "scgi")) {
      if (!configureArguments.contains("--without-http_" + module + "_module")) {
        conf.append("  ").append(module).append("_temp_path ").append(dir.resolve(module)).append(";\n");
      }
    }
    conf.append("  server {\n")
        .append("    listen 127.0.0.1:").append(port).append(";\n");
    for (Fixture fixture : Fixture.values()) {
      // nginx answers POST to a static file with 405; error_page redirects to the same location as a GET.
      conf.append("    location = ").append(fixture.path())
          .append(" { alias ").append(www.resolve(fixture.fileName()))
          .append("; default_type ").append(fixture.contentType())
          .append("; error_page 405 =200 $uri; }\n");
    }
    return conf.append("    location / { return 404; }\n  }\n}\n").toString();
  }

  /** What nginx was compiled with ({@code nginx -V}), to know its modules. */
  private static String configureArguments(Path nginx) throws IOException {
    Process process = new ProcessBuilder(nginx.toString(), "-V").redirectErrorStream(true).start();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** As root, nginx's worker runs as an unprivileged user: it must be able to read the fixtures. */
  private static void readableByWorkers(Path dir, Path www) throws IOException {
    try (Stream<Path> files = Files.list(www)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
    Files.setPosixFilePermissions(www, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean awaitListening(Process process, int port) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (process.isAlive() && System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return true;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }
}
