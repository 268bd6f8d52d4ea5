package dev.hubkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The client side of the scale runners: starts a {@link ScaleHub} in its own JVM, reads its counters over a
 * connection of its own, and measures this JVM's platform threads (virtual threads are not counted: they are
 * the point) and its heap after a full collection.
 */
final class ScaleProbe implements AutoCloseable {
  private final Process hub;
  private final int port;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private int controlCalls;
  private int baselineThreads;

  ScaleProbe(int pollsUntilDone) throws IOException {
    this(pollsUntilDone, 0);
  }

  /** A hub that takes {@code pollMillis} to answer each poll, as a loaded hub or a slow network would. */
  ScaleProbe(int pollsUntilDone, int pollMillis) throws IOException {
    hub = ChildJvm.of(Collections.singletonList("-Xss256k"), ScaleHub.class, String.valueOf(pollsUntilDone),
        String.valueOf(pollMillis)).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(hub.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("port ")) {
      throw new IllegalStateException("the scale hub did not start: " + line);
    }
    port = Integer.parseInt(line.substring(5));
  }

  /** The hub's base URL, with a path prefix as a real hub has. */
  String baseUrl() {
    return "http://127.0.0.1:" + port + "/v1";
  }

  /** Notes this JVM's live platform threads as the baseline and resets the peak. */
  void baseline() {
    baselineThreads = threads.getThreadCount();
    threads.resetPeakThreadCount();
  }

  int baselineThreads() {
    return baselineThreads;
  }

  /** The most platform threads alive at once since {@link #baseline()}, beyond the baseline. */
  int peakThreadsBeyondBaseline() {
    return threads.getPeakThreadCount() - baselineThreads;
  }

  /** Heap in use after a full collection, in bytes. */
  static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The hub's counters: connections from the client (this probe's own left out), requests, polls, peak polls. */
  int[] stats() throws IOException {
    String[] parts = control("GET", "/control/stats").split(" ");
    return new int[] {Integer.parseInt(parts[0]) - controlCalls, Integer.parseInt(parts[1]) - controlCalls,
        Integer.parseInt(parts[2]), Integer.parseInt(parts[3])};
  }

  /** Lets every held stream end with {@code [DONE]}, and streams opened from now on end at once. */
  void releaseStreams() throws IOException {
    control("POST", "/control/release");
  }

  /** Streams opened from now on are held again. */
  void holdStreams() throws IOException {
    control("POST", "/control/hold");
  }

  private String control(String method, String path) throws IOException {
    controlCalls++;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + path + " HTTP/1.1\r\nHost: hub\r\nContent-Length: 0\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String reply = new String(readReply(in), StandardCharsets.UTF_8);
      return reply.substring(reply.indexOf("\r\n\r\n") + 4);
    }
  }

  private static byte[] readReply(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) != -1) {
      head.append((char) b);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
    int at = lower.indexOf("content-length:");
    int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).trim());
    return (head + new String(in.readNBytes(length), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    hub.destroy();
  }
}
