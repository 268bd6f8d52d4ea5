package dev.hubkit.benchmarks;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.media.ImageRequest;
import dev.hubkit.media.ImagesApi;
import dev.hubkit.media.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * A thousand pending task waits on one client ({@code ImagesApi.generateAsTask}, the default
 * {@link PollingPolicy}), against a {@link ScaleHub} in its own JVM that keeps each job {@code GENERATING} for 3
 * polls: platform threads beyond the JVM's baseline at the peak, TCP connections the hub accepted, polls per job
 * and the most polls in any 100 ms, and heap per pending job. Mode {@code hubkit} is HubKit's own client;
 * {@code before} rebuilds what HubKit did before issue 19 (OkHttp's pool of 5 idle connections, 64 calls per host,
 * no jitter, no limit of polls in flight) from a caller's OkHttpClient; {@code unbounded} is HubKit's own client
 * without its limit of polls in flight ({@code maxConcurrentPolls(Integer.MAX_VALUE)}). Prints one Markdown row.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.hubkit.benchmarks.PendingJobs hubkit 1000 [poll-ms]}
 */
public final class PendingJobs {
  private static final int POLLS_PER_JOB = 3;

  private PendingJobs() {}

  /**
   * {@code args}: mode ({@code hubkit}, {@code unbounded} or {@code before}), how many jobs (default 1,000), and
   * how long the hub takes to answer a poll (default 0 ms).
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "hubkit";
    int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int pollMillis = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    try (ScaleProbe probe = new ScaleProbe(POLLS_PER_JOB, pollMillis)) {
      HubClient.Builder builder = HubClient.builder().baseUrl(probe.baseUrl()).apiKey("sk-bench");
      PollingPolicy policy = PollingPolicy.defaults();
      OkHttpClient before = null;
      if (mode.equals("before")) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        before = new OkHttpClient.Builder().dispatcher(dispatcher).build();
        builder.httpClient(before).maxConcurrentPolls(Integer.MAX_VALUE);
        policy = PollingPolicy.builder().jitter(0).build();
      } else if (mode.equals("unbounded")) {
        builder.maxConcurrentPolls(Integer.MAX_VALUE);
      }
      try (HubClient client = builder.build()) {
        ImagesApi images = ImagesApi.of(client);
        ImageRequest request = ImageRequest.builder().model("gpt-image-2").prompt("a lighthouse").build();
        // Warm-up: load the classes and open the threads a first job needs, before the baseline.
        images.generateAsTask(request, PollingPolicy.builder().initialInterval(Duration.ofMillis(5)).build())
            .get(30, TimeUnit.SECONDS);
        Thread.sleep(200);
        int[] warm = probe.stats();
        long heapBefore = ScaleProbe.heapAfterGc();
        probe.baseline();
        long start = System.nanoTime();
        List<TaskFuture<TaskStatus>> waits = new ArrayList<>(jobs);
        for (int i = 0; i < jobs; i++) {
          waits.add(images.generateAsTask(request, policy));
        }
        long submitted = System.nanoTime();
        long heapPending = ScaleProbe.heapAfterGc();
        for (TaskFuture<TaskStatus> wait : waits) {
          wait.get(5, TimeUnit.MINUTES);
        }
        long done = System.nanoTime();
        int[] stats = probe.stats();
        int polls = stats[2] - warm[2];
        System.out.printf(Locale.ROOT, "| %s | Java %d | %d | %d | %d | %.1f | %d | %.2f | %.1f s (submit %.1f s) |%n",
            (mode.equals("before") ? "before issue 19 (pool of 5, no jitter)"
                : mode.equals("unbounded") ? "HubKit's own client, maxConcurrentPolls(MAX_VALUE)"
                : "HubKit's own client")
            + (pollMillis > 0 ? ", polls answered in " + pollMillis + " ms" : ""),
            Runtime.version().feature(), jobs, probe.peakThreadsBeyondBaseline(), stats[0] - warm[0],
            polls / (double) jobs, stats[3], (heapPending - heapBefore) / 1024.0 / jobs,
            (done - start) / 1e9, (submitted - start) / 1e9);
      } finally {
        if (before != null) {
          before.dispatcher().executorService().shutdown();
          before.connectionPool().evictAll();
        }
      }
    }
  }
}
