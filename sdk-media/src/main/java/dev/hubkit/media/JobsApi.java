package dev.hubkit.media;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.PollBatcher;
import dev.hubkit.core.internal.PollSlots;
import dev.hubkit.core.internal.ResponseReader;
import dev.hubkit.core.internal.TaskCheck;
import dev.hubkit.core.internal.TaskPoller;
import dev.hubkit.core.internal.TaskScheduler;
import dev.hubkit.media.internal.JobPaths;
import dev.hubkit.media.internal.TaskChecks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Jobs of any family on one {@link TaskFuture}: submit to a {@link JobRoute} ({@link JobRoutes} has CHMU,
 * new-api video, Midjourney, Suno and Kling), wait with backoff, {@code Retry-After}, a deadline and cancel, and
 * resume a wait from a saved id. Every submission is a job-creating POST: it carries an {@code Idempotency-Key}
 * and is never sent twice once its body went out ({@link dev.hubkit.core.JobSubmissionUnknownException}).
 *
 * <p>Routes with a many-ids query (Midjourney, Suno) are polled together: the pending jobs of one {@code JobsApi}
 * on one such path share each round's requests, up to {@link JobRoute#maxIdsPerPoll()} ids each, so a thousand
 * pending jobs cost a few requests a round. Keep one {@code JobsApi} per client for that. Thread-safe.
 */
public final class JobsApi {
  /** How long a due poll waits for the polls of other jobs to join its many-ids request. */
  static final long BATCH_WINDOW_MILLIS = 250;

  private static final ResponseReader<JsonNode> TREE = ResponseReader.json(JsonNode.class);
  private static final ResponseReader<TaskStatus> STATUS = ResponseReader.json(TaskStatus.class);

  private final HubTransport transport;
  private final TaskPoller poller;
  private final TaskPoller batchedPoller;
  private final PollSlots slots;
  private final TaskScheduler scheduler;
  private final Map<String, PollBatcher<TaskStatus>> batchers = new ConcurrentHashMap<>();

  JobsApi(HubTransport transport, TaskScheduler scheduler) {
    this.transport = transport;
    this.scheduler = scheduler;
    this.slots = transport.pollSlots();
    this.poller = new TaskPoller(scheduler, slots, transport.clientState());
    // A batched wait's fetch only joins the next many-ids request; that request takes the poll place, not each id.
    this.batchedPoller = new TaskPoller(scheduler, PollSlots.unlimited(), transport.clientState());
  }

  /**
   * The jobs API of {@code client}'s hub.
   *
   * @param client the client
   * @return the API
   */
  public static JobsApi of(HubClient client) {
    return new JobsApi(client.transport(), TaskScheduler.shared());
  }

  /**
   * Submits a job and returns at once with its id.
   *
   * @param route where and how
   * @param body the JSON body: a {@code Map}, or any value HubKit's mapper writes
   * @return the hub's answer
   * @throws dev.hubkit.core.ApiException when the hub refuses (Midjourney's 23 queue full is a
   *     {@code RateLimitException}, 24 banned prompt an {@code ApiException} with that code)
   * @throws dev.hubkit.core.JobSubmissionUnknownException when it was sent but no answer came back
   */
  public TaskSubmission submit(JobRoute route, Object body) {
    return submit(route, body, RequestOptions.none());
  }

  /**
   * As {@link #submit(JobRoute, Object)}, with per-call options.
   *
   * @param route where and how
   * @param body the JSON body
   * @param options per-call options
   * @return the hub's answer
   */
  public TaskSubmission submit(JobRoute route, Object body, RequestOptions options) {
    return transport.execute(JobPaths.post(route.submitPath(), body).withOptions(options).creatingJob(),
        submission(route));
  }

  /**
   * As {@link #submit(JobRoute, Object)}, without blocking.
   *
   * @param route where and how
   * @param body the JSON body
   * @return the hub's answer, or the same exceptions
   */
  public CompletableFuture<TaskSubmission> submitAsync(JobRoute route, Object body) {
    return submitAsync(route, body, RequestOptions.none());
  }

  /**
   * As {@link #submitAsync(JobRoute, Object)}, with per-call options.
   *
   * @param route where and how
   * @param body the JSON body
   * @param options per-call options
   * @return the hub's answer, or the same exceptions
   */
  public CompletableFuture<TaskSubmission> submitAsync(JobRoute route, Object body, RequestOptions options) {
    return transport.executeAsync(JobPaths.post(route.submitPath(), body).withOptions(options).creatingJob(),
        submission(route));
  }

  /**
   * The job's current status, from its single-id poll path.
   *
   * @param route the job's route
   * @param jobId the id
   * @return the status
   * @throws dev.hubkit.core.NotFoundException when the hub knows no such job
   */
  public TaskStatus get(JobRoute route, String jobId) {
    return get(route, jobId, RequestOptions.none());
  }

