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
  /** The model, e.g. {@code gpt-4o-mini-tts}, {@code tts-1}. */
  String model();

  /** The text to speak. */
  String input();

  /** The voice, e.g. {@code alloy}, {@code coral}. */
  String voice();

  /** {@code mp3} (the usual default), {@code opus}, {@code aac}, {@code flac}, {@code wav} or {@code pcm}. */
  @JsonProperty("response_format")
  Optional<String> responseFormat();

  /** 0.25 to 4.0. */
  Optional<Double> speed();

  /** How to speak (tone, accent, pace), for models that take it. */
  Optional<String> instructions();

  /** Starts a builder; {@code model}, {@code input} and {@code voice} are required. */
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
