package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.hubkit.core.OpenEnum;

/**
 * Where a response stands: {@link #QUEUED} and {@link #IN_PROGRESS} (background responses), then one of
 * {@link #COMPLETED}, {@link #INCOMPLETE} (cut at {@code max_output_tokens} or by a content filter),
 * {@link #FAILED} or {@link #CANCELLED}. Any other status a hub sends is kept as it is.
 */
public final class ResponseStatus extends OpenEnum {
  /** Accepted, not started. */
  public static final ResponseStatus QUEUED = new ResponseStatus("queued");
  /** Being generated. */
  public static final ResponseStatus IN_PROGRESS = new ResponseStatus("in_progress");
  /** Finished. */
  public static final ResponseStatus COMPLETED = new ResponseStatus("completed");
  /** Finished early; see {@code incompleteDetails()}. */
  public static final ResponseStatus INCOMPLETE = new ResponseStatus("incomplete");
  /** Failed; see {@code error()}. */
  public static final ResponseStatus FAILED = new ResponseStatus("failed");
  /** Cancelled on request. */
  public static final ResponseStatus CANCELLED = new ResponseStatus("cancelled");

  private ResponseStatus(String value) {
    super(value);
  }

  /**
   * @param value the status as on the wire
   * @return the constant of that name, or a new value keeping an unknown one
   */
  @JsonCreator
  public static ResponseStatus of(String value) {
    for (ResponseStatus known : new ResponseStatus[] {QUEUED, IN_PROGRESS, COMPLETED, INCOMPLETE, FAILED, CANCELLED}) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new ResponseStatus(value);
  }

  /** @return whether the response will not change any more */
  public boolean terminal() {
    return equals(COMPLETED) || equals(INCOMPLETE) || equals(FAILED) || equals(CANCELLED);
  }
}
