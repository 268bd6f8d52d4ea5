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
  /** The word. */
  String word();

  /** Start in seconds. */
  double start();

  /** End in seconds. */
  double end();

  /** Every other field the hub sent. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
