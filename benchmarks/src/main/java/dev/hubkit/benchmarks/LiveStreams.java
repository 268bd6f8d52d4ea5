package dev.hubkit.benchmarks;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubException;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.StreamListener;
import dev.hubkit.core.StreamSlotListener;
import dev.hubkit.media.ImageRequest;
import dev.hubkit.media.ImagesApi;
import dev.hubkit.media.TasksApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import okhttp3.HttpUrl;

/**
 * Live streams to one hub from one JVM ({@code ChatApi.streamAsync}), against a {@link ScaleHub} in its own JVM
 * that sends each stream's first chunk at once and holds every stream open until told: how long each stream
 * waited for its first chunk while the others stayed open (median, p99, max; streams still without one after
 * 10 s are counted as waiting, and the waits the {@link StreamSlotListener} heard are counted), the latency of
 * {@code createAsync} calls and task polls made meanwhile, platform threads beyond the baseline and heap per live
 * stream. Mode {@code hubkit} is HubKit's own client with its defaults; {@code platform} turns virtual threads
 * off and raises {@code maxConcurrentStreams} to the stream count. Prints one Markdown row.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.hubkit.benchmarks.LiveStreams hubkit 500}
 */
public final class LiveStreams {
  private static final int SIDE_CALLS = 20;

  private LiveStreams() {}

  /** {@code args}: mode ({@code hubkit} or {@code platform}) and how many streams (default 500). */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "hubkit";
    int streams = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    AtomicInteger waitsHeard = new AtomicInteger();
    try (ScaleProbe probe = new ScaleProbe(1)) {
      HubClient.Builder builder = HubClient.builder().baseUrl(probe.baseUrl()).apiKey("sk-bench")
          .streamSlotListener(new StreamSlotListener() {
            @Override
            public void onWaiting(HttpUrl url, String limit) {
              waitsHeard.incrementAndGet();
            }

            @Override
            public void onWaitEnded(HttpUrl url, Duration waited) {}
          });
      if (mode.equals("platform")) {
        builder.virtualThreads(false).maxConcurrentStreams(streams);
      }
      try (HubClient client = builder.build()) {
        ChatApi chat = ChatApi.of(client);
        ImagesApi images = ImagesApi.of(client);
        TasksApi tasks = TasksApi.of(client);
        ChatRequest hello = ChatRequest.builder().model("gpt-4o").addMessage(ChatMessage.user("Hello")).build();
        String job = warmUp(probe, chat, images, hello);
        long heapBefore = ScaleProbe.heapAfterGc();
        probe.baseline();
        AtomicLongArray firstChunk = new AtomicLongArray(streams);
        CountDownLatch allFirst = new CountDownLatch(streams);
        List<CompletableFuture<Void>> open = new ArrayList<>(streams);
        for (int i = 0; i < streams; i++) {
          open.add(chat.streamAsync(hello, new FirstChunk(System.nanoTime(), i, firstChunk, allFirst)));
        }
        allFirst.await(10, TimeUnit.SECONDS);
        long heapLive = ScaleProbe.heapAfterGc();
        long[] creates = new long[SIDE_CALLS];
        long[] polls = new long[SIDE_CALLS];
        for (int i = 0; i < SIDE_CALLS; i++) {
          long start = System.nanoTime();
          chat.createAsync(hello).get(30, TimeUnit.SECONDS);
          creates[i] = System.nanoTime() - start;
          start = System.nanoTime();
          tasks.getAsync(job).get(30, TimeUnit.SECONDS);
          polls[i] = System.nanoTime() - start;
        }
        int threads = probe.peakThreadsBeyondBaseline();
        long[] waits = new long[streams];
        int without = 0;
        for (int i = 0; i < streams; i++) {
          waits[i] = firstChunk.get(i);
          without += waits[i] == 0 ? 1 : 0;
        }
        probe.releaseStreams();
        for (CompletableFuture<Void> stream : open) {
          stream.get(60, TimeUnit.SECONDS);
        }
        long[] got = Arrays.stream(waits).filter(w -> w > 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s | Java %d | %d | %s / %s / %s | %d (%d heard) | %s / %s | %s / %s | %d"
                + " | %.1f |%n",
            mode.equals("platform") ? "platform threads, maxConcurrentStreams(" + streams + ")"
                : "HubKit's own client, defaults", Runtime.version().feature(), streams,
            ms(percentile(got, 50)), ms(percentile(got, 99)), ms(percentile(got, 100)), without, waitsHeard.get(),
            ms(percentile(sorted(creates), 50)), ms(percentile(sorted(creates), 100)),
            ms(percentile(sorted(polls), 50)), ms(percentile(sorted(polls), 100)), threads,
            (heapLive - heapBefore) / 1024.0 / streams);
      }
    }
  }

  /** One stream, a chat call and a job, so that classes and threads are loaded before the baseline. */
  private static String warmUp(ScaleProbe probe, ChatApi chat, ImagesApi images, ChatRequest hello)
      throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CompletableFuture<Void> stream = chat.streamAsync(hello, new FirstChunk(System.nanoTime(), 0,
        new AtomicLongArray(1), first));
    first.await(30, TimeUnit.SECONDS);
    probe.releaseStreams();
    stream.get(30, TimeUnit.SECONDS);
    probe.holdStreams();
    chat.createAsync(hello).get(30, TimeUnit.SECONDS);
    String job = images.generateAsTask(ImageRequest.builder().model("gpt-image-2").prompt("a lighthouse").build(),
        PollingPolicy.builder().initialInterval(Duration.ofMillis(5)).build()).taskId();
    Thread.sleep(300);
    return job;
  }

  private static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return -1;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
  }

  private static String ms(long nanos) {
    return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
  }

  /** Notes when a stream's first chunk arrived. */
  private static final class FirstChunk implements StreamListener<ChatCompletionChunk> {
    private final long start;
    private final int index;
    private final AtomicLongArray firstChunk;
    private final CountDownLatch allFirst;
    private boolean seen;

    FirstChunk(long start, int index, AtomicLongArray firstChunk, CountDownLatch allFirst) {
      this.start = start;
      this.index = index;
      this.firstChunk = firstChunk;
      this.allFirst = allFirst;
    }

    @Override
    public void onEvent(ChatCompletionChunk chunk) {
      if (!seen) {
        seen = true;
        firstChunk.set(index, Math.max(1, System.nanoTime() - start));
        allFirst.countDown();
      }
    }

    @Override
    public void onError(HubException error) {
      allFirst.countDown();
    }
  }
}
