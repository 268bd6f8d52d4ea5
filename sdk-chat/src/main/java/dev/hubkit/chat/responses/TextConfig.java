package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The request's {@code text} options: the output's {@link #format()} and its {@link #verbosity()}. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTextConfig.class)
@JsonDeserialize(as = ImmutableTextConfig.class)
public interface TextConfig {
  /**
   * Text, a JSON object, or JSON following a schema.
   *
   * @return the output's format; empty for plain text, the hub's default
   */
  Optional<TextFormat> format();

  /**
   * How long the answer is: {@code low}, {@code medium} or {@code high}.
   *
   * @return how long the answer is; empty for the model's default
   */
  Optional<String> verbosity();

  /**
   * Members HubKit does not model, written as given.
   *
   * @return the members written besides format and verbosity, by name; empty for none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * @param format the output's format
   * @return text options with that format
   */
  static TextConfig format(TextFormat format) {
    return builder().format(format).build();
  }

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TextConfig} values. */
  final class Builder extends ImmutableTextConfig.Builder {}
}
