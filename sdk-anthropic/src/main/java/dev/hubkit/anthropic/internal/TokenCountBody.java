package dev.hubkit.anthropic.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.anthropic.MessageParam;
import dev.hubkit.anthropic.MessageRequest;
import dev.hubkit.anthropic.TextBlock;
import dev.hubkit.anthropic.ThinkingConfig;
import dev.hubkit.anthropic.ToolChoice;
import dev.hubkit.anthropic.ToolDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code count_tokens}: the members of a message request that the endpoint accepts (it rejects
 * {@code max_tokens}, sampling settings and {@code stream}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class TokenCountBody {
  private final MessageRequest request;

  /** @param request the request to count */
  public TokenCountBody(MessageRequest request) {
    this.request = request;
  }

  /** @return the model */
  @JsonProperty("model")
  public String model() {
    return request.model();
  }

  /** @return the system prompt */
  @JsonProperty("system")
  @JsonSerialize(using = SystemPromptSerializer.class)
  public List<TextBlock> system() {
    return request.system();
  }

  /** @return the conversation */
  @JsonProperty("messages")
  public List<MessageParam> messages() {
    return request.messages();
  }

  /** @return the tools */
  @JsonProperty("tools")
  public List<ToolDefinition> tools() {
    return request.tools();
  }

  /** @return the tool choice */
  @JsonProperty("tool_choice")
  public Optional<ToolChoice> toolChoice() {
    return request.toolChoice();
  }

  /** @return the thinking setting */
  @JsonProperty("thinking")
  public Optional<ThinkingConfig> thinking() {
    return request.thinking();
  }
}
