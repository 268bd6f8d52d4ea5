package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Virtual threads chosen on Java 21 and later, platform threads before; both branches run on any runtime. */
class CallThreadsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void virtualThreadsAreFoundOnJava21AndLaterOnly() {
    boolean java21OrLater = Runtime.version().feature() >= 21;
    Optional<ThreadFactory> found = CallThreads.virtualThreadFactory();
    assertEquals(java21OrLater, found.isPresent(), "on Java " + Runtime.version());
    if (found.isPresent()) {
      Thread thread = found.get().newThread(() -> { });
      assertEquals("java.lang.VirtualThread", thread.getClass().getName());
      assertTrue(thread.getName().startsWith("hubkit-call-"), thread.getName());
    }
  }

  @Test
  void withAThreadFactoryEachCallRunsOnANewThreadOfItAndStreamsGetTheHighLimit() throws Exception {
    List<Thread> made = new CopyOnWriteArrayList<>();
    ThreadFactory factory = task -> {
      Thread thread = new Thread(task, "stand-in-virtual-" + made.size());
      made.add(thread);
      return thread;
    };
    Dispatcher dispatcher = CallThreads.dispatcher(Optional.of(factory), CallThreads.defaultStreamLimit(true));
    assertEquals(1024 + 64, dispatcher.getMaxRequests());
    assertEquals(1024 + 64, dispatcher.getMaxRequestsPerHost());
    List<Thread> ranOn = runTwoCalls(dispatcher);
    assertEquals(made, ranOn, "each call on a thread of the factory, none reused");
    assertEquals(2, made.size());
    dispatcher.executorService().shutdown();
  }

  @Test
  void withoutOneCallsRunOnOkHttpsPlatformPoolAndStreamsGetTheLowLimit() throws Exception {
    Dispatcher dispatcher = CallThreads.dispatcher(Optional.empty(), CallThreads.defaultStreamLimit(false));
    assertEquals(64 + 64, dispatcher.getMaxRequests());
    for (Thread thread : runTwoCalls(dispatcher)) {
      assertEquals(Thread.class, thread.getClass());
      assertTrue(thread.getName().startsWith("OkHttp Dispatcher"), thread.getName());
    }
    dispatcher.executorService().shutdown();
  }

  @Test
  void aClientHubKitCreatesUsesVirtualThreadsExactlyWhenTheRuntimeHasThem() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    boolean java21OrLater = Runtime.version().feature() >= 21;
    try (dev.hubkit.core.HubClient client = dev.hubkit.core.HubClient.builder()
        .baseUrl(server.url("/v1").toString()).build()) {
      assertEquals(java21OrLater ? 1024 + 64 : 64 + 64, client.httpClient().dispatcher().getMaxRequests());
    }
    try (dev.hubkit.core.HubClient client = dev.hubkit.core.HubClient.builder()
        .baseUrl(server.url("/v1").toString()).virtualThreads(false).build()) {
      assertEquals(64 + 64, client.httpClient().dispatcher().getMaxRequests());
      assertEquals(Thread.class, runTwoCalls(client.httpClient().dispatcher()).get(0).getClass());
    }
  }

  /** Runs two calls one after the other on {@code dispatcher}; the threads that ran them, names restored. */
  private List<Thread> runTwoCalls(Dispatcher dispatcher) throws Exception {
    OkHttpClient client = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    List<Thread> ranOn = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse.Builder().body("ok").build());
      CompletableFuture<Void> done = new CompletableFuture<>();
      client.newCall(new Request.Builder().url(server.url("/x")).build()).enqueue(new Callback() {
        @Override
        public void onFailure(Call call, java.io.IOException e) {
          done.completeExceptionally(e);
        }

        @Override
        public void onResponse(Call call, Response response) {
          response.close();
          ranOn.add(Thread.currentThread());
          done.complete(null);
        }
      });
      done.get(10, TimeUnit.SECONDS);
      Thread.sleep(50); // OkHttp restores the thread's name once the callback returns
    }
    return ranOn;
  }
}