  /**
   * As {@link #get(JobRoute, String)}, with per-call options.
   *
   * @param route the job's route
   * @param jobId the id
   * @param options per-call options
   * @return the status
   */
  public TaskStatus get(JobRoute route, String jobId, RequestOptions options) {
    return transport.execute(JobPaths.get(route.pollPath(), requireId(jobId)).withOptions(options), STATUS);
  }

  /**
   * As {@link #get(JobRoute, String)}, without blocking.
   *
   * @param route the job's route
   * @param jobId the id
   * @return the status, or the same exceptions
   */
  public CompletableFuture<TaskStatus> getAsync(JobRoute route, String jobId) {
    return getAsync(route, jobId, RequestOptions.none());
  }

  /**
   * As {@link #getAsync(JobRoute, String)}, with per-call options.
   *
   * @param route the job's route
   * @param jobId the id
   * @param options per-call options
   * @return the status, or the same exceptions
   */
  public CompletableFuture<TaskStatus> getAsync(JobRoute route, String jobId, RequestOptions options) {
    return transport.executeAsync(JobPaths.get(route.pollPath(), requireId(jobId)).withOptions(options), STATUS);
  }

  /**
   * Waits for a job with the default {@link PollingPolicy}; also resumes a wait from an id saved earlier.
   *
   * @param route the job's route
   * @param jobId the id
   * @return the wait: the final status, or {@link dev.hubkit.core.TaskFailedException} with the hub's reason
   */
  public TaskFuture<TaskStatus> await(JobRoute route, String jobId) {
    return await(route, jobId, PollingPolicy.defaults());
  }

  /**
   * As {@link #await(JobRoute, String)}, polling as {@code policy} says.
   *
   * @param route the job's route
   * @param jobId the id
   * @param policy how often and how long
   * @return the wait
   */
  public TaskFuture<TaskStatus> await(JobRoute route, String jobId, PollingPolicy policy) {
    return await(route, jobId, policy, Optional.empty(), RequestOptions.none());
  }

  /**
   * As {@link #await(JobRoute, String, PollingPolicy)}, with per-call options for every poll. A route with a
   * many-ids poll path polls this job alone at its single-id path while it has options (a batched poll carries
   * other jobs' ids, which these options are not for).
   *
   * @param route the job's route
   * @param jobId the id
   * @param policy how often and how long
   * @param options per-call options of each poll
   * @return the wait
   */
  public TaskFuture<TaskStatus> await(JobRoute route, String jobId, PollingPolicy policy, RequestOptions options) {
    return await(route, jobId, policy, Optional.empty(), Objects.requireNonNull(options, "options"));
  }

  /**
   * Submits a job and waits for it; the first poll comes after the hub's {@code estimated_time}, if it gives one.
   * The submission blocks the caller; {@link #runAsync} does not.
   *
   * @param route where and how
   * @param body the JSON body
   * @param policy how often and how long
   * @param options per-call options of the submission
   * @return the wait
   */
  public TaskFuture<TaskStatus> run(JobRoute route, Object body, PollingPolicy policy, RequestOptions options) {
    TaskSubmission submitted = submit(route, body, options);
    return await(route, submitted.taskId(), policy, submitted.estimatedTime(), RequestOptions.none());
  }

  /**
   * As {@link #run(JobRoute, Object, PollingPolicy, RequestOptions)}, with the default policy and no options.
   *
   * @param route where and how
   * @param body the JSON body
   * @return the wait
   */
  public TaskFuture<TaskStatus> run(JobRoute route, Object body) {
    return run(route, body, PollingPolicy.defaults(), RequestOptions.none());
  }

  /**
   * Submits without blocking: completes with the wait once the hub accepted the job (its
   * {@link TaskFuture#taskId()} known), or with the submission's exception. {@code thenCompose(task -> task)}
   * gives the final status.
   *
   * @param route where and how
   * @param body the JSON body
   * @param policy how often and how long
   * @param options per-call options of the submission
   * @return the wait, once submitted
   */
  public CompletableFuture<TaskFuture<TaskStatus>> runAsync(JobRoute route, Object body, PollingPolicy policy,
      RequestOptions options) {
    return submitAsync(route, body, options)
        .thenApply(submitted -> await(route, submitted.taskId(), policy, submitted.estimatedTime(),
            RequestOptions.none()));
  }

  /**
   * Presses a button of a finished Midjourney task ({@code POST /mj/submit/action} with {@code taskId} and the
   * button's {@code customId}), e.g. to upscale one image of a grid, and waits for the task it starts.
   *
   * @param finishedTaskId the task whose button it is
   * @param button one of its {@link TaskStatus#buttons()}
   * @param policy how often and how long
   * @return the wait for the new task
   */
  public TaskFuture<TaskStatus> press(String finishedTaskId, JobButton button, PollingPolicy policy) {
    return press(JobRoutes.midjourneyAction(), finishedTaskId, button, policy);
  }

