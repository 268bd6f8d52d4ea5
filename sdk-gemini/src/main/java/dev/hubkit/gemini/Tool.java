package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tools the model may use: the caller's functions ({@link #functions}), Google Search grounding
 * ({@link #googleSearchTool()}) or code execution ({@link #codeExecutionTool()}). Another tool Google offers, such as
 * {@code urlContext}, goes into {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTool.class)
@JsonDeserialize(as = ImmutableTool.class)
public interface Tool {
  /**
   * Functions the caller runs when the model asks.
   *
   * @return functions the caller runs when the model asks
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<FunctionDeclaration> functionDeclarations();

  /**
   * Google Search grounding, an empty object to turn it on.
   *
   * @return google Search grounding, an empty object to turn it on
   */
  @AllowNulls
  Optional<Map<String, Object>> googleSearch();

  /**
   * Code execution, an empty object to turn it on.
   *
   * @return code execution, an empty object to turn it on
   */
  @AllowNulls
  Optional<Map<String, Object>> codeExecution();

  /**
   * Other tools, by their JSON name, such as {@code "urlContext": {}}.
   *
   * @return other tools, by their JSON name, such as {@code "urlContext": {}}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The caller's functions.
   *
   * @param declarations the functions
   * @return the tool
   */
  static Tool functions(FunctionDeclaration... declarations) {
    return builder().functionDeclarations(Arrays.asList(declarations)).build();
  }

  /**
   * Google Search grounding: answers carry {@code groundingMetadata} with their sources.
   *
   * @return the tool
   */
  static Tool googleSearchTool() {
    return builder().googleSearch(Collections.<String, Object>emptyMap()).build();
  }

  /**
   * Code execution: the model writes and runs Python, answering with code and result parts.
   *
   * @return the tool
   */
  static Tool codeExecutionTool() {
    return builder().codeExecution(Collections.<String, Object>emptyMap()).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Tool} values. */
  final class Builder extends ImmutableTool.Builder {}
}
