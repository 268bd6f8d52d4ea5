package dev.hubkit.core;

/** The path or the named resource (a task, a video) does not exist on this hub (HTTP 404): check the base URL's path prefix and the id. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parsed error reply.
   *
   * @param error the hub's 404 reply, parsed
   */
  public NotFoundException(ApiError error) {
    super(error);
  }
}
