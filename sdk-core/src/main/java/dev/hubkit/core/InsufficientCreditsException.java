package dev.hubkit.core;

/**
 * The account has no credits or quota left (HTTP 402, a 403 with a quota code, or a 429 whose code or type says
 * {@code insufficient}, as OpenAI's {@code insufficient_quota}). Not retried: top up the account.
 */
public class InsufficientCreditsException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parsed error reply.
   *
   * @param error the hub's reply saying the account's balance or quota is used up, parsed
   */
  public InsufficientCreditsException(ApiError error) {
    super(error);
  }
}
