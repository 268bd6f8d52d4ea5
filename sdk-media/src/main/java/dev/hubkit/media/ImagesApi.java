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

  /**
   * The images API of {@code client}'s hub.
   *
   * @param client the client whose hub, key and transport the calls use
   * @return an images API sharing {@code client}'s connection pool; cheap, keep one or make one per call
   */
  public static ImagesApi of(HubClient client) {
    return new ImagesApi(client.transport(),
        new TaskPoller(TaskScheduler.shared(), client.transport().pollSlots(),
            client.transport().clientState()));
  }

  /**
   * Generates images on any hub, whichever style it answers in: completes at once when the hub answers with the
   * images (OpenAI's {@code data[]}, {@code url} or {@code b64_json}), and polls when it answers with a task id
   * (CHMU Hub's {@code task_id}), listing the finished task's images the same way (its id in
   * {@code extra().get("task_id")}). Blocks until the images are there; {@link #generateResultAsync} does not.
   *
   * @param request what to generate
   * @return the images
   * @throws dev.hubkit.core.MalformedResponseException when the reply is neither, naming the fields it had
   * @throws dev.hubkit.core.TaskFailedException when the task fails on the hub
   */
  public ImagesResponse generateResult(ImageRequest request) {
    return generateResult(request, PollingPolicy.defaults(), RequestOptions.none());
  }

  /**
   * As {@link #generateResult(ImageRequest)}, polling a task-style hub as {@code policy} says, with per-call
   * options of the generation request.
   *
   * @param request what to generate
   * @param policy how a task-style hub is polled
   * @param options per-call options of the generation request
   * @return the images
   */
  public ImagesResponse generateResult(ImageRequest request, PollingPolicy policy, RequestOptions options) {
    return Futures.join(generateResultAsync(request, policy, options));
  }

  /**
   * As {@link #generateResult(ImageRequest)}, without blocking: the future completes with the images, or with the
   * same exceptions.
   *
   * @param request what to generate
   * @param policy how a task-style hub is polled
   * @param options per-call options of the generation request
   * @return the images, once there
   */
  public CompletableFuture<ImagesResponse> generateResultAsync(ImageRequest request, PollingPolicy policy,
      RequestOptions options) {
    return transport.executeAsync(generation(request, options), ImageAnswer.READER).thenCompose(answer -> {
      if (answer.images().isPresent()) {
        return CompletableFuture.completedFuture(answer.images().get());
      }
      String taskId = answer.task.taskId();
      return tasks.await(taskId, policy, answer.task.estimatedTime(), RequestOptions.none())
          .thenApply(status -> ImageAnswer.fromTask(taskId, status));
    });
  }

  /**
   * Generates images and waits for them (hubs that answer synchronously, as OpenAI does).
   *
   * @param request what to generate
   * @return the images
   */
  public ImagesResponse generate(ImageRequest request) {
    return generate(request, RequestOptions.none());
  }

  /**
   * As {@link #generate(ImageRequest)}, with per-call options.
   *
   * @param request what to generate
   * @param options per-call options
   * @return the images
   */
  public ImagesResponse generate(ImageRequest request, RequestOptions options) {
    return transport.execute(generation(request, options), IMAGES);
  }

  /**
   * As {@link #generate(ImageRequest)}, without blocking.
   *
   * @param request what to generate
   * @return the images, or the same exceptions
   */
  public CompletableFuture<ImagesResponse> generateAsync(ImageRequest request) {
    return generateAsync(request, RequestOptions.none());
  }

  /**
   * As {@link #generateAsync(ImageRequest)}, with per-call options.
   *
   * @param request what to generate
   * @param options per-call options
   * @return the images, or the same exceptions
   */
  public CompletableFuture<ImagesResponse> generateAsync(ImageRequest request, RequestOptions options) {
    return transport.executeAsync(generation(request, options), IMAGES);
  }

  /**
   * Edits images: the source images and mask are uploaded as multipart, streamed from their files.
   *
   * @param request the images, mask and prompt
   * @return the edited images
   */
  public ImagesResponse edit(ImageEditRequest request) {
    return edit(request, RequestOptions.none());
  }

  /**
   * As {@link #edit(ImageEditRequest)}, with per-call options.
   *
   * @param request the images, mask and prompt
   * @param options per-call options
   * @return the edited images
   */
  public ImagesResponse edit(ImageEditRequest request, RequestOptions options) {
    return transport.execute(editRequest(request).withOptions(options).creatingJob(), IMAGES);
  }

  /**
   * As {@link #edit(ImageEditRequest, RequestOptions)}, without blocking.
   *
   * @param request the images, mask and prompt
   * @param options per-call options
   * @return the edited images, or the same exceptions
   */
  public CompletableFuture<ImagesResponse> editAsync(ImageEditRequest request, RequestOptions options) {
    return transport.executeAsync(editRequest(request).withOptions(options).creatingJob(), IMAGES);
  }

  /**
   * Submits a generation to a task-style hub and returns at once with the task id to poll.
   *
   * @param request what to generate
   * @return the hub's answer
   * @throws dev.hubkit.core.MalformedResponseException when the hub answered with the images instead
   */
  public TaskSubmission submit(ImageRequest request) {
    return submit(request, RequestOptions.none());
  }

  /**
   * As {@link #submit(ImageRequest)}, with per-call options.
   *
   * @param request what to generate
   * @param options per-call options
   * @return the hub's answer
   */
  public TaskSubmission submit(ImageRequest request, RequestOptions options) {
    return transport.execute(generation(request, options), SUBMISSION);
  }

  /**
   * As {@link #submit(ImageRequest, RequestOptions)}, without blocking.
   *
   * @param request what to generate
   * @param options per-call options
   * @return the hub's answer, or the same exceptions
   */
  public CompletableFuture<TaskSubmission> submitAsync(ImageRequest request, RequestOptions options) {
    return transport.executeAsync(generation(request, options), SUBMISSION);
  }

  /**
   * Submits to a task-style hub with the request's model, then with each of {@code policy}'s models while the
   * error allows a fallback (5xx, 429 after retries, unknown model, timeout, connection failure; never a submission
   * whose answer was lost, which may have started a job).
   *
   * @param request what to generate
   * @param policy the models to fall back to
   * @return the submission and the model that took it
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed that way
   */
  public FallbackResult<TaskSubmission> submitWithFallback(ImageRequest request, FallbackPolicy policy) {
    return submitWithFallback(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #submitWithFallback(ImageRequest, FallbackPolicy)}, with per-call options for each model's
   * submission: the same extra headers, query parameters and body fields, timeouts, retries and
   * {@link RequestOptions#resendJobSubmissions()}, and reply listeners told of each model's reply (the failed ones'
   * included, the accepting model's last). An {@code Idempotency-Key} header in {@code options} goes as it is with
   * the request's own model; a fallback model's submission carries it with {@code -} and that model's id appended
   * ({@code K-midjourney-v7}), so a hub that honours the key never takes it for a resend of the first model's job,
   * and the same call made again with the same key sends each model its own key again. A submission whose answer
   * was lost ({@link dev.hubkit.core.JobSubmissionUnknownException}) is never followed by another model's, whatever
   * the policy's trigger says: that job may exist and be billed.
   *
   * @param request what to generate, submitted first with its own model
   * @param policy the models to fall back to
   * @param options per-call options for each model's submission
   * @return the submission and the model that took it
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed with an error that allows a fallback
   * @throws dev.hubkit.core.JobSubmissionUnknownException when a submission was sent but its answer was lost; no
   *     other model is tried
   * @throws dev.hubkit.core.HubException the first error that allows no fallback, as it is
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public FallbackResult<TaskSubmission> submitWithFallback(ImageRequest request, FallbackPolicy policy,
      RequestOptions options) {
    SubmissionFallback.check(request, policy, options);
    return ModelFallback.run(request.model(), SubmissionFallback.neverAfterAnUnknownSubmission(policy),
        model -> submit(withModel(request, model), SubmissionFallback.forModel(options, request.model(), model)));
  }

  /**
   * As {@link #submitWithFallback(ImageRequest, FallbackPolicy)}, without blocking.
   *
   * @param request what to generate
   * @param policy the models to fall back to
   * @return the submission and the model that took it, or the same exceptions
   */
  public CompletableFuture<FallbackResult<TaskSubmission>> submitWithFallbackAsync(ImageRequest request,
      FallbackPolicy policy) {
    return submitWithFallbackAsync(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #submitWithFallback(ImageRequest, FallbackPolicy, RequestOptions)}, without blocking: each model's
   * submission, with the same options (and the same {@code Idempotency-Key} rule), starts when the previous one
   * has failed; cancelling the future cancels the submission in flight and tries no other model.
   *
   * @param request what to generate, submitted first with its own model
   * @param policy the models to fall back to
   * @param options per-call options for each model's submission
   * @return the submission and the model that took it; the future fails with the exceptions
   *     {@link #submitWithFallback(ImageRequest, FallbackPolicy, RequestOptions)} throws
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public CompletableFuture<FallbackResult<TaskSubmission>> submitWithFallbackAsync(ImageRequest request,
      FallbackPolicy policy, RequestOptions options) {
    SubmissionFallback.check(request, policy, options);
    return ModelFallback.runAsync(request.model(), SubmissionFallback.neverAfterAnUnknownSubmission(policy),
        model -> submitAsync(withModel(request, model), SubmissionFallback.forModel(options, request.model(), model)));
  }

  /**
   * Submits a generation to a task-style hub and waits for it without blocking: the future completes with the
   * final status, whose {@link TaskStatus#imageUrls()} hold the images. The submission itself blocks the caller;
   * {@link #generateAsTaskAsync} does not.
   *
   * @param request what to generate
   * @return the wait
   */
  public TaskFuture<TaskStatus> generateAsTask(ImageRequest request) {
    return generateAsTask(request, PollingPolicy.defaults());
  }

  /**
   * As {@link #generateAsTask(ImageRequest)}, polling as {@code policy} says.
   *
   * @param request what to generate
   * @param policy how often and how long
   * @return the wait
   */
  public TaskFuture<TaskStatus> generateAsTask(ImageRequest request, PollingPolicy policy) {
    return generateAsTask(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #generateAsTask(ImageRequest, PollingPolicy)}, with per-call options for the submission and polls.
   *
   * @param request what to generate
   * @param policy how often and how long
   * @param options per-call options
   * @return the wait
   */
  public TaskFuture<TaskStatus> generateAsTask(ImageRequest request, PollingPolicy policy, RequestOptions options) {
    TaskSubmission submitted = submit(request, options);
    return tasks.await(submitted.taskId(), policy, submitted.estimatedTime(), options);
  }

  /**
   * Submits without blocking: completes with the wait once the hub accepted the job, or with the submission's
   * exception; {@code thenCompose(task -> task)} gives the final status.
   *
   * @param request what to generate
   * @param policy how often and how long
   * @param options per-call options for the submission and polls
   * @return the wait, once submitted
   */
  public CompletableFuture<TaskFuture<TaskStatus>> generateAsTaskAsync(ImageRequest request, PollingPolicy policy,
      RequestOptions options) {
    return submitAsync(request, options).thenApply(submitted ->
        tasks.await(submitted.taskId(), policy, submitted.estimatedTime(), options));
  }

  /**
   * Writes an image to {@code target}: decodes inline data, or streams it from its URL (the API key is sent only
   * if the URL is on the hub's own host).
   *
   * @param image an image of {@link ImagesResponse#data()} or of a finished task
   * @param target the file to write, replaced if it exists
   * @return the bytes written
   * @throws IllegalArgumentException when the image has neither inline data nor a URL
   */
  public long save(GeneratedImage image, Path target) {
    return save(image, target, RequestOptions.none());
  }

  /**
   * As {@link #save(GeneratedImage, Path)}, with per-call options of the download (inline data needs no call).
   *
   * @param image the image
   * @param target where to write it, replaced if it exists
   * @param options per-call options of the download
   * @return the bytes written
   */
  public long save(GeneratedImage image, Path target, RequestOptions options) {
    if (image.b64Json().isPresent()) {
      byte[] bytes = image.bytes();
      image.writeTo(target);
      return bytes.length;
    }
    String url = image.url().orElseThrow(() -> new IllegalArgumentException("the image has neither data nor URL"));
    return tasks.download(url, target, TransferListener.NONE, options);
  }

  private static HubRequest editRequest(ImageEditRequest request) {
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
    return HubRequest.post(body.build(), "images", "edits");
  }

  /**
   * As {@link #save(GeneratedImage, Path)}, without blocking the caller: inline data is decoded at once, a URL is
   * streamed to the file on OkHttp's callback thread.
   *
   * @param image the image
   * @param target where to write it
   * @param options per-call options of the download
   * @return the bytes written, or the same exceptions
   */
  public CompletableFuture<Long> saveAsync(GeneratedImage image, Path target, RequestOptions options) {
    if (image.b64Json().isPresent()) {
      CompletableFuture<Long> saved = new CompletableFuture<>();
      try {
        saved.complete(save(image, target));
      } catch (RuntimeException e) {
        saved.completeExceptionally(e);
      }
      return saved;
    }
    String url = image.url().orElseThrow(() -> new IllegalArgumentException("the image has neither data nor URL"));
    return tasks.downloadAsync(url, target, TransferListener.NONE, options);
  }

  private static ImageRequest withModel(ImageRequest request, String model) {
    return model.equals(request.model()) ? request : ImageRequest.builder().from(request).model(model).build();
  }

  private static HubRequest generation(ImageRequest request, RequestOptions options) {
    return HubRequest.postJson(Objects.requireNonNull(request, "request"), "images", "generations")
        .withOptions(options).creatingJob();
  }
}
