package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Text to speech ({@code POST {base}/audio/speech}): the text, the voice, and the audio format to return. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSpeechRequest.class)
public interface SpeechRequest {
  /**
   * The model, e.g. {@code gpt-4o-mini-tts}, {@code tts-1}.
   *
   * @return the model id, never blank
   */
  String model();

  /**
   * The text to speak.
   *
   * @return the text, never blank
   */
  String input();

  /**
   * The voice, e.g. {@code alloy}, {@code coral}.
   *
   * @return the voice's name, never blank
   */
  String voice();

  /**
   * {@code mp3} (the usual default), {@code opus}, {@code aac}, {@code flac}, {@code wav} or {@code pcm}.
   *
   * @return the audio format; empty for the model's default
   */
  @JsonProperty("response_format")
  Optional<String> responseFormat();

  /**
   * 0.25 to 4.0.
   *
   * @return the speaking speed, 1.0 being normal; empty for the model's default
   */
  Optional<Double> speed();

  /**
   * How to speak (tone, accent, pace), for models that take it.
   *
   * @return the instructions; empty to send none ({@code tts-1} and {@code tts-1-hd} ignore them)
   */
  Optional<String> instructions();

  /**
   * Starts a builder; {@code model}, {@code input} and {@code voice} are required.
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
    MediaChecks.requireText("model", model(), "e.g. \"gpt-4o-mini-tts\"");
    MediaChecks.requireText("input", input(), "give the text to speak");
    MediaChecks.requireText("voice", voice(), "e.g. \"alloy\"");
  }

  /** Builds {@link SpeechRequest}s. */
  final class Builder extends ImmutableSpeechRequest.Builder {}
}
