package dev.hubkit.testing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A model in the fake hub's catalog: its id, what it produces, and the {@code owned_by} and {@code created} fields
 * {@code GET /models} reports. Immutable; {@code withX} methods return changed copies.
 */
public final class FakeModel {
  /** The {@code created} timestamp every default model reports (2023-11-14, Unix seconds). */
  public static final long DEFAULT_CREATED = 1_700_000_000L;

  /** What a model produces; {@link #wireName()} is the {@code type} value {@code GET /models} sends. */
  public enum Type {
    /** Chat models, answered by {@code /chat/completions}. */
    TEXT,
    /** Image models, answered by {@code /images/generations} and {@code /images/edits}. */
    IMAGE,
    /** Video models, answered by {@code /videos/generations} and {@code /videos}. */
    VIDEO,
    /** Embedding models, answered by {@code /embeddings}. */
    EMBEDDING,
    /** Speech and transcription models, answered by {@code /audio/speech} and {@code /audio/transcriptions}. */
    AUDIO,
    /** Rerank models, answered by {@code /rerank}. */
    RERANK;

    /**
     * The lower-case name hubs send, e.g. {@code "text"}.
     *
     * @return the constant's name in lower case
     */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String id;
  private final Type type;
  private final String ownedBy;
  private final long created;

  private FakeModel(String id, Type type, String ownedBy, long created) {
    if (id == null || id.trim().isEmpty()) {
      throw new IllegalArgumentException("model id must not be blank");
    }
    this.id = id;
    this.type = Objects.requireNonNull(type, "type");
    this.ownedBy = Objects.requireNonNull(ownedBy, "ownedBy");
    this.created = created;
  }

  /**
   * A model owned by {@code "fakehub"}, created at {@link #DEFAULT_CREATED}; throws if {@code id} is blank.
   *
   * @param id the model id requests name, e.g. {@code "my-model"}
   * @param type what the model produces, which decides the endpoints that accept it
   * @return the model
   * @throws IllegalArgumentException when {@code id} is null or blank
   * @throws NullPointerException when {@code type} is null
   */
  public static FakeModel of(String id, Type type) {
    return new FakeModel(id, type, "fakehub", DEFAULT_CREATED);
  }

  /**
   * A chat model.
   *
   * @param id the model id requests name
   * @return a {@link Type#TEXT} model owned by {@code "fakehub"}
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public static FakeModel text(String id) {
    return of(id, Type.TEXT);
  }

  /**
   * An image generation model.
   *
   * @param id the model id requests name
   * @return a {@link Type#IMAGE} model owned by {@code "fakehub"}
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public static FakeModel image(String id) {
    return of(id, Type.IMAGE);
  }

  /**
   * A video generation model.
   *
   * @param id the model id requests name
   * @return a {@link Type#VIDEO} model owned by {@code "fakehub"}
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public static FakeModel video(String id) {
    return of(id, Type.VIDEO);
  }

  /**
   * An embedding model.
   *
   * @param id the model id requests name
   * @return a {@link Type#EMBEDDING} model owned by {@code "fakehub"}
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public static FakeModel embedding(String id) {
    return of(id, Type.EMBEDDING);
  }

  /**
   * A speech or transcription model.
   *
   * @param id the model id requests name
   * @return a {@link Type#AUDIO} model owned by {@code "fakehub"}
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public static FakeModel audio(String id) {
    return of(id, Type.AUDIO);
  }

  /**
   * A rerank model.
   *
   * @param id the model id requests name
   * @return a {@link Type#RERANK} model owned by {@code "fakehub"}
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public static FakeModel rerank(String id) {
    return of(id, Type.RERANK);
  }

  /**
   * The catalog a {@link FakeHub} starts with: text {@code gpt-5}, {@code gpt-4o-mini}, {@code claude-sonnet-4.5},
   * {@code deepseek-r1}; embedding {@code text-embedding-3-small}, {@code text-embedding-3-large}; image
   * {@code gpt-image-2}, {@code dall-e-3}; video {@code sora-2}, {@code sora-2-pro}, {@code veo-3.1-fast}; text
   * {@code gemini-2.5-pro}; audio {@code gpt-4o-mini-tts}, {@code gpt-4o-transcribe}, {@code whisper-1}; rerank
   * {@code rerank-v3.5}.
   *
   * @return the default catalog, unmodifiable, in that order
   */
  public static List<FakeModel> defaults() {
    return Collections.unmodifiableList(Arrays.asList(
        text("gpt-5"), text("gpt-4o-mini"), text("claude-sonnet-4.5"), text("deepseek-r1"),
        embedding("text-embedding-3-small"), embedding("text-embedding-3-large"),
        image("gpt-image-2"), image("dall-e-3"),
        video("sora-2"), video("sora-2-pro"), video("veo-3.1-fast"), text("gemini-2.5-pro"),
        audio("gpt-4o-mini-tts"), audio("gpt-4o-transcribe"), audio("whisper-1"), rerank("rerank-v3.5")));
  }

  /**
   * A copy reporting {@code ownedBy} as its {@code owned_by}.
   *
   * @param ownedBy the owner to report, e.g. {@code "openai"}
   * @return a changed copy; this model is unchanged
   * @throws NullPointerException when {@code ownedBy} is null
   */
  public FakeModel withOwnedBy(String ownedBy) {
    return new FakeModel(id, type, ownedBy, created);
  }

  /**
   * A copy reporting {@code created} (Unix seconds).
   *
   * @param created the creation time to report, in seconds since the epoch
   * @return a changed copy; this model is unchanged
   */
  public FakeModel withCreated(long created) {
    return new FakeModel(id, type, ownedBy, created);
  }

  /**
   * The model id requests name, e.g. {@code "gpt-5"}.
   *
   * @return the id, never blank
   */
  public String id() {
    return id;
  }

  /**
   * What the model produces; a request to an endpoint of another type answers 400 {@code invalid_model_type}.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * The {@code owned_by} value of {@code GET /models}.
   *
   * @return the owner, {@code "fakehub"} unless {@link #withOwnedBy} changed it
   */
  public String ownedBy() {
    return ownedBy;
  }

  /**
   * The {@code created} value of {@code GET /models}, in Unix seconds.
   *
   * @return the creation time, {@link #DEFAULT_CREATED} unless {@link #withCreated} changed it
   */
  public long created() {
    return created;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FakeModel)) {
      return false;
    }
    FakeModel that = (FakeModel) other;
    return id.equals(that.id) && type == that.type && ownedBy.equals(that.ownedBy) && created == that.created;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, ownedBy, created);
  }

  @Override
  public String toString() {
    return "FakeModel{" + id + ", " + type.wireName() + "}";
  }
}
