package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.media.ImageRequest;
import dev.hubkit.media.ImagesApi;
import dev.hubkit.media.ImagesResponse;
import dev.hubkit.media.JobButton;
import dev.hubkit.media.JobRoute;
import dev.hubkit.media.JobRoutes;
import dev.hubkit.media.JobsApi;
import dev.hubkit.media.TaskStatus;
import dev.hubkit.media.VideoTaskRequest;
import dev.hubkit.media.VideosApi;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.ImageReplyStyle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's "Images, videos and tasks" snippets, kept compiling and running against FakeHub. */
class ReadmeJobsSnippetTest {
  private static final PollingPolicy BRISK = PollingPolicy.builder().initialInterval(Duration.ofMillis(5))
      .maxInterval(Duration.ofMillis(20)).build();

  @Test
  void theOneMediaCallGetsImagesFromASynchronousAndATaskHub() throws Exception {
    for (ImageReplyStyle style : ImageReplyStyle.values()) {
      try (FakeHub fake = FakeHub.builder().imageReplyStyle(style).estimatedTime(Duration.ofMillis(10)).start();
           HubClient hub = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
        ImagesApi images = ImagesApi.of(hub);
        ImageRequest request = ImageRequest.builder().model("gpt-image-2").prompt("A lighthouse at dawn").build();
        ImagesResponse reply = images.generateResultAsync(request, BRISK, RequestOptions.none())
            .get(10, TimeUnit.SECONDS);
        assertTrue(reply.data().size() >= 1, style + ": " + reply);

        VideosApi videos = VideosApi.of(hub);
        CompletableFuture<TaskStatus> video = videos.generateResultAsync(VideoTaskRequest.builder()
            .model("sora-2").prompt("A golden retriever running in a sunlit field").build(),
            BRISK, RequestOptions.none());
        assertTrue(video.get(10, TimeUnit.SECONDS).videoUrl().isPresent());
      }
    }
  }

  @Test
  void eachFamilySnippetRuns() throws Exception {
    try (FakeHub fake = FakeHub.builder().estimatedTime(Duration.ofMillis(10)).start();
         HubClient hub = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      JobsApi jobs = JobsApi.of(hub);
      PollingPolicy policy = BRISK;
      RequestOptions none = RequestOptions.none();

      TaskStatus clip = jobs.run(JobRoutes.chmuVideos(), Map.of("model", "sora-2", "prompt", "a fox"), policy, none)
          .get();
      TaskStatus unified = jobs.run(JobRoutes.newApiVideo(), Map.of("model", "kling-v1", "prompt", "a fox"),
          policy, none).get();
      TaskFuture<TaskStatus> imagine = jobs.run(JobRoutes.midjourneyImagine(),
          Map.of("prompt", "a red fox in snow"), policy, none);
      TaskStatus grid = imagine.get();
      JobButton u1 = grid.buttons().stream().filter(b -> b.upscales(1)).findFirst().get();
      String upscaled = jobs.press(imagine.taskId(), u1, policy).get().imageUrl().get();
      TaskStatus song = jobs.run(JobRoutes.sunoMusic(), Map.of("gpt_description_prompt",
          "a folk song about a lighthouse", "mv", "chirp-v3-5"), policy, none).get();
      List<String> audio = song.audioUrls();
      String kling = jobs.run(JobRoutes.klingTextToVideo(), Map.of("model_name", "kling-v1", "prompt", "a fox",
          "duration", "5"), policy, none).get().videoUrl().get();

      assertTrue(clip.videoUrl().isPresent());
      assertTrue(unified.videoUrl().isPresent());
      assertTrue(upscaled.endsWith("/upscale.png"), upscaled);
      assertEquals(2, audio.size());
      assertTrue(kling.endsWith("/output.mp4"), kling);
      JobRoute acme = JobRoute.builder().name("acme render").submitPath("/acme/v2/renders")
          .pollPath("/acme/v2/renders/{id}").addIdField("render_id").build();
      assertEquals("/acme/v2/renders/{id}", acme.pollPath());
    }
  }
}
