package dev.hubkit.media;

import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.ModelFallback;
import dev.hubkit.core.internal.ResponseReader;
import dev.hubkit.core.internal.TaskPoller;
import dev.hubkit.core.internal.TaskScheduler;
import dev.hubkit.media.internal.Downloads;
import dev.hubkit.media.internal.TaskChecks;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Video generation in both hub styles. Task style (CHMU Hub): {@link #submit} / {@link #generate} post JSON to
 * {@code {base}/videos/generations} and poll {@code /tasks/{id}}. OpenAI style (AIHubMix, OpenAI):
 * {@link #create} posts multipart to {@code {base}/videos} with an optional reference image, and the job is read,
 * listed, remixed, deleted and downloaded under {@code /videos}. {@link #generateResult} takes either answer.
 * Every call has an {@code ...Async} form and takes {@link RequestOptions}; waiting never blocks a thread; uploads
 * and downloads stream; every job-creating POST carries an {@code Idempotency-Key}. Thread-safe.
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

  /**
   * The videos API of {@code client}'s hub.
   *
   * @param client the client
   * @return the API
   */
  public static VideosApi of(HubClient client) {
    return new VideosApi(client.transport(),
        new TaskPoller(TaskScheduler.shared(), client.transport().pollSlots(),
            client.transport().clientState()));
  }

  /**
   * One call for every hub: posts the request to {@code {base}/videos/generations} and waits for the video,
   * polling {@code /tasks/{id}} when the hub answers with a task (CHMU Hub), or {@code /videos/{id}} when it
   * answers with an OpenAI video object. The future completes with the final status ({@link TaskStatus#videoUrl()};
   * an OpenAI-style job's file is fetched with {@link #downloadContent}).
   *
   * @param request what to generate
   * @param policy how often and how long
   * @param options per-call options for the submission and polls
   * @return the final status, or the submission's or wait's exception
   */
  public CompletableFuture<TaskStatus> generateResultAsync(VideoTaskRequest request, PollingPolicy policy,
      RequestOptions options) {
    return transport.executeAsync(VideoCalls.taskSubmission(request).withOptions(options), VideoCalls.ANSWER)
        .thenCompose(answer -> answer.job != null
            ? awaitCompletion(answer.job.id(), policy, options).thenApply(VideoCalls::status)
            : tasks.await(answer.task.taskId(), policy, answer.task.estimatedTime(), options));
  }

  /**
   * As {@link #generateResultAsync}, blocking until the video is there, with the default policy.
   *
   * @param request what to generate
   * @return the final status
   * @throws dev.hubkit.core.TaskFailedException when the job fails on the hub
   */
  public TaskStatus generateResult(VideoTaskRequest request) {
    return generateResult(request, PollingPolicy.defaults(), RequestOptions.none());
  }

  /**
   * As {@link #generateResultAsync}, blocking until the video is there.
   *
   * @param request what to generate
   * @param policy how often and how long
   * @param options per-call options for the submission and polls
   * @return the final status
   * @throws dev.hubkit.core.TaskFailedException when the job fails on the hub
   */
  public TaskStatus generateResult(VideoTaskRequest request, PollingPolicy policy, RequestOptions options) {
    return Futures.join(generateResultAsync(request, policy, options));
  }

  /**
   * Task style: submits a job and returns at once with its task id.
   *
   * @param request what to generate
   * @return the hub's answer
   */
  public TaskSubmission submit(VideoTaskRequest request) {
    return submit(request, RequestOptions.none());
  }

  /**
   * As {@link #submit(VideoTaskRequest)}, with per-call options.
   *
   * @param request what to generate
   * @param options per-call options
   * @return the hub's answer
   */
  public TaskSubmission submit(VideoTaskRequest request, RequestOptions options) {
    return transport.execute(VideoCalls.taskSubmission(request).withOptions(options), SUBMISSION);
  }

  /**
   * As {@link #submit(VideoTaskRequest, RequestOptions)}, without blocking.
   *
   * @param request what to generate
   * @param options per-call options
   * @return the hub's answer, or the same exceptions
   */
  public CompletableFuture<TaskSubmission> submitAsync(VideoTaskRequest request, RequestOptions options) {
    return transport.executeAsync(VideoCalls.taskSubmission(request).withOptions(options), SUBMISSION);
  }

  /**
   * Task style: submits with the request's model, then with each of {@code policy}'s models while the error allows
   * a fallback (5xx, 429 after retries, unknown model, timeout, connection failure; never a submission whose
   * answer was lost, which may have started a job).
   *
   * @param request what to generate
   * @param policy the models to fall back to
   * @return the submission and the model that took it
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed that way
   */
  public FallbackResult<TaskSubmission> submitWithFallback(VideoTaskRequest request, FallbackPolicy policy) {
    return submitWithFallback(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #submitWithFallback(VideoTaskRequest, FallbackPolicy)}, with per-call options for each model's
   * submission: the same extra headers, query parameters and body fields, timeouts, retries and
   * {@link RequestOptions#resendJobSubmissions()}, and reply listeners told of each model's reply (the failed ones'
   * included, the accepting model's last). An {@code Idempotency-Key} header in {@code options} goes as it is with
   * the request's own model; a fallback model's submission carries it with {@code -} and that model's id appended
   * ({@code K-veo-3.1-fast}), so a hub that honours the key never takes it for a resend of the first model's job,
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
  public FallbackResult<TaskSubmission> submitWithFallback(VideoTaskRequest request, FallbackPolicy policy,
      RequestOptions options) {
    SubmissionFallback.check(request, policy, options);
    return ModelFallback.run(request.model(), SubmissionFallback.neverAfterAnUnknownSubmission(policy),
        model -> submit(VideoCalls.withModel(request, model),
            SubmissionFallback.forModel(options, request.model(), model)));
  }

  /**
   * As {@link #submitWithFallback(VideoTaskRequest, FallbackPolicy)}, without blocking.
   *
   * @param request what to generate
   * @param policy the models to fall back to
   * @return the submission and the model that took it, or the same exceptions
   */
  public CompletableFuture<FallbackResult<TaskSubmission>> submitWithFallbackAsync(VideoTaskRequest request,
      FallbackPolicy policy) {
    return submitWithFallbackAsync(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #submitWithFallback(VideoTaskRequest, FallbackPolicy, RequestOptions)}, without blocking: each
   * model's submission, with the same options (and the same {@code Idempotency-Key} rule), starts when the previous
   * one has failed; cancelling the future cancels the submission in flight and tries no other model.
   *
   * @param request what to generate, submitted first with its own model
   * @param policy the models to fall back to
   * @param options per-call options for each model's submission
   * @return the submission and the model that took it; the future fails with the exceptions
   *     {@link #submitWithFallback(VideoTaskRequest, FallbackPolicy, RequestOptions)} throws
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public CompletableFuture<FallbackResult<TaskSubmission>> submitWithFallbackAsync(VideoTaskRequest request,
      FallbackPolicy policy, RequestOptions options) {
    SubmissionFallback.check(request, policy, options);
    return ModelFallback.runAsync(request.model(), SubmissionFallback.neverAfterAnUnknownSubmission(policy),
        model -> submitAsync(VideoCalls.withModel(request, model),
            SubmissionFallback.forModel(options, request.model(), model)));
  }

  /**
   * Task style: submits a job and waits for it; the first poll comes after the hub's {@code estimated_time}. The
   * future completes with the final status ({@link TaskStatus#videoUrl()}, {@link TaskStatus#thumbnailUrl()}).
   * The submission blocks the caller; {@link #generateAsync} does not.
   *
   * @param request what to generate
   * @return the wait
   */
  public TaskFuture<TaskStatus> generate(VideoTaskRequest request) {
    return generate(request, PollingPolicy.defaults());
  }

  /**
   * As {@link #generate(VideoTaskRequest)}, polling as {@code policy} says.
   *
   * @param request what to generate
   * @param policy how often and how long
   * @return the wait
   */
  public TaskFuture<TaskStatus> generate(VideoTaskRequest request, PollingPolicy policy) {
    return generate(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #generate(VideoTaskRequest, PollingPolicy)}, with per-call options for the submission and polls.
   *
   * @param request what to generate
   * @param policy how often and how long
   * @param options per-call options
   * @return the wait
   */
  public TaskFuture<TaskStatus> generate(VideoTaskRequest request, PollingPolicy policy, RequestOptions options) {
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
  public CompletableFuture<TaskFuture<TaskStatus>> generateAsync(VideoTaskRequest request, PollingPolicy policy,
      RequestOptions options) {
    return submitAsync(request, options).thenApply(submitted ->
        tasks.await(submitted.taskId(), policy, submitted.estimatedTime(), options));
  }

  /**
   * OpenAI style: creates a job, uploading the reference image as it is read from its source.
   *
   * @param request the prompt, model and reference
   * @return the new job
   */
  public VideoJob create(VideoCreateRequest request) {
    return create(request, TransferListener.NONE, RequestOptions.none());
  }

  /**
   * As {@link #create(VideoCreateRequest)}, reporting the upload's progress.
   *
   * @param request the prompt, model and reference
   * @param uploadProgress told of the bytes sent
   * @return the new job
   */
  public VideoJob create(VideoCreateRequest request, TransferListener uploadProgress) {
    return create(request, uploadProgress, RequestOptions.none());
  }

  /**
   * As {@link #create(VideoCreateRequest, TransferListener)}, with per-call options.
   *
   * @param request the prompt, model and reference
   * @param uploadProgress told of the bytes sent
   * @param options per-call options
   * @return the new job
   */
  public VideoJob create(VideoCreateRequest request, TransferListener uploadProgress, RequestOptions options) {
    return transport.execute(VideoCalls.create(request, uploadProgress).withOptions(options), JOB);
  }

  /**
   * As {@link #create(VideoCreateRequest, TransferListener, RequestOptions)}, without blocking.
   *
   * @param request the prompt, model and reference
   * @param uploadProgress told of the bytes sent
   * @param options per-call options
   * @return the new job, or the same exceptions
   */
  public CompletableFuture<VideoJob> createAsync(VideoCreateRequest request, TransferListener uploadProgress,
      RequestOptions options) {
    return transport.executeAsync(VideoCalls.create(request, uploadProgress).withOptions(options), JOB);
  }

  /**
   * OpenAI style: the job's current state.
   *
   * @param videoId the job's id
   * @return the job
   */
  public VideoJob retrieve(String videoId) {
    return retrieve(videoId, RequestOptions.none());
  }

  /**
   * As {@link #retrieve(String)}, with per-call options.
   *
   * @param videoId the job's id
   * @param options per-call options
   * @return the job
   */
  public VideoJob retrieve(String videoId, RequestOptions options) {
    return transport.execute(VideoCalls.retrieve(videoId).withOptions(options), JOB);
  }

  /**
   * As {@link #retrieve(String)}, without blocking.
   *
   * @param videoId the job's id
   * @return the job, or the same exceptions
   */
  public CompletableFuture<VideoJob> retrieveAsync(String videoId) {
    return retrieveAsync(videoId, RequestOptions.none());
  }

  /**
   * As {@link #retrieveAsync(String)}, with per-call options.
   *
   * @param videoId the job's id
   * @param options per-call options
   * @return the job, or the same exceptions
   */
  public CompletableFuture<VideoJob> retrieveAsync(String videoId, RequestOptions options) {
    return transport.executeAsync(VideoCalls.retrieve(videoId).withOptions(options), JOB);
  }

  /**
   * OpenAI style: one page of jobs. Each argument may be null for the hub's default.
   *
   * @param after the {@link VideoPage#lastId()} of the previous page
   * @param limit jobs per page
   * @param order {@code asc} or {@code desc}
   * @return the page
   */
  public VideoPage list(@Nullable String after, @Nullable Integer limit, @Nullable String order) {
    return list(after, limit, order, RequestOptions.none());
  }

  /**
   * As {@link #list(String, Integer, String)}, with per-call options.
   *
   * @param after the {@link VideoPage#lastId()} of the previous page
   * @param limit jobs per page
   * @param order {@code asc} or {@code desc}
   * @param options per-call options
   * @return the page
   */
  public VideoPage list(@Nullable String after, @Nullable Integer limit, @Nullable String order, RequestOptions options) {
    return transport.execute(VideoCalls.list(after, limit, order).withOptions(options), PAGE);
  }

  /**
   * As {@link #list(String, Integer, String, RequestOptions)}, without blocking.
   *
   * @param after the {@link VideoPage#lastId()} of the previous page
   * @param limit jobs per page
   * @param order {@code asc} or {@code desc}
   * @param options per-call options
   * @return the page, or the same exceptions
   */
  public CompletableFuture<VideoPage> listAsync(String after, Integer limit, String order, RequestOptions options) {
    return transport.executeAsync(VideoCalls.list(after, limit, order).withOptions(options), PAGE);
  }

  /**
   * OpenAI style: deletes the job and its files.
   *
   * @param videoId the job's id
   * @return the hub's confirmation
   */
  public VideoDeleted delete(String videoId) {
    return delete(videoId, RequestOptions.none());
  }

  /**
   * As {@link #delete(String)}, with per-call options.
   *
   * @param videoId the job's id
   * @param options per-call options
   * @return the hub's confirmation
   */
  public VideoDeleted delete(String videoId, RequestOptions options) {
    return transport.execute(VideoCalls.delete(videoId).withOptions(options), DELETED);
  }

  /**
   * As {@link #delete(String, RequestOptions)}, without blocking.
   *
   * @param videoId the job's id
   * @param options per-call options
   * @return the hub's confirmation, or the same exceptions
   */
  public CompletableFuture<VideoDeleted> deleteAsync(String videoId, RequestOptions options) {
    return transport.executeAsync(VideoCalls.delete(videoId).withOptions(options), DELETED);
  }

  /**
   * OpenAI style: a new job that changes a finished video as {@code prompt} says.
   *
   * @param videoId the finished job's id
   * @param prompt the change
   * @return the new job
   */
  public VideoJob remix(String videoId, String prompt) {
    return remix(videoId, prompt, RequestOptions.none());
  }

  /**
   * As {@link #remix(String, String)}, with per-call options.
   *
   * @param videoId the finished job's id
   * @param prompt the change
   * @param options per-call options
   * @return the new job
   */
  public VideoJob remix(String videoId, String prompt, RequestOptions options) {
    return transport.execute(VideoCalls.remix(videoId, prompt).withOptions(options), JOB);
  }

  /**
   * As {@link #remix(String, String, RequestOptions)}, without blocking.
   *
   * @param videoId the finished job's id
   * @param prompt the change
   * @param options per-call options
   * @return the new job, or the same exceptions
   */
  public CompletableFuture<VideoJob> remixAsync(String videoId, String prompt, RequestOptions options) {
    return transport.executeAsync(VideoCalls.remix(videoId, prompt).withOptions(options), JOB);
  }

  /**
   * OpenAI style: waits for the job without blocking; also resumes a wait from a saved id. Completes with the
   * finished job, or fails with {@link dev.hubkit.core.TaskFailedException} carrying the job's error.
   *
   * @param videoId the job's id
   * @return the wait
   */
  public TaskFuture<VideoJob> awaitCompletion(String videoId) {
    return awaitCompletion(videoId, PollingPolicy.defaults());
  }

  /**
   * As {@link #awaitCompletion(String)}, polling as {@code policy} says.
   *
   * @param videoId the job's id
   * @param policy how often and how long
   * @return the wait
   */
  public TaskFuture<VideoJob> awaitCompletion(String videoId, PollingPolicy policy) {
    return awaitCompletion(videoId, policy, RequestOptions.none());
  }

  /**
   * As {@link #awaitCompletion(String, PollingPolicy)}, sending each poll with {@code options}.
   *
   * @param videoId the job's id
   * @param policy how often and how long
   * @param options per-call options of each poll
   * @return the wait
   */
  public TaskFuture<VideoJob> awaitCompletion(String videoId, PollingPolicy policy, RequestOptions options) {
    Objects.requireNonNull(videoId, "videoId");
    return poller.poll(videoId, () -> retrieveAsync(videoId, options),
        job -> TaskChecks.of(videoId, job.state(), job.progress(), job,
            job.error().flatMap(VideoError::code), job.error().flatMap(VideoError::message)),
        policy, Optional.empty());
  }

  /**
   * OpenAI style: downloads a finished job's file to {@code target}, streamed (through a temporary file, so a
   * failed download leaves nothing behind).
   *
   * @param videoId the job's id
   * @param variant which file
   * @param target where to write it
   * @return the bytes written
   */
  public long downloadContent(String videoId, VideoVariant variant, Path target) {
    return downloadContent(videoId, variant, target, TransferListener.NONE);
  }

  /**
   * As {@link #downloadContent(String, VideoVariant, Path)}, reporting progress.
   *
   * @param videoId the job's id
   * @param variant which file
   * @param target where to write it
   * @param listener told of the bytes received
   * @return the bytes written
   */
  public long downloadContent(String videoId, VideoVariant variant, Path target, TransferListener listener) {
    return downloadContent(videoId, variant, target, listener, RequestOptions.none());
  }

  /**
   * As {@link #downloadContent(String, VideoVariant, Path, TransferListener)}, with per-call options.
   *
   * @param videoId the job's id
   * @param variant which file
   * @param target where to write it
   * @param listener told of the bytes received
   * @param options per-call options
   * @return the bytes written
   */
  public long downloadContent(String videoId, VideoVariant variant, Path target, TransferListener listener,
      RequestOptions options) {
    return Downloads.toPath(transport.executeRaw(VideoCalls.content(videoId, variant).withOptions(options)), target,
        listener, what(videoId, variant));
  }

  /**
   * As {@link #downloadContent(String, VideoVariant, Path)}, into {@code out}, which is left open.
   *
   * @param videoId the job's id
   * @param variant which file
   * @param out where to write it
   * @param listener told of the bytes received
   * @return the bytes written
   */
  public long downloadContent(String videoId, VideoVariant variant, OutputStream out, TransferListener listener) {
    return downloadContent(videoId, variant, out, listener, RequestOptions.none());
  }

  /**
   * As {@link #downloadContent(String, VideoVariant, OutputStream, TransferListener)}, with per-call options.
   *
   * @param videoId the job's id
   * @param variant which file
   * @param out where to write it, left open
   * @param listener told of the bytes received
   * @param options per-call options
   * @return the bytes written
   */
  public long downloadContent(String videoId, VideoVariant variant, OutputStream out, TransferListener listener,
      RequestOptions options) {
    return Downloads.toStream(transport.executeRaw(VideoCalls.content(videoId, variant).withOptions(options)), out,
        listener, what(videoId, variant));
  }

  /**
   * As {@link #downloadContent(String, VideoVariant, OutputStream, TransferListener, RequestOptions)}, without
   * blocking the caller: the body is written to {@code out} on OkHttp's callback thread, and {@code out} is left
   * open.
   *
   * @param videoId the job's id
   * @param variant which file
   * @param out where to write it
   * @param listener told of the bytes received
   * @param options per-call options
   * @return the bytes written, or the same exceptions
   */
  public CompletableFuture<Long> downloadContentAsync(String videoId, VideoVariant variant, OutputStream out,
      TransferListener listener, RequestOptions options) {
    return transport.executeRawAsync(VideoCalls.content(videoId, variant).withOptions(options),
        reply -> Downloads.toStream(reply, out, listener, what(videoId, variant)));
  }

  /**
   * As {@link #downloadContent(String, VideoVariant, Path, TransferListener)}, without blocking the caller: the
   * body streams to the file on OkHttp's callback thread.
   *
   * @param videoId the job's id
   * @param variant which file
   * @param target where to write it
   * @param listener told of the bytes received
   * @param options per-call options
   * @return the bytes written, or the same exceptions
   */
  public CompletableFuture<Long> downloadContentAsync(String videoId, VideoVariant variant, Path target,
      TransferListener listener, RequestOptions options) {
    return transport.executeRawAsync(VideoCalls.content(videoId, variant).withOptions(options),
        reply -> Downloads.toPath(reply, target, listener, what(videoId, variant)));
  }

  /**
   * Downloads a task's result file (its {@code videoUrl}, {@code thumbnailUrl}) to {@code target}, streamed; the
   * API key goes only to the hub's own host, never to a storage host.
   *
   * @param url the file's URL
   * @param target where to write it
   * @param listener told of the bytes received
   * @return the bytes written
   */
  public long download(String url, Path target, TransferListener listener) {
    return tasks.download(url, target, listener);
  }

  /**
   * As {@link #download(String, Path, TransferListener)}, with per-call options.
   *
   * @param url the file's URL
   * @param target where to write it
   * @param listener told of the bytes received
   * @param options per-call options
   * @return the bytes written
   */
  public long download(String url, Path target, TransferListener listener, RequestOptions options) {
    return tasks.download(url, target, listener, options);
  }

  /**
   * As {@link #download(String, Path, TransferListener)}, without blocking the caller.
   *
   * @param url the file's URL
   * @param target where to write it
   * @param listener told of the bytes received
   * @param options per-call options
   * @return the bytes written, or the same exceptions
   */
  public CompletableFuture<Long> downloadAsync(String url, Path target, TransferListener listener,
      RequestOptions options) {
    return tasks.downloadAsync(url, target, listener, options);
  }

  private static String what(String videoId, VideoVariant variant) {
    return "the " + variant.wireName() + " of video " + videoId;
  }
}
