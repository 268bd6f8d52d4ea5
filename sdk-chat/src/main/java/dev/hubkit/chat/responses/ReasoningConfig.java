package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The request's {@code reasoning} options, for reasoning models: how hard to think and whether to summarise. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableReasoningConfig.class)
@JsonDeserialize(as = ImmutableReasoningConfig.class)
public interface ReasoningConfig {
  /**
   * {@code minimal}, {@code low}, {@code medium} or {@code high}.
   *
   * @return how hard the model reasons; empty for the model's default
   */
  Optional<String> effort();

  /**
   * A summary of the reasoning in the output: {@code auto}, {@code concise} or {@code detailed}.
   *
   * @return the kind of reasoning summary asked for; empty to ask for none
   */
  Optional<String> summary();

  /**
   * Members HubKit does not model, written as given.
   *
   * @return the members written besides effort and summary, by name; empty for none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * @param effort {@code minimal}, {@code low}, {@code medium} or {@code high}
   * @return reasoning options with that effort
   */
  static ReasoningConfig effort(String effort) {
    return builder().effort(effort).build();
  }

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReasoningConfig} values. */
  final class Builder extends ImmutableReasoningConfig.Builder {}
}
