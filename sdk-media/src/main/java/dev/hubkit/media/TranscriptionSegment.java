package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A timed stretch of a transcription. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTranscriptionSegment.class)
@JsonDeserialize(as = ImmutableTranscriptionSegment.class)
public interface TranscriptionSegment {
  /**
   * The segment's number.
   *
   * @return the segment's index in the transcription, from 0; 0 when the hub leaves it out
   */
  @Value.Default
  default int id() {
    return 0;
  }

  /**
   * Start in seconds.
   *
   * @return where the segment starts, in seconds from the audio's start
   */
  double start();

  /**
   * End in seconds.
   *
   * @return where the segment ends, in seconds from the audio's start
   */
  double end();

  /**
   * The segment's text.
   *
   * @return the text spoken in the segment
   */
  String text();

  /**
   * Every other field the hub sent ({@code avg_logprob}, {@code no_speech_prob}, ...).
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
