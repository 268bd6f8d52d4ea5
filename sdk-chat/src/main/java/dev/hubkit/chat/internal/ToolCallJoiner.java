package dev.hubkit.chat.internal;

import dev.hubkit.chat.CustomToolCall;
import dev.hubkit.chat.FunctionCall;
import dev.hubkit.chat.FunctionCallDelta;
import dev.hubkit.chat.ToolCall;
import dev.hubkit.chat.ToolCallDelta;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fragments of one streamed tool call joined into the call: id, type and name from the first fragment that has
 * them, argument (or custom input) pieces appended, and every unmodelled member kept (Gemini 3's
 * {@code thought_signature}, {@code extra_content}), a later string replacing an earlier one. Not thread-safe.
 */
final class ToolCallJoiner {
  private final StringBuilder arguments = new StringBuilder();
  private final StringBuilder input = new StringBuilder();
  private final Map<String, Object> extra = new LinkedHashMap<>();
  private final Map<String, Object> functionExtra = new LinkedHashMap<>();
  private final Map<String, Object> customExtra = new LinkedHashMap<>();
  private String id;
  private String type;
  private String name;
  private boolean function;
  private boolean custom;

  void add(ToolCallDelta delta) {
    if (id == null) {
      id = delta.id().orElse(null);
    }
    if (type == null) {
      type = delta.type().orElse(null);
    }
    Optional<FunctionCallDelta> fragment = delta.function();
    if (fragment.isPresent()) {
      function = true;
      if (name == null) {
        name = fragment.get().name().orElse(null);
      }
      fragment.get().arguments().ifPresent(arguments::append);
      ExtraMembers.merge(functionExtra, fragment.get().extra(), false);
    }
    Optional<CustomToolCall> customFragment = delta.custom();
    if (customFragment.isPresent()) {
      custom = true;
      if (name == null && !customFragment.get().name().isEmpty()) {
        name = customFragment.get().name();
      }
      input.append(customFragment.get().input());
      ExtraMembers.merge(customExtra, customFragment.get().extra(), false);
    }
    if (!delta.extra().isEmpty()) {
      ExtraMembers.merge(extra, delta.extra(), false);
    }
  }

  ToolCall toToolCall() {
    String kind = type != null ? type : custom && !function ? "custom" : "function";
    ToolCall.Builder call = ToolCall.builder().id(id == null ? "" : id).type(kind);
    String calledName = name == null ? "" : name;
    if (custom) {
      CustomToolCall.Builder payload = CustomToolCall.builder().name(calledName).input(input.toString());
      ChoiceJoiner.putCopies(customExtra, payload::putExtra);
      call.custom(payload.build());
    }
    if (function || (!custom && kind.equals("function"))) {
      FunctionCall.Builder payload = FunctionCall.builder().name(calledName).arguments(arguments.toString());
      ChoiceJoiner.putCopies(functionExtra, payload::putExtra);
      call.function(payload.build());
    }
    ChoiceJoiner.putCopies(extra, call::putExtra);
    return call.build();
  }
}
