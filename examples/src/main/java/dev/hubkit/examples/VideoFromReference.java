package dev.hubkit.examples;

import dev.hubkit.media.UploadFile;
import dev.hubkit.media.VideoCreateRequest;
import dev.hubkit.media.VideoJob;
import dev.hubkit.media.VideoVariant;
import dev.hubkit.media.VideosApi;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Make a video from a reference image, OpenAI style ({@code POST /videos}, as on AIHubMix): upload the image as
 * {@code input_reference}, watch the job, download the MP4. Pass an image path as the first argument, or let the
 * example draw one.
 */
public final class VideoFromReference {
  private VideoFromReference() {}

  /** Runs the example; {@code args[0]} may name the reference image. */
  public static void main(String[] args) throws Exception {
    Path reference = args.length > 0 ? Paths.get(args[0]) : drawReference();
    try (ExampleHub hub = ExampleHub.connect("VideoFromReference")) {
      VideosApi videos = VideosApi.of(hub.client());
      VideoJob job = videos.create(VideoCreateRequest.builder()
              .prompt("The camera slowly pushes in as the sun rises over the hills")
              .model(ExampleHub.model("HUBKIT_VIDEO_MODEL", "sora-2"))
              .seconds(4)
              .size("1280x720")
              .inputReference(UploadFile.of(reference))
              .build(),
          ExampleHub.progress("uploaded"));
      System.out.println("Created video job " + job.id() + " (" + job.state().raw() + ")");

      VideoJob finished = videos.awaitCompletion(job.id(), hub.pollingPolicy())
          .onProgress(p -> System.out.println("  job " + p.taskId() + ": " + p.state().raw()
              + p.percent().map(n -> " " + n + "%").orElse("")))
          .get(30, TimeUnit.MINUTES);

      Path target = Files.createTempFile("hubkit-" + finished.id() + "-", ".mp4");
      long bytes = videos.downloadContent(finished.id(), VideoVariant.VIDEO, target, ExampleHub.progress("downloaded"));
      System.out.println("Finished video " + finished.id() + ": " + bytes + " bytes in " + target);
    }
  }

  private static Path drawReference() throws Exception {
    BufferedImage picture = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(255, 170, 60), 0, 180, new Color(40, 60, 120)));
    g.fillRect(0, 0, 320, 180);
    g.setColor(new Color(30, 90, 40));
    g.fillOval(-60, 120, 440, 160);
    g.dispose();
    Path file = Files.createTempFile("hubkit-reference-", ".png");
    file.toFile().deleteOnExit();
    ImageIO.write(picture, "png", file.toFile());
    return file;
  }
}
