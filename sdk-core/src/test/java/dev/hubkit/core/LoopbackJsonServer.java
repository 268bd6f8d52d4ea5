package dev.hubkit.core;

import java.io.BufferedInputStream;
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
import okhttp3.HttpUrl;

/**
 * A minimal keep-alive HTTP/1.1 server on loopback that answers every request with one fixed JSON body, written
 * in a single socket write. MockWebServer writes headers and body separately, which meets TCP delayed ACKs and
 * costs ~40 ms per call: fine for behaviour tests, too slow for ten thousand calls.
 */
final class LoopbackJsonServer implements Closeable {
  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "loopback-json-server");
    thread.setDaemon(true);
    return thread;
  });
  private final byte[] response;

  LoopbackJsonServer(String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    response = new byte[head.length + body.length];
    System.arraycopy(head, 0, response, 0, head.length);
    System.arraycopy(body, 0, response, head.length, body.length);
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  HttpUrl url(String path) {
    return new HttpUrl.Builder().scheme("http").host(socket.getInetAddress().getHostAddress())
        .port(socket.getLocalPort()).encodedPath(path).build();
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
      InputStream in = new BufferedInputStream(c.getInputStream());
      OutputStream out = c.getOutputStream();
      while (skipRequest(in)) {
        out.write(response);
        out.flush();
      }
    } catch (IOException ignored) {
      // the client went away; nothing to answer
    }
  }

  /** Reads one request's head and body; false at end of input. */
  private static boolean skipRequest(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    long contentLength = 0;
    for (int b; (b = in.read()) != -1; ) {
      if (b == '\n') {
        String header = line.toString().trim();
        if (header.isEmpty()) {
          for (long i = 0; i < contentLength; i++) {
            in.read();
          }
          return true;
        }
        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          contentLength = Long.parseLong(header.substring(15).trim());
        }
        line.setLength(0);
      } else {
        line.append((char) b);
      }
    }
    return false; // end of input: a partial request gets no answer
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
  }
}
