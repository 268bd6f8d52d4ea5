package dev.hubkit.core;

/** The hub or a provider behind it failed (HTTP 5xx). Retried automatically; thrown once the retries are spent. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parsed error reply.
   *
   * @param error the hub's 5xx reply, parsed
   */
  public ServerException(ApiError error) {
    super(error);
  }
}
