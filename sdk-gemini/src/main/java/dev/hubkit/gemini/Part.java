package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.gemini.internal.MimeTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part of a {@link Content}: text (a thought summary when {@link #thought()} is true), inline bytes, a file
 * reference, a function call or response, or code and its result. A part of a kind HubKit does not model is kept
 * with its JSON in {@link #extra()} ({@link #kind()} {@code OTHER}) and sent back as it came. A thought signature
 * travels on the part it belongs to; send model parts back unchanged ({@link Candidate#toContent()}).
 * {@code toString} shortens signatures and never prints inline data.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePart.class)
@JsonDeserialize(as = ImmutablePart.class)
public abstract class Part {
  /** What a part carries. */
  public enum Kind {
    /** {@link #text()}: the answer's text. */
    TEXT,
    /** {@link #text()} with {@link #thought()} true: a summary of the model's thinking. */
    THOUGHT,
    /** {@link #inlineData()}: bytes such as an image or audio. */
    INLINE_DATA,
    /** {@link #fileData()}: a file by URI. */
    FILE_DATA,
    /** {@link #functionCall()}. */
    FUNCTION_CALL,
    /** {@link #functionResponse()}. */
    FUNCTION_RESPONSE,
    /** {@link #executableCode()}. */
    EXECUTABLE_CODE,
    /** {@link #codeExecutionResult()}. */
    CODE_EXECUTION_RESULT,
    /** A kind HubKit does not model, or only a thought signature: see {@link #extra()}. */
    OTHER
  }

  /**
   * The text; a thought summary when {@link #thought()} is true.
   *
   * @return the text; a thought summary when {@link #thought()} is true
   */
  public abstract Optional<String> text();

  /**
   * True for a part of the model's thinking (sent when {@code includeThoughts} is on).
   *
   * @return true for a part of the model's thinking (sent when {@code includeThoughts} is on)
   */
  public abstract Optional<Boolean> thought();

  /**
   * The opaque signature of the model's reasoning up to this part, to be sent back exactly as received.
   *
   * @return the opaque signature of the model's reasoning up to this part, to be sent back exactly as received
   */
  public abstract Optional<String> thoughtSignature();

  /**
   * Inline bytes: an image, audio or a document.
   *
   * @return inline bytes: an image, audio or a document
   */
  public abstract Optional<Blob> inlineData();

  /**
   * A file by URI.
   *
   * @return A file by URI
   */
  public abstract Optional<FileData> fileData();

  /**
   * A function the model asks the caller to run.
   *
   * @return A function the model asks the caller to run
   */
  public abstract Optional<FunctionCall> functionCall();

  /**
   * The result of a function the caller ran.
   *
   * @return the result of a function the caller ran
   */
  public abstract Optional<FunctionResponse> functionResponse();

  /**
   * Code the model ran with the code execution tool.
   *
   * @return code the model ran with the code execution tool
   */
  public abstract Optional<ExecutableCode> executableCode();

  /**
   * The result of that code.
   *
   * @return the result of that code
   */
  public abstract Optional<CodeExecutionResult> codeExecutionResult();

  /**
   * Members HubKit does not model (a new kind of part, {@code videoMetadata}), kept and sent back as they are.
   *
   * @return members HubKit does not model (a new kind of part, {@code videoMetadata}), kept and sent back as they are
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> extra();

  /**
   * What this part carries.
   *
   * @return the kind, {@link Kind#OTHER} for a part HubKit does not model
   */
  public Kind kind() {
    if (text().isPresent()) {
      return thought().orElse(false) ? Kind.THOUGHT : Kind.TEXT;
    }
    if (inlineData().isPresent()) {
      return Kind.INLINE_DATA;
    }
    if (functionCall().isPresent()) {
      return Kind.FUNCTION_CALL;
    }
    if (functionResponse().isPresent()) {
      return Kind.FUNCTION_RESPONSE;
    }
    if (fileData().isPresent()) {
      return Kind.FILE_DATA;
    }
    if (executableCode().isPresent()) {
      return Kind.EXECUTABLE_CODE;
    }
    return codeExecutionResult().isPresent() ? Kind.CODE_EXECUTION_RESULT : Kind.OTHER;
  }

  /**
   * A text part.
   *
   * @param text the text
   * @return the part
   */
  public static Part text(String text) {
    return builder().text(Objects.requireNonNull(text, "text")).build();
  }

  /**
   * Inline bytes of the given MIME type.
   *
   * @param mimeType the type, such as {@code image/png} or {@code application/pdf}
   * @param data the bytes
   * @return the part
   */
  public static Part inlineData(String mimeType, byte[] data) {
    return builder().inlineData(Blob.of(mimeType, data)).build();
  }

  /**
   * Inline bytes whose type (PNG, JPEG, GIF, WebP, PDF, WAV, MP3, FLAC, Ogg) is read from their first bytes.
   *
   * @param data the bytes
   * @return the part
   * @throws IllegalArgumentException when the type cannot be told: use {@link #inlineData(String, byte[])}
   */
  public static Part inlineData(byte[] data) {
    String mimeType = MimeTypes.fromMagicBytes(data).orElseThrow(() -> new IllegalArgumentException(
        "cannot tell the type of these " + data.length + " bytes from their first bytes:"
            + " pass the MIME type with Part.inlineData(\"image/...\", bytes)"));
    return inlineData(mimeType, data);
  }

  /**
   * A file's bytes sent inline; the type comes from the first bytes, else from the file's extension.
   *
   * @param file the file, such as a PNG or a PDF
   * @return the part
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when the type cannot be told: use {@link #inlineData(String, byte[])}
   */
  public static Part inlineFile(Path file) {
    byte[] data;
    try {
      data = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
    Optional<String> mimeType = MimeTypes.fromMagicBytes(data);
    if (!mimeType.isPresent()) {
      Path name = file.getFileName();
      mimeType = MimeTypes.fromFileName(name == null ? "" : name.toString());
    }
    return inlineData(mimeType.orElseThrow(() -> new IllegalArgumentException("cannot tell the MIME type of "
        + file + ": read it and use Part.inlineData(\"<type>\", bytes)")), data);
  }

  /**
   * A file by URI (uploaded with the Files API, or a URL Gemini may read).
   *
   * @param mimeType the file's MIME type
   * @param fileUri the file's URI
   * @return the part
   */
  public static Part fileData(String mimeType, String fileUri) {
    return builder().fileData(FileData.of(mimeType, fileUri)).build();
  }

  /**
   * The result of a function the caller ran, for the user turn after the model's call.
   *
   * @param name the function's name, as in the call
   * @param response the result as a JSON object
   * @return the part
   */
  public static Part functionResponse(String name, Map<String, ?> response) {
    return builder().functionResponse(FunctionResponse.builder().name(name).putAllResponse(response).build())
        .build();
  }

  /**
   * Starts a builder, for parts the factories do not cover.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Part{").append(kind());
    text().ifPresent(t -> text.append(", text=").append(t));
    inlineData().ifPresent(b -> text.append(", ").append(b));
    fileData().ifPresent(f -> text.append(", ").append(f));
    functionCall().ifPresent(c -> text.append(", ").append(c));
    functionResponse().ifPresent(r -> text.append(", ").append(r));
    executableCode().ifPresent(c -> text.append(", ").append(c));
    codeExecutionResult().ifPresent(r -> text.append(", ").append(r));
    thoughtSignature().ifPresent(s -> text.append(", thoughtSignature=").append(s.length()).append(" chars"));
    if (!extra().isEmpty()) {
      text.append(", extra=").append(extra().keySet());
    }
    return text.append('}').toString();
  }

  /** Builds {@link Part} values. */
  public static final class Builder extends ImmutablePart.Builder {}
}
