package dev.hubkit.chat.internal;



/** The member names the fast readers of chat replies and stream chunks look for, as {@link JsonCursor#keyIs} takes. */
final class ChatKeys {
  static final byte[] ID = JsonCursor.name("id");
  static final byte[] OBJECT = JsonCursor.name("object");
  static final byte[] CREATED = JsonCursor.name("created");
  static final byte[] MODEL = JsonCursor.name("model");
  static final byte[] SYSTEM_FINGERPRINT = JsonCursor.name("system_fingerprint");
  static final byte[] CHOICES = JsonCursor.name("choices");
  static final byte[] USAGE = JsonCursor.name("usage");
  static final byte[] ERROR = JsonCursor.name("error");
  static final byte[] INDEX = JsonCursor.name("index");
  static final byte[] MESSAGE = JsonCursor.name("message");
  static final byte[] DELTA = JsonCursor.name("delta");
  static final byte[] FINISH_REASON = JsonCursor.name("finish_reason");
  static final byte[] ROLE = JsonCursor.name("role");
  static final byte[] CONTENT = JsonCursor.name("content");
  static final byte[] REASONING_CONTENT = JsonCursor.name("reasoning_content");
  static final byte[] REASONING = JsonCursor.name("reasoning");
  static final byte[] REFUSAL = JsonCursor.name("refusal");
  static final byte[] TOOL_CALLS = JsonCursor.name("tool_calls");

  private ChatKeys() {}
}
