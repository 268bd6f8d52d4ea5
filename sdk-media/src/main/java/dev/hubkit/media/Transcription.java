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
  /**
   * The transcribed text, or the whole subtitle file for {@code srt} and {@code vtt}.
   *
   * @return the text as the hub sent it
   */
  String text();

  /**
   * The detected or given language.
   *
   * @return the language, as the hub names it (e.g. {@code english}); empty unless the reply was {@code verbose_json}
   */
  Optional<String> language();

  /**
   * The audio's length in seconds.
   *
   * @return the duration; empty unless the reply was {@code verbose_json}
   */
  Optional<Double> duration();

  /**
   * Timed segments, with {@code verbose_json}.
   *
   * @return the segments in order; empty for other reply formats
   */
  List<TranscriptionSegment> segments();

  /**
   * Timed words, with {@code verbose_json} and the {@code word} granularity.
   *
   * @return the words in order; empty unless word timestamps were asked for
   */
  List<TranscriptionWord> words();

  /**
   * Usage as the hub sent it.
   *
   * @return the {@code usage} object's members; empty when the hub sent none
   */
  @AllowNulls
  Map<String, Object> usage();

  /**
   * Every other field the hub sent.
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Transcription}s. */
  final class Builder extends ImmutableTranscription.Builder {}
}
