package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request fields a validation error names: FastAPI's {@code {"detail":[{"loc":["body","temperature"],
 * "msg":"...","type":"..."}]}} and the {@code {"detail":"...","validation":[{"location":[...],"message":"..."}]}}
 * some gateways send with a 422. Each reads as {@code body.temperature: must be <= 2}.
 */
final class FieldErrors {
  private static final int MAX_FIELDS = 10;
  private final List<String> fields;
  private final List<String> described;

  private FieldErrors(List<String> fields, List<String> described) {
    this.fields = fields;
    this.described = described;
  }

  static FieldErrors of(JsonNode error) {
    List<String> fields = new ArrayList<>();
    List<String> described = new ArrayList<>();
    read(error.get("detail"), "loc", "msg", fields, described);
    read(error.get("validation"), "location", "message", fields, described);
    read(error.get("errors"), "location", "message", fields, described);
    return new FieldErrors(fields, described);
  }

  private static void read(JsonNode list, String locationKey, String messageKey, List<String> fields,
      List<String> described) {
    if (list == null || !list.isArray()) {
      return;
    }
    for (JsonNode item : list) {
      if (described.size() == MAX_FIELDS) {
        described.add("...");
        return;
      }
      JsonNode location = item.get(locationKey);
      String field = location == null ? "" : location.isArray() ? dotted(location) : location.asText();
      JsonNode message = item.get(messageKey);
      String text = message != null && message.isValueNode() ? message.asText() : "invalid";
      fields.add(field);
      described.add(field.isEmpty() ? text : field + ": " + text);
    }
  }

  private static String dotted(JsonNode location) {
    StringBuilder field = new StringBuilder();
    for (JsonNode part : location) {
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(part.asText());
    }
    return field.toString();
  }

  boolean isEmpty() {
    return described.isEmpty();
  }

  /** The hub's message followed by the fields, or the fields alone. */
  Optional<String> appendedTo(Optional<String> message) {
    if (described.isEmpty()) {
      return message;
    }
    String fieldText = String.join("; ", described);
    return Optional.of(message.map(m -> m + " (" + fieldText + ")").orElse(fieldText));
  }

  /** The first field named, without FastAPI's {@code body.} prefix, as the error's param. */
  Optional<String> firstField() {
    for (String field : fields) {
      if (!field.isEmpty()) {
        return Optional.of(field.startsWith("body.") ? field.substring(5) : field);
      }
    }
    return Optional.empty();
  }
}
