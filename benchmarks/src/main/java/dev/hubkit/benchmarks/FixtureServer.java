package dev.hubkit.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal keep-alive HTTP/1.1 server on loopback serving pre-rendered fixtures, each reply written with one
 * socket write, so the client side is what gets measured. Routes: {@code POST .../chat/completions} (a stream when
 * the body says {@code "stream":true}) and {@code POST .../embeddings} (base64 when the body asks for it).
 */
final class FixtureServer implements Closeable {
  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "fixture-server");
    thread.setDaemon(true);
    return thread;
  });
  private final byte[] chat = reply("application/json", Fixtures.chatCompletion());
  private final byte[] stream = reply("text/event-stream", Fixtures.chatStream());
  private final byte[] embeddingsFloat = reply("application/json", Fixtures.embeddingsFloat());
  private final byte[] embeddingsBase64 = reply("application/json", Fixtures.embeddingsBase64());

  FixtureServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  /** The base URL, with a hub-style path prefix. */
  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
  }

  private static byte[] reply(String type, byte[] body) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        threads.execute(() -> serve(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (Socket c = connection) {
      InputStream in = new BufferedInputStream(c.getInputStream(), 16 * 1024);
      OutputStream out = c.getOutputStream();
      for (String request; (request = readRequest(in)) != null; ) {
        out.write(route(request));
        out.flush();
      }
    } catch (IOException ignored) {
      // the client went away
    }
  }

  private byte[] route(String request) {
    if (request.startsWith("POST") && request.contains("/embeddings")) {
      return request.contains("base64") ? embeddingsBase64 : embeddingsFloat;
    }
    return request.contains("\"stream\":true") ? stream : chat;
  }

  /** The request line, headers and body as text; null at end of input. */
  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    int last4 = 0;
    while (last4 != 0x0d0a0d0a) {
      int b = in.read();
      if (b == -1) {
        return null;
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    String headers = head.toString("ISO-8859-1");
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    return headers + new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
  }
}
