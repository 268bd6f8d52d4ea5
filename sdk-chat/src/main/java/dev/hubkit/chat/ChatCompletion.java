package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.chat.internal.StructuredReplies;
import dev.hubkit.core.StrictSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A hub's reply to a chat request, or the result of {@link ChatStreamAccumulator}. Fields some gateways omit are
 * optional; properties HubKit does not model are kept in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableChatCompletion.class)
@JsonDeserialize(as = ImmutableChatCompletion.class)
public interface ChatCompletion {
  /**
   * The completion's id, such as {@code chatcmpl-123}.
   *
   * @return the id; empty when the hub sent none
   */
  Optional<String> id();

  /**
   * {@code chat.completion}.
   *
   * @return the {@code object} member as sent; empty when the hub left it out
   */
  Optional<String> object();

  /**
   * Creation time in Unix seconds.
   *
   * @return the time; empty when the hub left it out
   */
  Optional<Long> created();

  /**
   * The model that answered, as the hub names it.
   *
   * @return the model id, which may differ from the one requested (a dated version, or a fallback the hub chose); empty
   *     when the hub left it out
   */
  Optional<String> model();

  /**
   * The alternative replies; one unless the request set {@code n}.
   *
   * @return the choices in the hub's order; empty only when the hub sent none
   */
  List<ChatChoice> choices();

  /**
   * Tokens consumed.
   *
   * @return the usage; empty when the hub reported none
   */
  Optional<Usage> usage();

  /**
   * The backend configuration fingerprint.
   *
   * @return the fingerprint; empty when the hub sent none
   */
  @JsonProperty("system_fingerprint")
  Optional<String> systemFingerprint();

  /**
   * Properties HubKit does not model.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The first choice's text, or {@code ""} when there is none.
   *
   * @return the first choice's content; {@code ""} also when it only called tools or refused
   */
  default String text() {
    return choices().isEmpty() ? "" : choices().get(0).message().content().orElse("");
  }

  /**
   * The first choice's content read into {@code type}, for a request that asked for its schema
   * ({@link ResponseFormat#jsonSchema(Class)}, or {@link ChatApi#create(ChatRequest, Class)} at once).
   *
   * @param type the class the content is read into
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when there is no choice, the model refused or only called
   *     tools, or the content does not match the type (the message names the property and shows the text)
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  default <T> T parsed(Class<T> type) {
    return StructuredReplies.parse(this, StrictSchema.of(type));
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatCompletion} values. */
  final class Builder extends ImmutableChatCompletion.Builder {}
}
