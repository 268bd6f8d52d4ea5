package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Why a response failed: a {@link #code()} such as {@code server_error} or {@code rate_limit_exceeded}, and words. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResponseError.class)
@JsonDeserialize(as = ImmutableResponseError.class)
public interface ResponseError {
  /**
   * The error's code.
   *
   * @return the error's code, such as {@code server_error}; empty when the hub sent none
   */
  Optional<String> code();

  /**
   * What went wrong, in words.
   *
   * @return what went wrong, as the hub wrote it; empty when the hub sent no message
   */
  Optional<String> message();

  /**
   * Members HubKit does not model, kept as received.
   *
   * @return the members HubKit does not model, by name; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponseError} values. */
  final class Builder extends ImmutableResponseError.Builder {}
}
