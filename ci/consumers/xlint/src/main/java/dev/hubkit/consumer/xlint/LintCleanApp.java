package dev.hubkit.consumer.xlint;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatStream;
import dev.hubkit.chat.EmbeddingRequest;
import dev.hubkit.chat.EmbeddingResponse;
import dev.hubkit.chat.EmbeddingsApi;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubException;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamListener;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.media.ImageRequest;
import dev.hubkit.media.ImagesApi;
import dev.hubkit.media.TaskStatus;
import dev.hubkit.media.VideoTaskRequest;
import dev.hubkit.media.VideosApi;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.ImageReplyStyle;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Compiled with -Xlint:all -Werror against HubKit's values, builders, streams and task futures (javac reads
 * their class files, and the annotations on them), then run against FakeHub.
 */
public final class LintCleanApp {
  private LintCleanApp() {}

  public static void main(String[] args) {
    try (FakeHub fake = FakeHub.builder().imageReplyStyle(ImageReplyStyle.TASK).start();
        HubClient hub = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      ChatApi chat = ChatApi.of(hub).withFallback(FallbackPolicy.fallbackModels("gpt-5-mini"));
      ChatRequest request = ChatRequest.builder().model("gpt-5").addMessage(ChatMessage.user("Hello"))
          .temperature(0.2).build();
      ChatCompletion reply = chat.create(request, RequestOptions.builder().timeout(Duration.ofSeconds(30)).build());
      StringBuilder streamed = new StringBuilder();
      try (ChatStream stream = chat.stream(request)) {
        for (ChatCompletionChunk chunk : stream) {
          streamed.append(chunk.textDelta());
        }
      }
      StringBuilder listened = new StringBuilder();
      CompletableFuture<Void> done = chat.streamAsync(request, new StreamListener<ChatCompletionChunk>() {
        @Override
        public void onEvent(ChatCompletionChunk chunk) {
          listened.append(chunk.textDelta());
        }

        @Override
        public void onError(HubException error) {
          listened.append("failed: ").append(error.getMessage());
        }
      });
      done.join();
      EmbeddingResponse vectors = EmbeddingsApi.of(hub).create(EmbeddingRequest.builder()
          .model("text-embedding-3-small").input("Hello").build());
      PollingPolicy quick = PollingPolicy.builder().initialInterval(Duration.ofMillis(5))
          .maxInterval(Duration.ofMillis(20)).build();
      TaskFuture<TaskStatus> image = ImagesApi.of(hub).generateAsTask(ImageRequest.builder()
          .model("gpt-image-2").prompt("A lighthouse at dawn").build(), quick);
      TaskStatus video = VideosApi.of(hub).generate(VideoTaskRequest.builder().model("sora-2")
          .prompt("A dog in a field").build(), quick).join();
      check(!reply.text().isEmpty() && reply.text().equals(streamed.toString())
          && reply.text().equals(listened.toString()), "chat, stream and listener agree");
      check(vectors.data().get(0).embedding().length > 0, "an embedding");
      check(!image.join().imageUrls().isEmpty(), "an image task's URLs");
      check(video.videoUrl().isPresent(), "a video task's URL");
      System.out.println("-Xlint:all -Werror app: chat, stream, listener, embedding, image and video task answered");
    }
    System.exit(0);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("failed: " + what);
    }
  }
}
