package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.hubkit.chat.internal.FloatVectorDeserializer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One vector of an {@link EmbeddingResponse}, with the index of the input text it belongs to. The vector is read
 * straight into a {@code float[]}, from JSON numbers or from base64; {@link #embedding()} returns a copy and
 * {@link #asBuffer()} a read-only view without copying.
 */
public final class Embedding {
  private final int index;
  private final float[] vector;
  private final Map<String, Object> extra = new LinkedHashMap<>();

  @JsonCreator
  Embedding(@JsonProperty("index") int index,
      @JsonProperty("embedding") @JsonDeserialize(using = FloatVectorDeserializer.class) float[] vector) {
    this.index = index;
    this.vector = vector == null ? new float[0] : vector;
  }

  /**
   * An embedding of the given index and vector (copied), for tests and caches.
   *
   * @param index the position of the input text the vector belongs to
   * @param vector the vector; copied, so later changes to the array do not show
   * @return the embedding
   */
  public static Embedding of(int index, float[] vector) {
    return new Embedding(index, vector.clone());
  }

  /**
   * The position of the input text this vector belongs to.
   *
   * @return the index into the request's input list; 0 for a single text
   */
  @JsonProperty("index")
  public int index() {
    return index;
  }

  /**
   * A copy of the vector.
   *
   * @return a new array on every call; use {@link #asBuffer()} or {@link #get(int)} to read without copying
   */
  @JsonProperty("embedding")
  public float[] embedding() {
    return vector.clone();
  }

  /**
   * A read-only view of the vector, without copying.
   *
   * @return a read-only buffer over the vector, positioned at 0
   */
  public FloatBuffer asBuffer() {
    return FloatBuffer.wrap(vector).asReadOnlyBuffer();
  }

  /**
   * The vector's length.
   *
   * @return the number of components
   */
  public int dimensions() {
    return vector.length;
  }

  /**
   * The vector's component {@code i}; throws {@link ArrayIndexOutOfBoundsException} outside 0..dimensions-1.
   *
   * @param i the component's position, 0 to {@code dimensions() - 1}
   * @return the component
   * @throws ArrayIndexOutOfBoundsException when {@code i} is outside that range
   */
  public float get(int i) {
    return vector[i];
  }

  /**
   * Properties HubKit does not model ({@code object}, ...).
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  public Map<String, Object> extra() {
    return Collections.unmodifiableMap(extra);
  }

  @JsonAnySetter
  void putExtra(String name, Object value) {
    extra.put(name, value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Embedding && ((Embedding) other).index == index
        && Arrays.equals(((Embedding) other).vector, vector) && ((Embedding) other).extra.equals(extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, Arrays.hashCode(vector), extra);
  }

  @Override
  public String toString() {
    return "Embedding{index=" + index + ", dimensions=" + vector.length + "}";
  }
}