  /**
   * As {@link #press(String, JobButton, PollingPolicy)}, on {@code actionRoute}: for a relay that serves
   * Midjourney elsewhere, e.g. under a mode prefix ({@code /mj-relax/mj/submit/action}).
   *
   * @param actionRoute the action route
   * @param finishedTaskId the task whose button it is
   * @param button one of its {@link TaskStatus#buttons()}
   * @param policy how often and how long
   * @return the wait for the new task
   */
  public TaskFuture<TaskStatus> press(JobRoute actionRoute, String finishedTaskId, JobButton button,
      PollingPolicy policy) {
    return press(actionRoute, finishedTaskId, button, policy, RequestOptions.none());
  }

  /**
   * As {@link #press(JobRoute, String, JobButton, PollingPolicy)}, with per-call options of the action's
   * submission (as {@link #run(JobRoute, Object, PollingPolicy, RequestOptions)}).
   *
   * @param actionRoute the action route
   * @param finishedTaskId the task whose button it is
   * @param button one of its {@link TaskStatus#buttons()}
   * @param policy how often and how long
   * @param options per-call options of the action's submission
   * @return the wait for the new task
   */
  public TaskFuture<TaskStatus> press(JobRoute actionRoute, String finishedTaskId, JobButton button,
      PollingPolicy policy, RequestOptions options) {
    return run(actionRoute, action(finishedTaskId, button), policy, options);
  }

  /**
   * As {@link #press(JobRoute, String, JobButton, PollingPolicy, RequestOptions)}, without blocking: completes
   * with the wait for the new task once the hub accepted the action, or with the submission's exception.
   *
   * @param actionRoute the action route
   * @param finishedTaskId the task whose button it is
   * @param button one of its {@link TaskStatus#buttons()}
   * @param policy how often and how long
   * @param options per-call options of the action's submission
   * @return the wait for the new task, once submitted
   */
  public CompletableFuture<TaskFuture<TaskStatus>> pressAsync(JobRoute actionRoute, String finishedTaskId,
      JobButton button, PollingPolicy policy, RequestOptions options) {
    return runAsync(actionRoute, action(finishedTaskId, button), policy, options);
  }

  private static Map<String, Object> action(String finishedTaskId, JobButton button) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("taskId", requireId(finishedTaskId));
    body.put("customId", Objects.requireNonNull(button, "button").customId());
    return body;
  }

  TaskFuture<TaskStatus> await(JobRoute route, String jobId, PollingPolicy policy,
      Optional<java.time.Duration> firstDelay, RequestOptions options) {
    String id = requireId(jobId);
    return route.manyIdsPath().isPresent() && options == RequestOptions.none()
        ? batchedPoller.poll(id, () -> batcher(route).fetch(id), check(id), policy, firstDelay)
        : poller.poll(id, () -> getAsync(route, id, options), check(id), policy, firstDelay);
  }

  private static Function<TaskStatus, TaskCheck<TaskStatus>> check(String id) {
    return status -> TaskChecks.of(id, status.state(), status.progress(), status, status.errorCode(),
        status.errorMessage());
  }

  private PollBatcher<TaskStatus> batcher(JobRoute route) {
    String key = route.manyIdsPath().get() + " " + route.pollPath() + " " + route.maxIdsPerPoll();
    return batchers.computeIfAbsent(key, k -> new PollBatcher<TaskStatus>(scheduler, BATCH_WINDOW_MILLIS,
        route.maxIdsPerPoll(), ids -> slots.submit(() -> pollMany(route, ids)),
        id -> slots.submit(() -> getAsync(route, id))));
  }

  private CompletableFuture<Map<String, TaskStatus>> pollMany(JobRoute route, List<String> ids) {
    Map<String, Object> body = Collections.<String, Object>singletonMap("ids", ids);
    return transport.executeAsync(JobPaths.post(route.manyIdsPath().get(), body), TREE).thenApply(JobsApi::byId);
  }

  /** The statuses of a many-ids reply (an array, or an envelope whose {@code data} is one) by their ids. */
  static Map<String, TaskStatus> byId(JsonNode reply) {
    JsonNode items = reply.isArray() ? reply : reply.path("data");
    Map<String, TaskStatus> statuses = new LinkedHashMap<>();
    for (JsonNode item : items) {
      if (item.isObject()) {
        TaskStatus status = TaskStatus.of(item);
        status.taskId().ifPresent(id -> statuses.put(id, status));
      }
    }
    return statuses;
  }

  private static ResponseReader<TaskSubmission> submission(JobRoute route) {
    if (route.idFields().isEmpty()) {
      return ResponseReader.json(TaskSubmission.class);
    }
    List<String> fields = route.idFields();
    return body -> TaskSubmission.of(Json.mapper().readTree(body), fields);
  }

  private static String requireId(String jobId) {
    if (Objects.requireNonNull(jobId, "jobId").trim().isEmpty()) {
      throw new IllegalArgumentException("jobId must not be blank: pass the id the hub gave at submission");
    }
    return jobId;
  }
}
