package dev.hubkit.core;

/**
 * A job-creating request (an image, video or music submission) was sent to the hub but no usable answer came back
 * (the connection dropped, a timeout passed, or the reply was cut), so the job may or may not exist on the hub
 * (and may be billed). HubKit does not send it again on its own, because that could start a second paid job.
 * Look the job up on the hub (its dashboard or task list) before submitting again; the request carried
 * {@link #idempotencyKey()} as its {@code Idempotency-Key} header, so a hub that honours the header can tell a
 * resend with the same key from a new job ({@code RequestOptions.Builder.resendJobSubmissions(true)} opts in).
 */
public class JobSubmissionUnknownException extends HubException {
  private static final long serialVersionUID = 1L;

  /** The key the submission carried; serialised with the exception. */
  private final String idempotencyKey;

  /**
   * Creates the exception.
   *
   * @param message what was sent and what went wrong
   * @param idempotencyKey the {@code Idempotency-Key} the submission carried
   * @param cause the I/O failure
   */
  public JobSubmissionUnknownException(String message, String idempotencyKey, Throwable cause) {
    super(message, cause);
    this.idempotencyKey = idempotencyKey;
  }

  /**
   * The {@code Idempotency-Key} header the submission carried: send the same value again (as a header in
   * {@link RequestOptions}) if you resend it to a hub that deduplicates by that key.
   *
   * @return the key
   */
  public String idempotencyKey() {
    return idempotencyKey;
  }
}
