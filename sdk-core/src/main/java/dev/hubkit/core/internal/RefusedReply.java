package dev.hubkit.core.internal;

/**
 * Thrown by a {@link ResponseReader} when a successful (2xx) reply is a refusal in the hub's own terms, such as
 * Midjourney-proxy's {@code {"code":24,"description":"banned prompt","result":null}}: {@link HubTransport} reports
 * it as an {@code ApiException} with the call's method, path and status and the hub's code and message, not as a
 * malformed reply. No stack trace: it is a signal, caught at once.
 */
public final class RefusedReply extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String hubMessage;
  private final int status;

  /** A refusal with the hub's {@code code} and {@code hubMessage}. */
  public RefusedReply(String code, String hubMessage) {
    this(code, hubMessage, 0);
  }

  /**
   * A refusal reported as HTTP {@code status} (e.g. 429 for a full queue, so it is a {@code RateLimitException});
   * 0 keeps the reply's own status.
   */
  public RefusedReply(String code, String hubMessage, int status) {
    super("the hub refused: " + hubMessage + " (code " + code + ")", null, false, false);
    this.code = code;
    this.hubMessage = hubMessage;
    this.status = status;
  }

  /** The status to report the refusal as, 0 for the reply's own. */
  int status() {
    return status;
  }

  /** The hub's code for the refusal. */
  public String code() {
    return code;
  }

  /** The hub's description of the refusal. */
  public String hubMessage() {
    return hubMessage;
  }
}
