package dev.hubkit.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The loopback hub of {@link PendingJobs} and {@link LiveStreams}, run in its own JVM so that its threads and
 * memory are not the client's: a keep-alive HTTP/1.1 server with one thread per connection that counts the TCP
 * connections it accepts. {@code POST .../images/generations} submits a job that is {@code GENERATING} for
 * {@code polls} polls of {@code GET .../tasks/ID}, then {@code COMPLETED}; {@code POST .../chat/completions} with
 * {@code "stream":true} sends its first chunk at once and holds the stream until {@code POST /control/release} (streams opened after it end at once, until
 * {@code POST /control/hold}),
 * else answers a small completion. {@code GET /control/stats} answers {@code connections requests polls peak-polls-in-100-ms}.
 * Prints {@code port N} when it listens.
 */
public final class ScaleHub {
  private final int pollsUntilDone;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger polls = new AtomicInteger();
  private final AtomicInteger jobs = new AtomicInteger();
  private final Map<String, AtomicInteger> pollsByJob = new ConcurrentHashMap<>();
  private final Map<Long, AtomicInteger> pollsByTenthOfASecond = new ConcurrentHashMap<>();
  private final AtomicReference<CountDownLatch> release = new AtomicReference<>(new CountDownLatch(1));

  private final long pollMillis;

  private ScaleHub(int pollsUntilDone, long pollMillis) {
    this.pollsUntilDone = pollsUntilDone;
    this.pollMillis = pollMillis;
  }

  /** {@code args}: how many polls a job stays pending for, and how long each poll takes to answer (default 0 ms). */
  public static void main(String[] args) throws IOException {
    new ScaleHub(Integer.parseInt(args[0]), args.length > 1 ? Long.parseLong(args[1]) : 0).serve();
  }

  private void serve() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 4096, InetAddress.getLoopbackAddress())) {
      System.out.println("port " + server.getLocalPort());
      System.out.flush();
      while (true) {
        Socket socket = server.accept();
        connections.incrementAndGet();
        Thread thread = new Thread(() -> handle(socket), "scale-hub-" + connections.get());
        thread.setDaemon(true);
        thread.start();
      }
    }
  }

  private void handle(Socket socket) {
    try (Socket s = socket) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        requests.incrementAndGet();
        String[] line = head.substring(0, head.indexOf('\r')).split(" ");
        byte[] body = in.readNBytes(contentLength(head));
        if (!answer(line[0], line[1], new String(body, StandardCharsets.UTF_8), out)) {
          return;
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client closed or cancelled the connection: nothing left to answer
    }
  }

  /** Writes the reply; false when the connection ends with it. */
  private boolean answer(String method, String path, String body, OutputStream out)
      throws IOException, InterruptedException {
    if (path.equals("/control/stats")) {
      int peak = pollsByTenthOfASecond.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
      return json(out, connections.get() + " " + requests.get() + " " + polls.get() + " " + peak);
    }
    if (path.equals("/control/release")) {
      release.get().countDown();
      return json(out, "{}");
    }
    if (path.equals("/control/hold")) {
      release.set(new CountDownLatch(1));
      return json(out, "{}");
    }
    if (path.endsWith("/images/generations")) {
      return json(out, "{\"task_id\":\"job-" + jobs.incrementAndGet() + "\",\"status\":\"SUBMITTED\"}");
    }
    if (path.contains("/tasks/")) {
      polls.incrementAndGet();
      pollsByTenthOfASecond.computeIfAbsent(System.currentTimeMillis() / 100, k -> new AtomicInteger())
          .incrementAndGet();
      String id = path.substring(path.lastIndexOf('/') + 1);
      if (pollMillis > 0) {
        Thread.sleep(pollMillis);
      }
      int seen = pollsByJob.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      return json(out, seen >= pollsUntilDone
          ? "{\"task_id\":\"" + id + "\",\"status\":\"COMPLETED\",\"progress\":\"100%\"}"
          : "{\"task_id\":\"" + id + "\",\"status\":\"GENERATING\",\"progress\":\"40%\"}");
    }
    if (path.endsWith("/chat/completions") && body.contains("\"stream\":true")) {
      CountDownLatch held = release.get();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
          + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o\","
          + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hi\"}}]}\n\n")
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
      held.await();
      out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      return false;
    }
    if (path.endsWith("/chat/completions")) {
      return json(out, "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o\",\"choices\":"
          + "[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}");
    }
    out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    return true;
  }

  private static boolean json(OutputStream out, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(bytes);
    out.flush();
    return true;
  }

  /** The request line and headers, or null at the end of the connection. */
  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) != -1) {
      head.append((char) b);
      int n = head.length();
      if (n >= 4 && head.charAt(n - 1) == '\n' && head.charAt(n - 2) == '\r' && head.charAt(n - 3) == '\n') {
        return head.toString();
      }
    }
    return null;
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).trim());
      }
    }
    return 0;
  }
}
