package dev.hubkit.media;

/** Which file of a finished video job to download from {@code /videos/{id}/content}. */
public enum VideoVariant {
  /** The MP4 video. */
  VIDEO("video"),
  /** A still image. */
  THUMBNAIL("thumbnail"),
  /** A grid of frames. */
  SPRITESHEET("spritesheet");

  private final String wireName;

  VideoVariant(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The value of the {@code variant} query parameter.
   *
   * @return the wire name, e.g. {@code thumbnail}
   */
  public String wireName() {
    return wireName;
  }
}
