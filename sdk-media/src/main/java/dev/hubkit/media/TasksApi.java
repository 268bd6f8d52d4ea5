package dev.hubkit.media;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.ResponseReader;
import dev.hubkit.core.internal.TaskPoller;
import dev.hubkit.core.internal.TaskScheduler;
import dev.hubkit.media.internal.Downloads;
import dev.hubkit.media.internal.TaskChecks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * Asynchronous hub tasks ({@code GET {base}/tasks/{taskId}}, CHMU Hub style): read a task's status, wait for it
 * as a {@link TaskFuture}, and download its result files. Thread-safe.
 */
public final class TasksApi {
  private static final ResponseReader<TaskStatus> STATUS = ResponseReader.json(TaskStatus.class);

  private final HubTransport transport;
  private final TaskPoller poller;

  TasksApi(HubTransport transport, TaskPoller poller) {
    this.transport = transport;
    this.poller = poller;
  }

  /**
   * The tasks API of {@code client}'s hub.
   *
   * @param client the client whose hub, key and transport the calls use
   * @return a tasks API sharing {@code client}'s connection pool and HubKit's shared polling scheduler
   */
  public static TasksApi of(HubClient client) {
    return new TasksApi(client.transport(),
        new TaskPoller(TaskScheduler.shared(), client.transport().pollSlots(),
            client.transport().clientState()));
  }

  /**
   * The task's current status.
   *
   * @param taskId the hub's task id, as given at submission
   * @return the task's status as the hub reports it now
   * @throws dev.hubkit.core.NotFoundException when the hub knows no such task
   */
  public TaskStatus get(String taskId) {
    return get(taskId, RequestOptions.none());
  }

  /**
   * As {@link #get(String)}, with per-call options.
   *
   * @param taskId the hub's task id, as given at submission
   * @param options per-call options (timeout, headers, retries)
   * @return the task's status as the hub reports it now
   * @throws dev.hubkit.core.NotFoundException when the hub knows no such task
   */
  public TaskStatus get(String taskId, RequestOptions options) {
    return transport.execute(request(taskId, options), STATUS);
  }

  /**
   * As {@link #get(String)}, without blocking.
   *
   * @param taskId the hub's task id, as given at submission
   * @return the status; fails with the exceptions {@link #get(String)} throws
   */
  public CompletableFuture<TaskStatus> getAsync(String taskId) {
    return getAsync(taskId, RequestOptions.none());
  }

  /**
   * As {@link #getAsync(String)}, with per-call options.
   *
   * @param taskId the task's id
   * @param options per-call options
   * @return the status, or the same exceptions
   */
  public CompletableFuture<TaskStatus> getAsync(String taskId, RequestOptions options) {
    return transport.executeAsync(request(taskId, options), STATUS);
  }

  /**
   * Waits for the task with the default {@link PollingPolicy}; also resumes a wait from an id saved earlier. The
   * future completes with the final status, or fails with {@link dev.hubkit.core.TaskFailedException}.
   *
   * @param taskId the hub's task id, as given at submission or saved from an earlier wait
   * @return the wait; it fails with {@link dev.hubkit.core.TaskTimeoutException} when the policy's time runs out,
   *     and cancelling it stops the polling (not the hub's task)
   */
  public TaskFuture<TaskStatus> await(String taskId) {
    return await(taskId, PollingPolicy.defaults());
  }

  /**
   * As {@link #await(String)}, polling as {@code policy} says.
   *
   * @param taskId the hub's task id, as given at submission or saved from an earlier wait
   * @param policy how often to poll and how long to wait at most
   * @return the wait, completing with the final status or failing as {@link #await(String)} says
   */
  public TaskFuture<TaskStatus> await(String taskId, PollingPolicy policy) {
    return await(taskId, policy, Optional.empty());
  }

  /**
   * As {@link #await(String, PollingPolicy)}, sending each poll with {@code options}.
   *
   * @param taskId the task's id
   * @param policy how often and how long
   * @param options per-call options of each poll
   * @return the wait
   */
  public TaskFuture<TaskStatus> await(String taskId, PollingPolicy policy, RequestOptions options) {
    return await(taskId, policy, Optional.empty(), options);
  }

  TaskFuture<TaskStatus> await(String taskId, PollingPolicy policy, Optional<Duration> firstDelay) {
    return await(taskId, policy, firstDelay, RequestOptions.none());
  }

  TaskFuture<TaskStatus> await(String taskId, PollingPolicy policy, Optional<Duration> firstDelay,
      RequestOptions options) {
    Objects.requireNonNull(taskId, "taskId");
    return poller.poll(taskId, () -> getAsync(taskId, options),
        status -> TaskChecks.of(taskId, status.state(), status.progress(), status, status.errorCode(),
            status.errorMessage()),
        policy, firstDelay);
  }

  /**
   * Downloads a result file (a task's {@code videoUrl}, {@code imageUrl}, ...) to {@code target}, streamed.
   * The API key is sent only if the file lives on the hub's own host, never to a storage host.
   *
   * @param url the file's URL, usually from {@link TaskStatus#resultUrls()}
   * @param target the file to write, replaced if it exists
   * @return the bytes written
   * @throws IllegalArgumentException when {@code url} is not an http(s) URL
   */
  public long download(String url, Path target) {
    return download(url, target, TransferListener.NONE);
  }

  /**
   * As {@link #download(String, Path)}, reporting progress.
   *
   * @param url the file's URL, usually from {@link TaskStatus#resultUrls()}
   * @param target the file to write, replaced if it exists
   * @param listener told of the bytes received as they arrive
   * @return the number of bytes written to {@code target}
   * @throws IllegalArgumentException when {@code url} is not an http(s) URL
   */
  public long download(String url, Path target, TransferListener listener) {
    return download(url, target, listener, RequestOptions.none());
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
    return Downloads.toPath(transport.download(parse(url), options), target, listener, url);
  }

  /**
   * As {@link #download(String, Path, TransferListener, RequestOptions)}, without blocking the caller: the body
   * streams to the file on OkHttp's callback thread.
   *
   * @param url the file's URL
   * @param target where to write it
   * @param listener told of the bytes received
   * @param options per-call options
   * @return the bytes written, or the same exceptions
   */
  public CompletableFuture<Long> downloadAsync(String url, Path target, TransferListener listener,
      RequestOptions options) {
    return transport.downloadAsync(parse(url), options, reply -> Downloads.toPath(reply, target, listener, url));
  }

  private static HttpUrl parse(String url) {
    HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(url, "url"));
    if (parsed == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    return parsed;
  }

  private static HubRequest request(String taskId, RequestOptions options) {
    return HubRequest.get("tasks", Objects.requireNonNull(taskId, "taskId")).withOptions(options);
  }
}
