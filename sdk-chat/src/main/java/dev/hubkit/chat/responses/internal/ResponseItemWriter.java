package dev.hubkit.chat.responses.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.hubkit.chat.responses.ResponseContent;
import dev.hubkit.chat.responses.ResponseItem;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link ResponseItem} in the form OpenAI's schema wants for it. A message the app wrote (no id, no
 * status) goes out in the short form {@code {"role":..., "content":...}} that the schema's {@code EasyInputMessage}
 * describes (a typed user message also matches {@code InputMessage}, which the schema's {@code oneOf} forbids), an
 * assistant's earlier text as a plain string (the typed form would need the output's id, status and logprobs).
 * Lists a kind of item requires are written even when empty (a message's {@code content}, a reasoning item's
 * {@code summary}, a file search's {@code queries}), other empty lists are left out, and every item received goes
 * back with the members it came with.
 */
public final class ResponseItemWriter extends StdSerializer<ResponseItem> {
  private static final long serialVersionUID = 1L;

  /** The writer Jackson finds through {@code @JsonSerialize(using = ...)} on {@link ResponseItem}. */
  public ResponseItemWriter() {
    super(ResponseItem.class);
  }

  @Override
  public void serialize(ResponseItem item, JsonGenerator json, SerializerProvider provider) throws IOException {
    json.writeStartObject();
    boolean message = "message".equals(item.type());
    boolean written = message && !item.id().isPresent() && !item.status().isPresent();
    if (!written) {
      json.writeStringField("type", item.type());
    }
    string(json, "id", item.id());
    string(json, "status", item.status());
    string(json, "role", item.role());
    String assistantText = written && "assistant".equals(item.role().orElse("")) ? plainText(item.content()) : null;
    if (assistantText != null) {
      json.writeStringField("content", assistantText);
    } else if (message || !item.content().isEmpty()) {
      provider.defaultSerializeField("content", item.content(), json);
    }
    string(json, "call_id", item.callId());
    string(json, "name", item.name());
    string(json, "arguments", item.arguments());
    if (item.output().isPresent()) {
      provider.defaultSerializeField("output", item.output().get(), json);
    }
    if (item.summary().isPresent()) {
      provider.defaultSerializeField("summary", item.summary().get(), json);
    }
    string(json, "encrypted_content", item.encryptedContent());
    if ("file_search_call".equals(item.type()) || !item.queries().isEmpty()) {
      provider.defaultSerializeField("queries", item.queries(), json);
    }
    if (item.action().isPresent()) {
      provider.defaultSerializeField("action", item.action().get(), json);
    }
    string(json, "code", item.code());
    string(json, "container_id", item.containerId());
    string(json, "server_label", item.serverLabel());
    for (Map.Entry<String, Object> member : item.extra().entrySet()) {
      provider.defaultSerializeField(member.getKey(), member.getValue(), json);
    }
    json.writeEndObject();
  }

  /**
   * The text of a single annotation-free text part (an {@code output_text}, or the {@code input_text} a short
   * message's string was read as), or null when the content is anything else.
   */
  private static String plainText(List<ResponseContent> content) {
    if (content.size() != 1) {
      return null;
    }
    ResponseContent part = content.get(0);
    boolean textPart = "output_text".equals(part.type()) || "input_text".equals(part.type());
    boolean plain = textPart && part.text().isPresent() && part.extra().isEmpty()
        && part.annotations().map(List::isEmpty).orElse(true);
    return plain ? part.text().get() : null;
  }

  private static void string(JsonGenerator json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    }
  }
}
