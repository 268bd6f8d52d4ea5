package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the model uses the declared functions: {@code functionCallingConfig.mode} {@code AUTO} (default),
 * {@code ANY} (must call one, optionally of {@code allowedFunctionNames}), {@code NONE} or {@code VALIDATED}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableToolConfig.class)
@JsonDeserialize(as = ImmutableToolConfig.class)
public interface ToolConfig {
  /**
   * {@code {"mode": "...", "allowedFunctionNames": [...]}}.
   *
   * @return {@code {"mode": "...", "allowedFunctionNames": [...]}}
   */
  @AllowNulls
  Optional<Map<String, Object>> functionCallingConfig();

  /**
   * A function calling mode, optionally restricted to some functions.
   *
   * @param mode {@code AUTO}, {@code ANY}, {@code NONE} or {@code VALIDATED}
   * @param allowedFunctionNames the functions the model may call under {@code ANY}; none for all
   * @return the configuration
   */
  static ToolConfig functionCalling(String mode, String... allowedFunctionNames) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("mode", mode);
    if (allowedFunctionNames.length > 0) {
      config.put("allowedFunctionNames", Arrays.asList(allowedFunctionNames.clone()));
    }
    return builder().functionCallingConfig(config).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ToolConfig} values. */
  final class Builder extends ImmutableToolConfig.Builder {}
}
