package dev.hubkit.examples;

import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.media.JobButton;
import dev.hubkit.media.JobRoutes;
import dev.hubkit.media.JobsApi;
import dev.hubkit.media.TaskStatus;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

/**
 * Midjourney through a hub's relay: imagine a grid of four images, then press its U1 button to upscale the
 * first. Both are jobs on a {@link TaskFuture}; the relay's paths ({@code /mj/submit/imagine},
 * {@code /mj/submit/action}, {@code list-by-condition}) sit at the hub's host root, whatever the base URL's prefix.
 */
public final class MidjourneyUpscale {
  private MidjourneyUpscale() {}

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) throws Exception {
    try (ExampleHub hub = ExampleHub.connect("MidjourneyUpscale")) {
      JobsApi jobs = JobsApi.of(hub.client());

      TaskFuture<TaskStatus> imagine = jobs.run(JobRoutes.midjourneyImagine(),
          Collections.singletonMap("prompt", "a red fox in fresh snow, watercolor --ar 3:2"),
          hub.pollingPolicy(), RequestOptions.none());
      imagine.onProgress(p -> System.out.println("  imagine " + p.taskId() + ": " + p.state().raw()
          + p.percent().map(n -> " " + n + "%").orElse("")));
      TaskStatus grid = imagine.get(10, TimeUnit.MINUTES);
      System.out.println("Grid: " + grid.imageUrl().orElse("(no image)") + ", buttons " + grid.buttons().size());

      JobButton u1 = grid.buttons().stream().filter(button -> button.upscales(1)).findFirst()
          .orElseThrow(() -> new IllegalStateException("the grid has no U1 button: " + grid.buttons()));
      TaskStatus upscaled = jobs.press(imagine.taskId(), u1, hub.pollingPolicy()).get(10, TimeUnit.MINUTES);
      System.out.println("Upscaled image 1: " + upscaled.imageUrl().orElse("(no image)"));
    }
  }
}
