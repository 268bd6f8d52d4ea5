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
import dev.hubkit.media.internal.Downloads;
import dev.hubkit.media.internal.TaskChecks;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.MultipartBody;
import org.jspecify.annotations.Nullable;

/**
 * Video generation in both hub styles. Task style (CHMU Hub): {@link #submit} / {@link #generate} post JSON to
 * {@code {base}/videos/generations} and poll {@code /tasks/{id}}. OpenAI style (AIHubMix, OpenAI):
 * {@link #create} posts multipart to {@code {base}/videos} with an optional reference image, and the job is read,
 * listed, remixed, deleted and downloaded under {@code /videos}. Waiting never blocks a thread; uploads and
 * downloads stream. Thread-safe.
 */
public final class VideosApi {
  private static final ResponseReader<VideoJob> JOB = ResponseReader.json(VideoJob.class);
  private static final ResponseReader<VideoPage> PAGE = ResponseReader.json(VideoPage.class);
  private static final ResponseReader<VideoDeleted> DELETED = ResponseReader.json(VideoDeleted.class);
  private static final ResponseReader<TaskSubmission> SUBMISSION = ResponseReader.json(TaskSubmission.class);

  private final HubTransport transport;
  private final TaskPoller poller;
  private final TasksApi tasks;

  VideosApi(HubTransport transport, TaskPoller poller) {
    this.transport = transport;
    this.poller = poller;
    this.tasks = new TasksApi(transport, poller);
  }

  /** The videos API of {@code client}'s hub. */
  public static VideosApi of(HubClient client) {
    return new VideosApi(client.transport(), new TaskPoller(TaskScheduler.shared()));
  }

  /** Task style: submits a job and returns at once with its task id. */
  public TaskSubmission submit(VideoTaskRequest request) {
    return submit(request, RequestOptions.none());
  }

  /** As {@link #submit(VideoTaskRequest)}, with per-call options. */
  public TaskSubmission submit(VideoTaskRequest request, RequestOptions options) {
    HubRequest post = HubRequest.postJson(Objects.requireNonNull(request, "request"), "videos", "generations");
    return transport.execute(post.withOptions(options), SUBMISSION);
  }

  /**
   * Task style: submits with the request's model, then with each of {@code policy}'s models while the error allows
   * a fallback (5xx, 429 after retries, unknown model, timeout, connection failure).
   *
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed that way
   */
  public FallbackResult<TaskSubmission> submitWithFallback(VideoTaskRequest request, FallbackPolicy policy) {
    return ModelFallback.run(request.model(), policy, model -> submit(model.equals(request.model()) ? request
        : VideoTaskRequest.builder().from(request).model(model).build()));
  }

  /**
   * Task style: submits a job and waits for it; the first poll comes after the hub's {@code estimated_time}. The
   * future completes with the final status ({@link TaskStatus#videoUrl()}, {@link TaskStatus#thumbnailUrl()}).
   */
  public TaskFuture<TaskStatus> generate(VideoTaskRequest request) {
    return generate(request, PollingPolicy.defaults());
  }

  /** As {@link #generate(VideoTaskRequest)}, polling as {@code policy} says. */
  public TaskFuture<TaskStatus> generate(VideoTaskRequest request, PollingPolicy policy) {
    TaskSubmission submitted = submit(request);
    return tasks.await(submitted.taskId(), policy, submitted.estimatedTime());
  }

  /** OpenAI style: creates a job, uploading the reference image as it is read from its source. */
  public VideoJob create(VideoCreateRequest request) {
    return create(request, TransferListener.NONE);
  }

  /** As {@link #create(VideoCreateRequest)}, reporting the upload's progress. */
  public VideoJob create(VideoCreateRequest request, TransferListener uploadProgress) {
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("prompt", request.prompt());
    request.model().ifPresent(model -> body.addFormDataPart("model", model));
    request.seconds().ifPresent(seconds -> body.addFormDataPart("seconds", seconds));
    request.size().ifPresent(size -> body.addFormDataPart("size", size));
    request.inputReference().ifPresent(file ->
        body.addFormDataPart("input_reference", file.filename(), file.toRequestBody(uploadProgress)));
    return transport.execute(HubRequest.post(body.build(), "videos"), JOB);
  }

