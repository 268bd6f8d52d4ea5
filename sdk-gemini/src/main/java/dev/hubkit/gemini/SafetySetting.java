package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A blocking threshold for one harm category, such as {@code HARM_CATEGORY_HARASSMENT} at {@code BLOCK_ONLY_HIGH}. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSafetySetting.class)
@JsonDeserialize(as = ImmutableSafetySetting.class)
public interface SafetySetting {
  /**
   * The harm category, such as {@code HARM_CATEGORY_DANGEROUS_CONTENT}.
   *
   * @return the harm category, such as {@code HARM_CATEGORY_DANGEROUS_CONTENT}
   */
  String category();

  /**
   * The threshold, such as {@code BLOCK_NONE}, {@code BLOCK_ONLY_HIGH} or {@code BLOCK_MEDIUM_AND_ABOVE}.
   *
   * @return the threshold, such as {@code BLOCK_NONE}, {@code BLOCK_ONLY_HIGH} or {@code BLOCK_MEDIUM_AND_ABOVE}
   */
  String threshold();

  /**
   * A setting.
   *
   * @param category the harm category
   * @param threshold the blocking threshold
   * @return the setting
   */
  static SafetySetting of(String category, String threshold) {
    return ImmutableSafetySetting.builder().category(category).threshold(threshold).build();
  }
}
