package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The top-level changes a {@link MessageDeltaEvent} makes to the reply: its stop reason and stop sequence. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMessageDelta.class)
@JsonDeserialize(as = ImmutableMessageDelta.class)
public interface MessageDelta {
  /**
   * Why Claude stopped.
   *
   * @return why Claude stopped
   */
  @JsonProperty("stop_reason")
  Optional<StopReason> stopReason();

  /**
   * The stop sequence written, if one was.
   *
   * @return the stop sequence written, if one was
   */
  @JsonProperty("stop_sequence")
  Optional<String> stopSequence();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
