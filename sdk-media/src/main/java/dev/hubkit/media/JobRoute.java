package dev.hubkit.media;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a family of hub jobs is submitted and polled, and where its replies name the job's id: the one value
 * {@link JobsApi} needs to run any job family on {@link dev.hubkit.core.TaskFuture}s. Replies are read with
 * {@link TaskSubmission}'s and {@link TaskStatus}'s tolerant reading (flat or wrapped, any status spelling,
 * {@code "45%"} progress, result URLs wherever they are), so a route names paths, not fields.
 *
 * <p>A path that starts with {@code /} is below the hub's host root (relays serve {@code /mj/...},
 * {@code /suno/...}, {@code /kling/v1/...} there, whatever the base URL's prefix); any other path is below the
 * base URL, as every other HubKit call is. {@link JobRoutes} has the built-in families; a route for any other
 * family takes a few lines:
 *
 * <pre>{@code
 * JobRoute acme = JobRoute.builder().name("acme render")
 *     .submitPath("/acme/v2/renders").pollPath("/acme/v2/renders/{id}").addIdField("render_id").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public interface JobRoute {
  /** The placeholder for the job's id in {@link #pollPath()}. */
  String ID = "{id}";

  /**
   * A short name for messages, e.g. {@code "midjourney imagine"}.
   *
   * @return the name
   */
  String name();

  /**
   * Where a job is submitted, as a JSON POST.
   *
   * @return the path, from the host root when it starts with {@code /}
   */
  String submitPath();

  /**
   * Where one job is polled, as a GET, with {@value #ID} where its id goes (one path segment).
   *
   * @return the path template
   */
  String pollPath();

  /**
   * The family's many-ids query, when it has one: a POST of {@code {"ids":[...]}} answered with the jobs' statuses
   * as a JSON array (or an envelope whose {@code data} is one). {@link JobsApi} then polls all pending jobs of this
   * path together, in requests of at most {@link #maxIdsPerPoll()} ids.
   *
   * @return the path, empty when every job is polled on its own
   */
  Optional<String> manyIdsPath();

  /**
   * The most ids one many-ids request carries.
   *
   * @return 500 unless set
   */
  @Value.Default
  default int maxIdsPerPoll() {
    return 500;
  }

  /**
   * Fields of the submission reply that hold the job's id, tried before the usual {@code task_id}, {@code taskId},
   * {@code id}, {@code result} and a text {@code data}.
   *
   * @return the field names, empty for the usual ones only
   */
  List<String> idFields();

  /**
   * This route submitting to {@code path} and polling as before, e.g. a sibling endpoint of the same family.
   *
   * @param name the new route's name, for messages
   *
   * @param path the submit path
   * @return the changed copy
   */
  default JobRoute withSubmit(String name, String path) {
    return builder().from(this).name(name).submitPath(path).build();
  }

  /** Rejects a route no hub could serve, saying what to fix. */
  @Value.Check
  default void check() {
    MediaChecks.requirePath("submitPath", submitPath());
    MediaChecks.requirePath("pollPath", pollPath());
    manyIdsPath().ifPresent(path -> MediaChecks.requirePath("manyIdsPath", path));
    if (!pollPath().contains(ID)) {
      throw new IllegalArgumentException("pollPath must contain " + ID + " where the job's id goes, was "
          + pollPath());
    }
    if (maxIdsPerPoll() < 1) {
      throw new IllegalArgumentException("maxIdsPerPoll must be at least 1, was " + maxIdsPerPoll());
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobRoute}s. */
  final class Builder extends ImmutableJobRoute.Builder {}
}
