package dev.hubkit.media;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Speech to text ({@code POST {base}/audio/transcriptions}, multipart): the audio file, the model, and what to
 * return. {@code verbose_json} with {@link #timestampGranularities()} adds segments and words with times.
 */
@Value.Immutable
@ValueStyle
public interface TranscriptionRequest {
  /**
   * The audio, streamed from its source.
   *
   * @return the audio file, sent as the {@code file} part
   */
  UploadFile file();

  /**
   * The model, e.g. {@code gpt-4o-transcribe}, {@code whisper-1}.
   *
   * @return the model id, never blank
   */
  String model();

  /**
   * The spoken language as ISO-639-1, e.g. {@code en}.
   *
   * @return the language; empty to let the model detect it
   */
  Optional<String> language();

  /**
   * Text that guides the style or continues a previous segment.
   *
   * @return the prompt; empty to send none
   */
  Optional<String> prompt();

  /**
   * {@code json} (default), {@code text}, {@code srt}, {@code vtt} or {@code verbose_json}.
   *
   * @return the reply format; empty for {@code json}
   */
  Optional<String> responseFormat();

  /**
   * Sampling temperature.
   *
   * @return the temperature, 0 to 1; empty for the model's default
   */
  Optional<Double> temperature();

  /**
   * {@code segment} and/or {@code word}, with {@code verbose_json}.
   *
   * @return the granularities, sent as {@code timestamp_granularities[]}; empty to send none
   */
  List<String> timestampGranularities();

  /**
   * Starts a builder; {@code file} and {@code model} are required.
   *
   * @return an empty builder; its {@code build()} throws {@link IllegalStateException} when a required field is unset
   *     and {@link IllegalArgumentException} when {@link #check()} rejects a value
   */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects what every hub would reject, saying what to fix. */
  @Value.Check
  default void check() {
    MediaChecks.requireText("model", model(), "e.g. \"gpt-4o-transcribe\" or \"whisper-1\"");
    if (!timestampGranularities().isEmpty() && !responseFormat().filter("verbose_json"::equals).isPresent()) {
      throw new IllegalArgumentException("timestampGranularities need responseFormat(\"verbose_json\")");
    }
  }

  /** Builds {@link TranscriptionRequest}s. */
  final class Builder extends ImmutableTranscriptionRequest.Builder {}
}
