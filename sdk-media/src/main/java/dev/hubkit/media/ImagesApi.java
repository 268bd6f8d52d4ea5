package dev.hubkit.media;

import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.ModelFallback;
import dev.hubkit.core.internal.ResponseReader;
import dev.hubkit.core.internal.TaskPoller;
import dev.hubkit.core.internal.TaskScheduler;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.MultipartBody;

/**
 * Image generation in both hub styles: OpenAI's synchronous {@code POST {base}/images/generations} and
 * {@code /images/edits}, and the asynchronous task style (CHMU Hub) where the same request returns a
 * {@code task_id} polled at {@code /tasks/{id}}. Thread-safe.
 */
public final class ImagesApi {
  private static final ResponseReader<ImagesResponse> IMAGES = ResponseReader.json(ImagesResponse.class);
  private static final ResponseReader<TaskSubmission> SUBMISSION = ResponseReader.json(TaskSubmission.class);

  private final HubTransport transport;
  private final TasksApi tasks;

  ImagesApi(HubTransport transport, TaskPoller poller) {
    this.transport = transport;
    this.tasks = new TasksApi(transport, poller);
  }

  /** The images API of {@code client}'s hub. */
  public static ImagesApi of(HubClient client) {
    return new ImagesApi(client.transport(), new TaskPoller(TaskScheduler.shared()));
  }

  /** Generates images and waits for them (hubs that answer synchronously, as OpenAI does). */
  public ImagesResponse generate(ImageRequest request) {
    return generate(request, RequestOptions.none());
  }

  /** As {@link #generate(ImageRequest)}, with per-call options. */
  public ImagesResponse generate(ImageRequest request, RequestOptions options) {
    return transport.execute(generation(request, options), IMAGES);
  }

  /** As {@link #generate(ImageRequest)}, without blocking. */
  public CompletableFuture<ImagesResponse> generateAsync(ImageRequest request) {
    return transport.executeAsync(generation(request, RequestOptions.none()), IMAGES);
  }

  /** Edits images: the source images and mask are uploaded as multipart, streamed from their files. */
  public ImagesResponse edit(ImageEditRequest request) {
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("model", request.model())
        .addFormDataPart("prompt", request.prompt());
    String imageField = request.images().size() == 1 ? "image" : "image[]";
    for (UploadFile image : request.images()) {
      body.addFormDataPart(imageField, image.filename(), image.toRequestBody(TransferListener.NONE));
    }
    request.mask().ifPresent(mask ->
        body.addFormDataPart("mask", mask.filename(), mask.toRequestBody(TransferListener.NONE)));
    request.n().ifPresent(n -> body.addFormDataPart("n", String.valueOf(n)));
    request.size().ifPresent(size -> body.addFormDataPart("size", size));
    request.responseFormat().ifPresent(format -> body.addFormDataPart("response_format", format));
    request.quality().ifPresent(quality -> body.addFormDataPart("quality", quality));
    request.user().ifPresent(user -> body.addFormDataPart("user", user));
    return transport.execute(HubRequest.post(body.build(), "images", "edits").creatingJob(), IMAGES);
  }

  /** Submits a generation to a task-style hub and returns at once with the task id to poll. */
  public TaskSubmission submit(ImageRequest request) {
    return submit(request, RequestOptions.none());
  }

  /** As {@link #submit(ImageRequest)}, with per-call options. */
  public TaskSubmission submit(ImageRequest request, RequestOptions options) {
    return transport.execute(generation(request, options), SUBMISSION);
  }

  /**
   * Submits to a task-style hub with the request's model, then with each of {@code policy}'s models while the
   * error allows a fallback (5xx, 429 after retries, unknown model, timeout, connection failure).
   *
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed that way
   */
  public FallbackResult<TaskSubmission> submitWithFallback(ImageRequest request, FallbackPolicy policy) {
    return ModelFallback.run(request.model(), policy, model -> submit(model.equals(request.model()) ? request
        : ImageRequest.builder().from(request).model(model).build()));
  }

  /**
   * Submits a generation to a task-style hub and waits for it without blocking: the future completes with the
   * final status, whose {@link TaskStatus#imageUrls()} hold the images.
   */
  public TaskFuture<TaskStatus> generateAsTask(ImageRequest request) {
    return generateAsTask(request, PollingPolicy.defaults());
  }

  /** As {@link #generateAsTask(ImageRequest)}, polling as {@code policy} says. */
  public TaskFuture<TaskStatus> generateAsTask(ImageRequest request, PollingPolicy policy) {
    TaskSubmission submitted = submit(request);
    return tasks.await(submitted.taskId(), policy, submitted.estimatedTime());
  }

  /**
   * Writes an image to {@code target}: decodes inline data, or streams it from its URL (the API key is sent only
   * if the URL is on the hub's own host).
   *
   * @return the bytes written
   */
  public long save(GeneratedImage image, Path target) {
    if (image.b64Json().isPresent()) {
      byte[] bytes = image.bytes();
      image.writeTo(target);
      return bytes.length;
    }
    String url = image.url().orElseThrow(() -> new IllegalArgumentException("the image has neither data nor URL"));
    return tasks.download(url, target);
  }

  private static HubRequest generation(ImageRequest request, RequestOptions options) {
    return HubRequest.postJson(Objects.requireNonNull(request, "request"), "images", "generations")
        .withOptions(options).creatingJob();
  }
}
