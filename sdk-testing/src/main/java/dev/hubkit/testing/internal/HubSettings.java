package dev.hubkit.testing.internal;

import dev.hubkit.testing.FakeModel;
import dev.hubkit.testing.ImageReplyStyle;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fake hub's configuration, fixed when it starts. Immutable: each {@code with} returns a changed copy. */
public final class HubSettings {
  private String prefix = "/v1";
  private String apiKey = "sk-fakehub-test";
  private boolean streamByDefault = true;
  private boolean streamsEndWithDone = true;
  private Map<String, FakeModel> models = index(FakeModel.defaults());
  private boolean acceptUnknownModels;
  private int embeddingDimensions = 8;
  private int pollsUntilComplete = 3;
  private double estimatedSeconds = 120;
  private long videoContentBytes = 256 * 1024;
  private ImageReplyStyle imageStyle = ImageReplyStyle.OPENAI_SYNC;
  private Map<String, ImageReplyStyle> imageStyles = Collections.emptyMap();

  private HubSettings() {}

  /** Prefix {@code /v1}, key {@code sk-fakehub-test}, streaming by default, the default models, 3 polls. */
  public static HubSettings defaults() {
    return new HubSettings();
  }

  private HubSettings copy() {
    HubSettings copy = new HubSettings();
    copy.prefix = prefix;
    copy.apiKey = apiKey;
    copy.streamByDefault = streamByDefault;
    copy.streamsEndWithDone = streamsEndWithDone;
    copy.models = models;
    copy.acceptUnknownModels = acceptUnknownModels;
    copy.embeddingDimensions = embeddingDimensions;
    copy.pollsUntilComplete = pollsUntilComplete;
    copy.estimatedSeconds = estimatedSeconds;
    copy.videoContentBytes = videoContentBytes;
    copy.imageStyle = imageStyle;
    copy.imageStyles = imageStyles;
    return copy;
  }

  /** With the API prefix normalised to {@code ""} or a path starting with '/' and not ending with one. */
  public HubSettings withPrefix(String prefix) {
    String trimmed = prefix.trim();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    HubSettings copy = copy();
    copy.prefix = trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    return copy;
  }

  /** With the key expected after {@code Bearer}. */
  public HubSettings withApiKey(String apiKey) {
    if (apiKey.trim().isEmpty()) {
      throw new IllegalArgumentException("the fake API key must not be blank");
    }
    HubSettings copy = copy();
    copy.apiKey = apiKey;
    return copy;
  }

  /** With what a chat request without {@code "stream"} gets. */
  public HubSettings withStreamByDefault(boolean streamByDefault) {
    HubSettings copy = copy();
    copy.streamByDefault = streamByDefault;
    return copy;
  }

  /** With chat streams ending with {@code data: [DONE]} or, when false, right after their last chunk. */
  public HubSettings withStreamsEndWithDone(boolean streamsEndWithDone) {
    HubSettings copy = copy();
    copy.streamsEndWithDone = streamsEndWithDone;
    return copy;
  }

  /** @return whether chat streams end with {@code data: [DONE]} */
  public boolean streamsEndWithDone() {
    return streamsEndWithDone;
  }

  /** With exactly these models. */
  public HubSettings withModels(Collection<FakeModel> models) {
    HubSettings copy = copy();
    copy.models = index(models);
    return copy;
  }

  /** With {@code model} added, or replacing the model of the same id. */
  public HubSettings withModel(FakeModel model) {
    Map<String, FakeModel> changed = new LinkedHashMap<>(models);
    changed.put(model.id(), model);
    HubSettings copy = copy();
    copy.models = Collections.unmodifiableMap(changed);
    return copy;
  }

  /** With unknown model ids accepted by every endpoint instead of answered 404. */
  public HubSettings withAcceptUnknownModels(boolean accept) {
    HubSettings copy = copy();
    copy.acceptUnknownModels = accept;
    return copy;
  }

  /** With the vector length used when a request has no {@code dimensions}. */
  public HubSettings withEmbeddingDimensions(int dimensions) {
    HubSettings copy = copy();
    copy.embeddingDimensions = positive(dimensions, "embedding dimensions");
    return copy;
  }

  /** With the poll of a task or video job that first reports it finished. */
  public HubSettings withPollsUntilComplete(int polls) {
    HubSettings copy = copy();
    copy.pollsUntilComplete = positive(polls, "polls until complete");
    return copy;
  }

  /** With the {@code estimated_time} (seconds, fractions allowed) a CHMU video task announces. */
  public HubSettings withEstimatedSeconds(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("the estimated time must be 0 seconds or more, not " + seconds);
    }
    HubSettings copy = copy();
    copy.estimatedSeconds = seconds;
    return copy;
  }

  /** With the size of generated video content. */
  public HubSettings withVideoContentBytes(long bytes) {
    if (bytes < 16) {
      throw new IllegalArgumentException("video content must be at least 16 bytes, not " + bytes);
    }
    HubSettings copy = copy();
    copy.videoContentBytes = bytes;
    return copy;
  }

  /** With how image generations are answered for models without their own style. */
  public HubSettings withImageStyle(ImageReplyStyle style) {
    HubSettings copy = copy();
    copy.imageStyle = style;
    return copy;
  }

  /** With how image generations for {@code model} are answered. */
  public HubSettings withImageStyle(String model, ImageReplyStyle style) {
    Map<String, ImageReplyStyle> changed = new LinkedHashMap<>(imageStyles);
    changed.put(model, style);
    HubSettings copy = copy();
    copy.imageStyles = Collections.unmodifiableMap(changed);
    return copy;
  }

  /** The API prefix, e.g. {@code "/v1"}, or {@code ""}. */
  public String prefix() {
    return prefix;
  }

  /** The key expected after {@code Bearer}. */
  public String apiKey() {
    return apiKey;
  }

  /** Whether a chat request without {@code "stream"} is streamed. */
  public boolean streamByDefault() {
    return streamByDefault;
  }

  /** The catalog by id, in order. */
  public Map<String, FakeModel> models() {
    return models;
  }

  /** Whether unknown model ids are accepted. */
  public boolean acceptUnknownModels() {
    return acceptUnknownModels;
  }

  /** The default vector length. */
  public int embeddingDimensions() {
    return embeddingDimensions;
  }

  /** The poll that first reports a task or job finished. */
  public int pollsUntilComplete() {
    return pollsUntilComplete;
  }

  /** The {@code estimated_time} a CHMU video task announces, in seconds. */
  public double estimatedSeconds() {
    return estimatedSeconds;
  }

  /** The size of generated video content. */
  public long videoContentBytes() {
    return videoContentBytes;
  }

  /** How generations for {@code model} are answered. */
  public ImageReplyStyle imageStyle(String model) {
    ImageReplyStyle own = imageStyles.get(model);
    return own != null ? own : imageStyle;
  }

  private static Map<String, FakeModel> index(Collection<FakeModel> models) {
    Map<String, FakeModel> byId = new LinkedHashMap<>();
    for (FakeModel model : models) {
      byId.put(model.id(), model);
    }
    return Collections.unmodifiableMap(byId);
  }

  private static int positive(int value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, not " + value);
    }
    return value;
  }
}
