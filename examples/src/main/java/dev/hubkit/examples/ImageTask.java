package dev.hubkit.examples;

import dev.hubkit.core.TaskFuture;
import dev.hubkit.media.ImageRequest;
import dev.hubkit.media.ImagesApi;
import dev.hubkit.media.TaskStatus;
import dev.hubkit.testing.ImageReplyStyle;
import java.util.concurrent.TimeUnit;

/**
 * Generate an image on a task-style hub (CHMU Hub): submit, watch its progress, get the finished image's URL.
 * The wait blocks no thread; {@code get} here is only for the example's sake.
 */
public final class ImageTask {
  private ImageTask() {}

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) throws Exception {
    try (ExampleHub hub = ExampleHub.connect("ImageTask", fake -> fake.imageReplyStyle(ImageReplyStyle.TASK))) {
      ImageRequest request = ImageRequest.builder()
          .model(ExampleHub.model("HUBKIT_IMAGE_MODEL", "gpt-image-2"))
          .prompt("A sunset over mountains, oil painting style")
          .resolution("2k")
          .aspectRatio("16:9")
          .build();

      TaskFuture<TaskStatus> image = ImagesApi.of(hub.client()).generateAsTask(request, hub.pollingPolicy())
          .onProgress(p -> System.out.println("  task " + p.taskId() + ": " + p.state().raw()
              + p.percent().map(n -> " " + n + "%").orElse("")));

      TaskStatus done = image.get(10, TimeUnit.MINUTES);
      System.out.println("Finished image task " + image.taskId() + ": " + done.imageUrls());
    }
  }
}
