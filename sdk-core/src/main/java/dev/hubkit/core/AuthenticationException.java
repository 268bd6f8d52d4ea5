package dev.hubkit.core;

/** The API key was missing, invalid or lacks permission (HTTP 401 or 403). Retrying will not help: check the key (HUBKIT_API_KEY). */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parsed error reply.
   *
   * @param error the hub's 401 or 403 reply, parsed
   */
  public AuthenticationException(ApiError error) {
    super(error);
  }
}
