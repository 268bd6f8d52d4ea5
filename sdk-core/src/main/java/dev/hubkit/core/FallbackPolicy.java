package dev.hubkit.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which models to try, in order, when the request's own model fails for a provider-side reason, as hubs advise
 * ("implement fallback logic to switch between models if a provider experiences downtime"). By default a
 * fallback follows a 5xx, a 429 once retries are spent, an unknown or inactive model ({@code model_not_found}), a
 * timeout, a connection failure, or an error event before a stream's first chunk; an error that would fail every model (401, 402, 403, any other 4xx such as
 * an invalid request) stops at once. A stream falls back only before its first event: two models' answers are
 * never spliced. Immutable; the {@code with*} methods copy.
 */
public final class FallbackPolicy {
  private final List<String> models;
  private final Predicate<HubException> trigger;
  private final FallbackListener listener;

  private FallbackPolicy(List<String> models, Predicate<HubException> trigger, FallbackListener listener) {
    this.models = models;
    this.trigger = trigger;
    this.listener = listener;
  }

  /**
   * Tries {@code fallbackModels} in order after the request's own model.
   *
   * @param fallbackModels the model ids to try next, in order; one equal to the request's own model is skipped
   * @return a policy that falls back on {@link #isProviderFailure provider failures} and tells no listener
   * @throws IllegalArgumentException when no model is given or one is blank
   */
  public static FallbackPolicy fallbackModels(String... fallbackModels) {
    List<String> models = new ArrayList<>(Arrays.asList(fallbackModels));
    if (models.isEmpty() || models.stream().anyMatch(m -> m == null || m.trim().isEmpty())) {
      throw new IllegalArgumentException("name at least one fallback model, none blank: " + models);
    }
    return new FallbackPolicy(Collections.unmodifiableList(models), FallbackPolicy::isProviderFailure,
        (failed, next) -> { });
  }

  /**
   * This policy deciding with {@code trigger} which errors move on to the next model. What the trigger throws ends
   * the call with that exception, thrown or completing the future of an asynchronous call.
   *
   * @param trigger true for an error that should move on to the next model; replaces the default
   *     {@link #isProviderFailure}
   * @return a new policy with the same models and listener; this one is unchanged
   */
  public FallbackPolicy withTrigger(Predicate<HubException> trigger) {
    return new FallbackPolicy(models, Objects.requireNonNull(trigger, "trigger"), listener);
  }

  /**
   * This policy telling {@code listener} about each fallback, e.g. to log or meter it. What the listener throws
   * ends the call with that exception, as a throwing trigger does, and the next model is not tried.
   *
   * @param listener told of each fallback before the next model is tried
   * @return a new policy with the same models and trigger; this one is unchanged
   */
  public FallbackPolicy withListener(FallbackListener listener) {
    return new FallbackPolicy(models, trigger, Objects.requireNonNull(listener, "listener"));
  }

  /**
   * The fallback models, in order.
   *
   * @return the models given to {@link #fallbackModels}, in order, unmodifiable
   */
  public List<String> models() {
    return models;
  }

  /**
   * The models to try for a request whose own model is {@code first}: it, then the fallbacks not yet named.
   *
   * @param first the request's own model
   * @return {@code first}, then each fallback model once, in order
   */
  public List<String> modelsAfter(String first) {
    List<String> order = new ArrayList<>();
    order.add(first);
    for (String model : models) {
      if (!order.contains(model)) {
        order.add(model);
      }
    }
    return order;
  }

  /**
   * True when {@code error} moves on to the next model.
   *
   * @param error the failure of the model just tried
   * @return whether the trigger sends the request on to the next model
   */
  public boolean triggersOn(HubException error) {
    return trigger.test(error);
  }

  /**
   * The listener told about each fallback.
   *
   * @return the listener; one that does nothing unless {@link #withListener} set one
   */
  public FallbackListener listener() {
    return listener;
  }

  /**
   * The default trigger: a failure of the provider or of the way to it, not of the request or the account.
   *
   * @param error the failure of the model just tried
   * @return true for a 5xx, a 429, a timeout, a connection failure, an error event in a 200 stream, and an unknown or
   *     unavailable model; false for a cancelled call, 401/403, insufficient credits and other client errors
   */
  public static boolean isProviderFailure(HubException error) {
    if (error instanceof CallCanceledException) {
      return false; // the app stopped the call: another model must not be called in its place
    }
    if (error instanceof ServerException || error instanceof RateLimitException
        || error instanceof HubTimeoutException || error instanceof HubConnectionException) {
      return true;
    }
    if (error instanceof AuthenticationException || error instanceof InsufficientCreditsException) {
      return false;
    }
    if (error instanceof ApiException) {
      ApiException api = (ApiException) error;
      if (api.error().inStream() && api.statusCode() == 200) {
        return true; // an error event without a client-side status: the provider failed mid-answer
      }
      String code = api.code().orElse("").toLowerCase(Locale.ROOT);
      String message = api.hubMessage().orElse("").toLowerCase(Locale.ROOT);
      return code.equals("model_not_found") || code.equals("model_not_available")
          || api.statusCode() == 404 && message.contains("model");
    }
    return false;
  }

  @Override
  public String toString() {
    return "FallbackPolicy" + models;
  }
}
