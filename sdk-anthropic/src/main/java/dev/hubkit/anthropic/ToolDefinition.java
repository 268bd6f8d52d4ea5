package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.hubkit.anthropic.internal.ToolDefinitionDeserializer;

/**
 * A tool of a request: a client {@link Tool} the application runs (or a server tool given by its type), or the
 * typed {@link WebSearchTool} the API runs itself.
 */
@JsonDeserialize(using = ToolDefinitionDeserializer.class)
public interface ToolDefinition {
  /**
   * The name Claude calls the tool by.
   *
   * @return such as {@code get_weather} or {@code web_search}
   */
  String name();
}
