package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A timed word of a transcription. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTranscriptionWord.class)
@JsonDeserialize(as = ImmutableTranscriptionWord.class)
public interface TranscriptionWord {
  /**
   * The word.
   *
   * @return the word as transcribed
   */
  String word();

  /**
   * Start in seconds.
   *
   * @return where the word starts, in seconds from the audio's start
   */
  double start();

  /**
   * End in seconds.
   *
   * @return where the word ends, in seconds from the audio's start
   */
  double end();

  /**
   * Every other field the hub sent.
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
