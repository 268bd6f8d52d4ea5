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
  /** The segment's number. */
  @Value.Default
  default int id() {
    return 0;
  }

  /** Start in seconds. */
  double start();

  /** End in seconds. */
  double end();

  /** The segment's text. */
  String text();

  /** Every other field the hub sent ({@code avg_logprob}, {@code no_speech_prob}, ...). */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
