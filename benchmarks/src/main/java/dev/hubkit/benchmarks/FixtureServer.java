package dev.hubkit.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The built-in fixture server: a minimal keep-alive HTTP/1.1 server on loopback writing each pre-rendered
 * {@link Fixture} reply, routed by path, in one socket write. It costs next to nothing per request, so against it
 * the benchmarks show the client's own CPU cost. Runs as its own JVM, started by {@link ServerProcess}: it prints
 * its port on stdout and exits when its standard input closes (the runner ended or died).
 */
public final class FixtureServer {
  private static final byte[] NOT_FOUND =
      "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final Map<String, byte[]> replies = new HashMap<>();

  private FixtureServer() {
    for (Fixture fixture : Fixture.values()) {
      replies.put(fixture.path(), reply(fixture.contentType(), fixture.body()));
    }
  }

  /** Serves until standard input reaches its end. */
  public static void main(String[] args) throws IOException {
    FixtureServer server = new FixtureServer();
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> server.acceptLoop(socket), "fixture-server");
    acceptor.setDaemon(true);
    acceptor.start();
    System.out.println(socket.getLocalPort());
    System.out.flush();
    while (System.in.read() != -1) {
      // wait for the parent to close the pipe
    }
    System.exit(0);
  }

  private static byte[] reply(String type, byte[] body) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private void acceptLoop(ServerSocket socket) {
    while (true) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        Thread thread = new Thread(() -> serve(connection), "fixture-connection");
        thread.setDaemon(true);
        thread.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (Socket c = connection) {
      InputStream in = new BufferedInputStream(c.getInputStream(), 16 * 1024);
      OutputStream out = c.getOutputStream();
      for (String path; (path = readRequest(in)) != null; ) {
        out.write(replies.getOrDefault(path, NOT_FOUND));
        out.flush();
      }
    } catch (IOException ignored) {
      // the client went away
    }
  }

  /** Reads one request and returns its path (the body is skipped); null at end of input. */
  private static String readRequest(InputStream in) throws IOException {
    String requestLine = readLine(in);
    if (requestLine == null) {
      return null;
    }
    long length = 0;
    for (String header; (header = readLine(in)) != null && !header.isEmpty(); ) {
      if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
        length = Long.parseLong(header.substring(15).trim());
      }
    }
    in.skipNBytes(length);
    int start = requestLine.indexOf(' ') + 1;
    int end = requestLine.indexOf(' ', start);
    String target = requestLine.substring(start, end < 0 ? requestLine.length() : end);
    int query = target.indexOf('?'); // Gemini's stream asks for ?alt=sse; routing is by path alone
    return query < 0 ? target : target.substring(0, query);
  }

  /** One CRLF-terminated line as ISO-8859-1 text, without the CRLF; null at end of input. */
  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b; (b = in.read()) != '\n'; ) {
      if (b == -1) {
        return null;
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}
