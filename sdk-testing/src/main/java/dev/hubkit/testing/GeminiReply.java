package dev.hubkit.testing;

import dev.hubkit.testing.internal.Wire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scripted answer for the next Gemini {@code generateContent} or {@code streamGenerateContent}
 * ({@link FakeHub#enqueueGeminiReply}). The reply's parts come in this order: the thought summary
 * ({@code "thought": true}), the text (carrying a {@code thoughtSignature} when there is a thought), each function
 * call (each with its own signature), each inline blob. Streamed, thought and text go one word per chunk and the
 * other parts one per chunk; the last chunk carries the {@code finishReason} and the usage. Immutable.
 */
public final class GeminiReply {
  private final String text;
  private final String thought;
  private final List<FunctionCall> calls;
  private final List<InlineData> inline;
  private final String finishReason;

  private GeminiReply(String text, String thought, List<FunctionCall> calls, List<InlineData> inline,
      String finishReason) {
    this.text = text;
    this.thought = thought;
    this.calls = Collections.unmodifiableList(new ArrayList<>(calls));
    this.inline = Collections.unmodifiableList(new ArrayList<>(inline));
    this.finishReason = finishReason;
  }

  /**
   * A reply of one text part, finishing with {@code STOP}.
   *
   * @param text the text
   * @return the reply
   */
  public static GeminiReply text(String text) {
    return new GeminiReply(Objects.requireNonNull(text, "text"), null, Collections.<FunctionCall>emptyList(),
        Collections.<InlineData>emptyList(), "STOP");
  }

  /**
   * A reply calling the given functions, in order, finishing with {@code STOP} as Gemini does.
   *
   * @param calls the calls, at least one
   * @return the reply
   */
  public static GeminiReply functionCalls(FunctionCall... calls) {
    if (calls.length == 0) {
      throw new IllegalArgumentException("a function call reply needs at least one call");
    }
    return new GeminiReply(null, null, Arrays.asList(calls), Collections.<InlineData>emptyList(), "STOP");
  }

  /**
   * A copy with a thought summary before its other parts, as a thinking model with {@code includeThoughts} sends.
   *
   * @param thought the thought summary
   * @return the copy
   */
  public GeminiReply withThought(String thought) {
    return new GeminiReply(text, Objects.requireNonNull(thought, "thought"), calls, inline, finishReason);
  }

  /**
   * A copy with an inline blob after its other parts, such as a generated image or speech.
   *
   * @param mimeType the blob's type, such as {@code image/png} or {@code audio/L16;codec=pcm;rate=24000}
   * @param data the bytes, sent base64-encoded
   * @return the copy
   */
  public GeminiReply withInlineData(String mimeType, byte[] data) {
    List<InlineData> more = new ArrayList<>(inline);
    more.add(new InlineData(mimeType, data));
    return new GeminiReply(text, thought, calls, more, finishReason);
  }

  /**
   * A copy finishing with another reason, such as {@code MAX_TOKENS} or {@code SAFETY}.
   *
   * @param finishReason the reason
   * @return the copy
   */
  public GeminiReply withFinishReason(String finishReason) {
    return new GeminiReply(text, thought, calls, inline, Objects.requireNonNull(finishReason, "finishReason"));
  }

  /** @return the text, if the reply has one */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** @return the thought summary, if any */
  public Optional<String> thought() {
    return Optional.ofNullable(thought);
  }

  /** @return the function calls, in order */
  public List<FunctionCall> functionCalls() {
    return calls;
  }

  /** @return the inline blobs, in order */
  public List<InlineData> inlineData() {
    return inline;
  }

  /** @return the finish reason, {@code STOP} unless set */
  public String finishReason() {
    return finishReason;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof GeminiReply)) {
      return false;
    }
    GeminiReply that = (GeminiReply) other;
    return Objects.equals(text, that.text) && Objects.equals(thought, that.thought) && calls.equals(that.calls)
        && inline.equals(that.inline) && finishReason.equals(that.finishReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, thought, calls, inline, finishReason);
  }

  @Override
  public String toString() {
    return "GeminiReply{text=" + text + ", thought=" + thought + ", functionCalls=" + calls + ", inlineData="
        + inline + ", finishReason=" + finishReason + "}";
  }

  /** One function call of a scripted reply. Immutable. */
  public static final class FunctionCall {
    private final String name;
    private final String argsJson;

    private FunctionCall(String name, String argsJson) {
      this.name = Objects.requireNonNull(name, "name");
      this.argsJson = Objects.requireNonNull(argsJson, "argsJson");
    }

    /**
     * A call of {@code name} with arguments given as a JSON object.
     *
     * @param name the function's name
     * @param argsJson the arguments, such as {@code {"city":"Paris"}}
     * @return the call
     * @throws IllegalArgumentException when {@code argsJson} is not a JSON object
     */
    public static FunctionCall of(String name, String argsJson) {
      try {
        if (!Wire.MAPPER.readTree(Objects.requireNonNull(argsJson, "argsJson")).isObject()) {
          throw new IllegalArgumentException("function call arguments must be a JSON object: " + argsJson);
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("function call arguments are not JSON: " + argsJson, e);
      }
      return new FunctionCall(name, argsJson);
    }

    /** @return the function's name */
    public String name() {
      return name;
    }

    /** @return the arguments as JSON text */
    public String argsJson() {
      return argsJson;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof FunctionCall && ((FunctionCall) other).name.equals(name)
          && ((FunctionCall) other).argsJson.equals(argsJson);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, argsJson);
    }

    @Override
    public String toString() {
      return "FunctionCall{" + name + ", " + argsJson + "}";
    }
  }

  /** One inline blob of a scripted reply. Immutable; {@code toString} gives the size, not the bytes. */
  public static final class InlineData {
    private final String mimeType;
    private final byte[] data;

    private InlineData(String mimeType, byte[] data) {
      this.mimeType = Objects.requireNonNull(mimeType, "mimeType");
      this.data = data.clone();
    }

    /** @return the MIME type */
    public String mimeType() {
      return mimeType;
    }

    /** @return a copy of the bytes */
    public byte[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof InlineData && ((InlineData) other).mimeType.equals(mimeType)
          && Arrays.equals(((InlineData) other).data, data);
    }

    @Override
    public int hashCode() {
      return 31 * mimeType.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "InlineData{" + mimeType + ", " + data.length + " bytes}";
    }
  }
}
