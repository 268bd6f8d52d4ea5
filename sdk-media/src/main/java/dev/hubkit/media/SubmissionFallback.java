package dev.hubkit.media;

import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.JobSubmissionUnknownException;
import dev.hubkit.core.RequestOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a paid job's submission falls back to another model: never after a submission whose answer was lost (it may
 * have started a job), and never with the {@code Idempotency-Key} the caller chose for another model's job.
 */
final class SubmissionFallback {
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private SubmissionFallback() {}

  /** Rejects null arguments of a {@code submitWithFallback} call, naming the one that is null. */
  static void check(Object request, FallbackPolicy policy, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(options, "options");
  }

  /**
   * {@code policy} with a trigger that never moves on after a {@link JobSubmissionUnknownException}, whatever
   * {@code policy}'s own trigger says: the job may exist and be billed, so another model must not get a second one.
   */
  static FallbackPolicy neverAfterAnUnknownSubmission(FallbackPolicy policy) {
    return policy.withTrigger(error -> !(error instanceof JobSubmissionUnknownException) && policy.triggersOn(error));
  }

  /**
   * The options of {@code model}'s submission. The request's own model gets {@code options} as they are; a fallback
   * model, when the options carry the caller's {@code Idempotency-Key} {@code K}, gets {@code K-model} in its place:
   * a hub that honours the key must not take another model's job for a resend of the first one's (and answer with
   * it, or refuse the key as reused with another body), while the same call made again with the same {@code K}
   * sends each model its own key again, so each resend is still recognised. Without a caller's key every
   * submission gets a new random one from the transport.
   */
  static RequestOptions forModel(RequestOptions options, String firstModel, String model) {
    if (model.equals(firstModel)) {
      return options;
    }
    Map<String, String> headers = new LinkedHashMap<>(options.headers());
    boolean keyed = false;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (IDEMPOTENCY_KEY.equalsIgnoreCase(header.getKey())) {
        header.setValue(header.getValue() + "-" + model);
        keyed = true;
      }
    }
    return keyed ? RequestOptions.builder().from(options).headers(headers).build() : options;
  }
}
