package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ResponseReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Many calls and abandoned streams leave no leaked connections, threads or heap behind. */
class LeakUnderLoadTest {
  private static final int LOAD_CALLS = Integer.getInteger("leak.calls", 10_000);
  private static final int LOAD_STREAMS = Integer.getInteger("leak.streams", 1_000);

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void tenThousandCallsAndAThousandCancelledStreamsLeakNothing() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
            .body(new EventStreamTest.PacedEvents(50, 2)).build();
      }
    });
    List<String> leaks = new CopyOnWriteArrayList<>();
    Logger okhttpLogger = Logger.getLogger("okhttp3.OkHttpClient");
    Handler leakWatcher = new Handler() {
      @Override
      public void publish(LogRecord record) {
        leaks.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    okhttpLogger.addHandler(leakWatcher);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    LoopbackJsonServer plain = new LoopbackJsonServer("{\"id\":\"x\",\"n\":1}");
    HubClient.Builder plainClient = TestHub.clientFor(server).baseUrl(plain.url("/v1/public"));
    try {
      // Round one warms up the pools OkHttp shares between clients; round two must not add to them.
      runLoad(plainClient, LOAD_CALLS / 10, LOAD_STREAMS / 10);
      settle();
      long threadsBefore = httpThreads();
      long heapBefore = memory.getHeapMemoryUsage().getUsed();
      runLoad(plainClient, LOAD_CALLS, LOAD_STREAMS);
      settle();
      long threadsAfter = httpThreads();
      assertTrue(threadsAfter <= threadsBefore, "HTTP threads before " + threadsBefore + ", after " + threadsAfter
          + ": " + Thread.getAllStackTraces().keySet());
      long heapGrowth = memory.getHeapMemoryUsage().getUsed() - heapBefore;
      assertTrue(heapGrowth < 32L * 1024 * 1024, "heap grew by " + heapGrowth + " bytes");
    } finally {
      plain.close();
      okhttpLogger.removeHandler(leakWatcher);
    }
    assertEquals(Collections.emptyList(), leaks);
  }

  private void runLoad(HubClient.Builder plainClient, int calls, int streams) {
    try (HubClient client = plainClient.build(); HubClient streaming = TestHub.clientFor(server).build()) {
      ResponseReader<JsonNode> reader = ResponseReader.json(JsonNode.class);
      for (int i = 0; i < calls; i++) {
        assertEquals(1, client.transport().execute(HubRequest.get("models"), reader).get("n").asInt());
      }
      HubRequest stream = HubRequest.postJson(Collections.singletonMap("stream", true), "stream");
      for (int i = 0; i < streams; i++) {
        try (EventStream<JsonNode> events = streaming.transport().stream(stream, EventDecoder.json(JsonNode.class))) {
          Iterator<JsonNode> it = events.iterator();
          it.next();
          it.next();
        }
      }
      assertTrue(client.httpClient().connectionPool().connectionCount() <= 1,
          "connections: " + client.httpClient().connectionPool().connectionCount());
      assertTrue(streaming.httpClient().connectionPool().connectionCount() <= 1,
          "connections: " + streaming.httpClient().connectionPool().connectionCount());
    }
  }

  /**
   * Live per-call threads of the HTTP client side (OkHttp dispatcher threads, HubKit's own). OkHttp's shared
   * TaskRunner pool is left out: its idle workers come and go with timing, and it is bounded on its own.
   */
  private static long httpThreads() {
    long taskRunners = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("OkHttp TaskRunner")).count();
    assertTrue(taskRunners <= 8, "OkHttp TaskRunner threads: " + taskRunners);
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith("OkHttp") && !name.equals("OkHttp TaskRunner") || name.startsWith("hubkit"))
        .count();
  }

  private static void settle() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
  }
}
