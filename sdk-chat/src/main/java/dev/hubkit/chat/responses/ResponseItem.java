package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.chat.responses.internal.ItemContentReader;
import dev.hubkit.chat.responses.internal.ResponseItemWriter;
import dev.hubkit.chat.responses.internal.StructuredResponses;
import dev.hubkit.core.StrictSchema;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a response's input or output. The same value serves both ways, so a reply's output items go back
 * as the next turn's input unchanged ({@code ResponseInput.plus(reply.output())}). The kinds HubKit models:
 * <ul>
 *   <li>{@code message}: a {@link #role()} and its {@link #content()} parts;</li>
 *   <li>{@code function_call}: {@link #callId()}, {@link #name()} and {@link #arguments()} (JSON text), answered by
 *       a {@code function_call_output} item with the same call id and its {@link #output()};</li>
 *   <li>{@code reasoning}: its {@link #summary()} parts and {@link #encryptedContent()}, passed back to keep the
 *       model's reasoning across turns;</li>
 *   <li>the built-in tools' calls ({@code web_search_call} with its {@link #action()}, {@code file_search_call} with
 *       its {@link #queries()}, {@code code_interpreter_call} with its {@link #code()}, {@code mcp_call} with its
 *       {@link #serverLabel()}, name, arguments and output), each with {@link #status()}.</li>
 * </ul>
 * Any other kind, and any member HubKit does not model, is kept in {@link #extra()} and written back as received.
 * A message the app builds (no id) is written in the short form {@code {"role":..., "content":...}}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(using = ResponseItemWriter.class)
@JsonDeserialize(as = ImmutableResponseItem.class)
public interface ResponseItem {
  /**
   * The item's kind as on the wire; {@code message} when the hub left it out (a short input message).
   *
   * @return the item's kind, such as {@code message}, {@code function_call} or {@code reasoning}
   */
  @Value.Default
  default String type() {
    return "message";
  }

  /**
   * The item's id, for output items and stored input items.
   *
   * @return the item's id; empty for an input item the app built
   */
  Optional<String> id();

  /**
   * {@code in_progress}, {@code completed}, {@code incomplete} or, for tool calls, {@code searching} etc.
   *
   * @return the item's status; empty for an input item the app built, and for kinds that have none
   */
  Optional<String> status();

  /**
   * The author of a {@code message}: {@code user}, {@code assistant}, {@code system} or {@code developer}.
   *
   * @return the message's author; empty for items other than {@code message}
   */
  Optional<String> role();

  /**
   * The parts of a {@code message}; a short message's plain string content reads as one {@code input_text}.
   *
   * @return the message's parts, in order; empty for items other than {@code message}
   */
  @JsonDeserialize(using = ItemContentReader.class)
  List<ResponseContent> content();

  /**
   * The call id of a {@code function_call} or {@code function_call_output}, which pairs the two.
   *
   * @return the call id; empty for items other than {@code function_call} and {@code function_call_output}
   */
  @JsonProperty("call_id")
  Optional<String> callId();

  /**
   * The function (or MCP tool) a call names.
   *
   * @return the name of the function or MCP tool called; empty for items that call none
   */
  Optional<String> name();

  /**
   * The arguments of a function or MCP call, as the JSON text the model wrote.
   *
   * @return the arguments as the model wrote them (read them into a class with {@link #arguments(Class)}); empty for
   *     items other than function and MCP calls
   */
  Optional<String> arguments();

  /**
   * The output of a {@code function_call_output} (the text the app returned, or a list of parts) or of an
   * {@code mcp_call}.
   *
   * @return the output, a {@code String} or a list of parts (read it as text with {@link #outputText()}); empty for
   *     other items, and for an MCP call without output
   */
  @AllowNulls
  Optional<Object> output();

  /**
   * The summary parts ({@code summary_text}) of a {@code reasoning} item; present, maybe empty, on every one.
   *
   * @return the summary parts, in order, maybe none; empty (absent) for items other than {@code reasoning}
   */
  Optional<List<ResponseContent>> summary();

  /**
   * The encrypted reasoning of a {@code reasoning} item, when {@code reasoning.encrypted_content} was included.
   *
   * @return the encrypted reasoning, to send back unchanged; empty unless the request included
   *     {@code reasoning.encrypted_content}
   */
  @JsonProperty("encrypted_content")
  Optional<String> encryptedContent();

  /**
   * The search queries of a {@code file_search_call}.
   *
   * @return the search queries, in order; empty for items other than {@code file_search_call}
   */
  List<String> queries();

  /**
   * What a {@code web_search_call} did ({@code search} with its query, {@code open_page}, {@code find}).
   *
   * @return the action's members, such as {@code type} and {@code query}; empty for items other than
   *     {@code web_search_call}
   */
  @AllowNulls
  Optional<Map<String, Object>> action();

  /**
   * The Python code of a {@code code_interpreter_call}.
   *
   * @return the code the model wrote; empty for items other than {@code code_interpreter_call}
   */
  Optional<String> code();

  /**
   * The container a {@code code_interpreter_call} ran in.
   *
   * @return the container's id; empty for items other than {@code code_interpreter_call}
   */
  @JsonProperty("container_id")
  Optional<String> containerId();

  /**
   * The MCP server of an {@code mcp_call}, {@code mcp_list_tools} or {@code mcp_approval_request}.
   *
   * @return the label of the MCP server; empty for items other than MCP ones
   */
  @JsonProperty("server_label")
  Optional<String> serverLabel();

  /**
   * Members HubKit does not model (a tool call's results, an unknown item's fields), kept as received.
   *
   * @return the members HubKit does not model, by name, such as a {@code file_search_call}'s {@code results}; empty
   *     when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The text of this item's text parts (its summary's text, for a reasoning item), joined.
   *
   * @return the text, empty when there is none
   */
  default String text() {
    StringBuilder text = new StringBuilder();
    List<ResponseContent> parts = "reasoning".equals(type())
        ? summary().orElse(Collections.<ResponseContent>emptyList()) : content();
    for (ResponseContent part : parts) {
      part.text().ifPresent(text::append); // a refusal part carries refusal(), not text()
    }
    return text.toString();
  }

  /**
   * The arguments of a {@code function_call} (or {@code mcp_call}) read into {@code type}, such as the class the
   * tool was declared with ({@link ResponseTool#function(String, String, Class)}).
   *
   * @param type the class the arguments are read into
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when the item has no arguments or they do not match the type
   *     (the message names the property and shows the text)
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  default <T> T arguments(Class<T> type) {
    return StructuredResponses.arguments(this, StrictSchema.of(type));
  }

  /**
   * @return the output of a {@code function_call_output} or {@code mcp_call} as text (a list of parts as JSON), or
   *     empty
   */
  default Optional<String> outputText() {
    return output().map(value -> value instanceof String ? (String) value : String.valueOf(value));
  }

  /**
   * @param text what the user says
   * @return a user {@code message} with one {@code input_text} part
   */
  static ResponseItem user(String text) {
    return message("user", ResponseContent.inputText(text));
  }

  /**
   * @param parts text, images and files
   * @return a user {@code message} with these parts
   */
  static ResponseItem user(ResponseContent... parts) {
    return message("user", parts);
  }

  /**
   * @param text the system's instructions
   * @return a system {@code message}
   */
  static ResponseItem system(String text) {
    return message("system", ResponseContent.inputText(text));
  }

  /**
   * @param text the developer's instructions
   * @return a developer {@code message}
   */
  static ResponseItem developer(String text) {
    return message("developer", ResponseContent.inputText(text));
  }

  /**
   * @param text what the assistant said in an earlier turn
   * @return an assistant {@code message} with one {@code output_text} part
   */
  static ResponseItem assistant(String text) {
    return message("assistant", ResponseContent.outputText(text));
  }

  /**
   * @param role {@code user}, {@code assistant}, {@code system} or {@code developer}
   * @param parts the message's parts
   * @return a {@code message} item
   */
  static ResponseItem message(String role, ResponseContent... parts) {
    return builder().type("message").role(Objects.requireNonNull(role, "role")).addAllContent(Arrays.asList(parts))
        .build();
  }

  /**
   * @param callId the call id the model gave
   * @param name the function's name
   * @param arguments the arguments as JSON text
   * @return a {@code function_call} item, as the model sends one
   */
  static ResponseItem functionCall(String callId, String name, String arguments) {
    return builder().type("function_call").callId(Objects.requireNonNull(callId, "callId"))
        .name(Objects.requireNonNull(name, "name")).arguments(Objects.requireNonNull(arguments, "arguments")).build();
  }

  /**
   * @param callId the call id of the {@code function_call} this answers
   * @param output what the function returned, usually JSON text
   * @return a {@code function_call_output} item
   */
  static ResponseItem functionCallOutput(String callId, String output) {
    return builder().type("function_call_output").callId(Objects.requireNonNull(callId, "callId"))
        .output(Objects.requireNonNull(output, "output")).build();
  }

  /** @return a builder, for item kinds the factories do not cover */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponseItem} values. */
  final class Builder extends ImmutableResponseItem.Builder {}
}
