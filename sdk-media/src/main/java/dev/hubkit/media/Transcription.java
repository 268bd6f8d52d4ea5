package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A transcription: the text (for {@code text}, {@code srt} and {@code vtt} replies, the whole reply as sent), and
 * with {@code verbose_json} the language, duration, segments and words.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTranscription.class)
@JsonDeserialize(as = ImmutableTranscription.class)
public interface Transcription {
  /** The transcribed text, or the whole subtitle file for {@code srt} and {@code vtt}. */
  String text();

  /** The detected or given language. */
  Optional<String> language();

  /** The audio's length in seconds. */
  Optional<Double> duration();

  /** Timed segments, with {@code verbose_json}. */
  List<TranscriptionSegment> segments();

  /** Timed words, with {@code verbose_json} and the {@code word} granularity. */
  List<TranscriptionWord> words();

  /** Usage as the hub sent it. */
  @AllowNulls
  Map<String, Object> usage();

  /** Every other field the hub sent. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Transcription}s. */
  final class Builder extends ImmutableTranscription.Builder {}
}
