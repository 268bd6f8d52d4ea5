package dev.hubkit.media;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.media.internal.TaskReplies;
import java.util.Objects;
import java.util.Optional;

/**
 * A button of a finished Midjourney task ({@code buttons[]} of {@code /mj/task/{id}/fetch}): pressing it with
 * {@link JobsApi#press} starts the follow-up task, e.g. upscale {@code U1}..{@code U4}, variation {@code V1}..,
 * reroll, zoom. Immutable.
 */
public final class JobButton {
  private final String customId;
  private final JsonNode json;

  private JobButton(String customId, JsonNode json) {
    this.customId = customId;
    this.json = json;
  }

  /**
   * Reads one entry of a task's {@code buttons}.
   *
   * @param json the entry
   * @return the button, empty when the entry names no {@code customId}
   */
  static Optional<JobButton> of(JsonNode json) {
    return TaskReplies.text(json, "customId", "custom_id").map(id -> new JobButton(id, json.deepCopy()));
  }

  /**
   * What the hub presses, e.g. {@code MJ::JOB::upsample::1::<hash>}.
   *
   * @return the custom id
   */
  public String customId() {
    return customId;
  }

  /**
   * The label shown on the button, e.g. {@code U1} or {@code Zoom Out 2x}; empty for emoji-only buttons.
   *
   * @return the label
   */
  public Optional<String> label() {
    return TaskReplies.text(json, "label");
  }

  /**
   * The emoji shown on the button, e.g. {@code 🔄} for reroll.
   *
   * @return the emoji
   */
  public Optional<String> emoji() {
    return TaskReplies.text(json, "emoji");
  }

  /**
   * Whether this is the button that upscales image {@code index} (1 to 4) of a grid: label {@code U<index>} or a
   * custom id of the form {@code MJ::JOB::upsample::<index>::...}.
   *
   * @param index the image's place in the grid, 1 to 4
   * @return whether it upscales that image
   */
  public boolean upscales(int index) {
    return label().filter(("U" + index)::equals).isPresent()
        || customId.startsWith("MJ::JOB::upsample::" + index + "::");
  }

  /**
   * The entry as the hub sent it; a copy.
   *
   * @return the JSON
   */
  public JsonNode json() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JobButton && ((JobButton) other).json.equals(json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(json);
  }

  @Override
  public String toString() {
    return "JobButton{" + label().orElse(emoji().orElse("")) + ", " + customId + "}";
  }
}
