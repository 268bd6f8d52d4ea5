package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The voice of a text-to-speech reply ({@code responseModalities: ["AUDIO"]}): one prebuilt voice
 * ({@link #voice(String)}), or several speakers in {@code multiSpeakerVoiceConfig}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSpeechConfig.class)
@JsonDeserialize(as = ImmutableSpeechConfig.class)
public interface SpeechConfig {
  /**
   * {@code {"prebuiltVoiceConfig": {"voiceName": "Kore"}}}.
   *
   * @return {@code {"prebuiltVoiceConfig": {"voiceName": "Kore"}}}
   */
  @AllowNulls
  Optional<Map<String, Object>> voiceConfig();

  /**
   * {@code {"speakerVoiceConfigs": [{"speaker": "...", "voiceConfig": {...}}]}}.
   *
   * @return {@code {"speakerVoiceConfigs": [{"speaker": "...", "voiceConfig": {...}}]}}
   */
  @AllowNulls
  Optional<Map<String, Object>> multiSpeakerVoiceConfig();

  /**
   * The language of the speech, such as {@code en-US}.
   *
   * @return the language of the speech, such as {@code en-US}
   */
  Optional<String> languageCode();

  /**
   * One prebuilt voice.
   *
   * @param voiceName the voice, such as {@code Kore} or {@code Puck}
   * @return the configuration
   */
  static SpeechConfig voice(String voiceName) {
    Map<String, Object> prebuilt = Collections.<String, Object>singletonMap("voiceName", voiceName);
    return builder().voiceConfig(Collections.<String, Object>singletonMap("prebuiltVoiceConfig", prebuilt)).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SpeechConfig} values. */
  final class Builder extends ImmutableSpeechConfig.Builder {}
}