  /** OpenAI style: the job's current state. */
  public VideoJob retrieve(String videoId) {
    return transport.execute(HubRequest.get("videos", videoId), JOB);
  }

  /** As {@link #retrieve(String)}, without blocking. */
  public CompletableFuture<VideoJob> retrieveAsync(String videoId) {
    return transport.executeAsync(HubRequest.get("videos", videoId), JOB);
  }

  /**
   * OpenAI style: one page of jobs. Each argument may be null for the hub's default.
   *
   * @param after the {@link VideoPage#lastId()} of the previous page
   * @param limit jobs per page
   * @param order {@code asc} or {@code desc}
   */
  public VideoPage list(@Nullable String after, @Nullable Integer limit, @Nullable String order) {
    HubRequest get = HubRequest.get("videos").withQuery("after", after).withQuery("limit", limit)
        .withQuery("order", order);
    return transport.execute(get, PAGE);
  }

  /** OpenAI style: deletes the job and its files. */
  public VideoDeleted delete(String videoId) {
    return transport.execute(HubRequest.delete("videos", videoId), DELETED);
  }

  /** OpenAI style: a new job that changes a finished video as {@code prompt} says. */
  public VideoJob remix(String videoId, String prompt) {
    MediaChecks.requireText("prompt", prompt, "describe the change");
    HubRequest post = HubRequest.postJson(Collections.singletonMap("prompt", prompt), "videos", videoId, "remix");
    return transport.execute(post, JOB);
  }

  /**
   * OpenAI style: waits for the job without blocking; also resumes a wait from a saved id. Completes with the
   * finished job, or fails with {@link dev.hubkit.core.TaskFailedException} carrying the job's error.
   */
  public TaskFuture<VideoJob> awaitCompletion(String videoId) {
    return awaitCompletion(videoId, PollingPolicy.defaults());
  }

  /** As {@link #awaitCompletion(String)}, polling as {@code policy} says. */
  public TaskFuture<VideoJob> awaitCompletion(String videoId, PollingPolicy policy) {
    Objects.requireNonNull(videoId, "videoId");
    return poller.poll(videoId, () -> retrieveAsync(videoId),
        job -> TaskChecks.of(videoId, job.state(), job.progress(), job,
            job.error().flatMap(VideoError::code), job.error().flatMap(VideoError::message)),
        policy, Optional.empty());
  }

  /**
   * OpenAI style: downloads a finished job's file to {@code target}, streamed (through a temporary file, so a
   * failed download leaves nothing behind).
   *
   * @return the bytes written
   */
  public long downloadContent(String videoId, VideoVariant variant, Path target) {
    return downloadContent(videoId, variant, target, TransferListener.NONE);
  }

  /** As {@link #downloadContent(String, VideoVariant, Path)}, reporting progress. */
  public long downloadContent(String videoId, VideoVariant variant, Path target, TransferListener listener) {
    return Downloads.toPath(transport.executeRaw(content(videoId, variant)), target, listener,
        "the " + variant.wireName() + " of video " + videoId);
  }

  /** As {@link #downloadContent(String, VideoVariant, Path)}, into {@code out}, which is left open. */
  public long downloadContent(String videoId, VideoVariant variant, OutputStream out, TransferListener listener) {
    return Downloads.toStream(transport.executeRaw(content(videoId, variant)), out, listener,
        "the " + variant.wireName() + " of video " + videoId);
  }

  /**
   * Downloads a task's result file (its {@code videoUrl}, {@code thumbnailUrl}) to {@code target}, streamed; the
   * API key goes only to the hub's own host, never to a storage host.
   */
  public long download(String url, Path target, TransferListener listener) {
    return tasks.download(url, target, listener);
  }

  private static HubRequest content(String videoId, VideoVariant variant) {
    return HubRequest.get("videos", Objects.requireNonNull(videoId, "videoId"), "content")
        .withQuery("variant", variant.wireName());
  }
}
