package dev.hubkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an asynchronous job stands, normalised across hub dialects: CHMU Hub's {@code GENERATING/COMPLETED},
 * OpenAI's {@code queued/in_progress/completed/failed}, new-api's {@code SUBMITTED/IN_PROGRESS/SUCCESS/FAILURE}
 * and the other spellings gateways use. {@link #kind()} is the normalised state; {@link #raw()} keeps the text the
 * hub sent, so an unknown status is never an error.
 */
public final class TaskState {
  /** The normalised kinds of state. */
  public enum Kind {
    /** Accepted, waiting to start. */
    QUEUED,
    /** Being generated. */
    RUNNING,
    /** Finished with a result. */
    SUCCEEDED,
    /** Finished without a result. */
    FAILED,
    /** Stopped on request. */
    CANCELLED,
    /** A status HubKit does not recognise; polling goes on. */
    UNKNOWN
  }

  private final Kind kind;
  private final String raw;

  private TaskState(Kind kind, String raw) {
    this.kind = kind;
    this.raw = raw;
  }

  /**
   * Normalises a hub's status text, ignoring case, spaces, dashes and underscores.
   *
   * @param raw the status as the hub sent it, e.g. {@code IN_PROGRESS}
   * @return the state, of kind {@link Kind#UNKNOWN} for a status HubKit does not recognise (and for {@code ""})
   * @throws NullPointerException when {@code raw} is null
   */
  @JsonCreator
  public static TaskState of(String raw) {
    Objects.requireNonNull(raw, "raw");
    return new TaskState(kindOf(raw), raw);
  }

  private static Kind kindOf(String raw) {
    String s = raw.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    switch (s) {
      case "queued": case "queue": case "queueing": case "queuing": case "pending": case "submitted":
      case "notstart": case "notstarted": case "created": case "waiting": case "accepted": case "starting":
        return Kind.QUEUED;
      case "generating": case "inprogress": case "processing": case "running": case "started":
      case "progressing": case "working":
        return Kind.RUNNING;
      case "completed": case "complete": case "success": case "succeeded": case "succeed": case "successful":
      case "finished": case "done": case "ready":
        return Kind.SUCCEEDED;
      case "failed": case "failure": case "fail": case "error": case "errored": case "rejected": case "expired":
      case "timeout": case "timedout":
        return Kind.FAILED;
      case "cancelled": case "canceled": case "cancel": case "aborted":
        return Kind.CANCELLED;
      default:
        return Kind.UNKNOWN;
    }
  }

  /**
   * The normalised state.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The status exactly as the hub sent it.
   *
   * @return the hub's text, unchanged
   */
  @JsonValue
  public String raw() {
    return raw;
  }

  /**
   * True once the job will not change any more: succeeded, failed or cancelled.
   *
   * @return whether the kind is {@link Kind#SUCCEEDED}, {@link Kind#FAILED} or {@link Kind#CANCELLED}
   */
  public boolean isTerminal() {
    return kind == Kind.SUCCEEDED || kind == Kind.FAILED || kind == Kind.CANCELLED;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaskState && ((TaskState) other).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return kind == Kind.UNKNOWN || kind.name().equalsIgnoreCase(raw) ? raw : kind + "(" + raw + ")";
  }
}
