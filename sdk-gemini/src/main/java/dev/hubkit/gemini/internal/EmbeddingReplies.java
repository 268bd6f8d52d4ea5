package dev.hubkit.gemini.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.ResponseReader;
import java.util.ArrayList;
import java.util.List;

/** Readers of {@code embedContent}'s {@code {"embedding":{"values":[...]}}} and the batch's {@code embeddings}. */
public final class EmbeddingReplies {
  /** One vector. */
  public static final ResponseReader<float[]> ONE = new ResponseReader<float[]>() {
    private final ObjectReader reader = Json.mapper().readerFor(OneReply.class);

    @Override
    public float[] read(byte[] body) throws java.io.IOException {
      OneReply reply = reader.readValue(body);
      if (reply.embedding == null || reply.embedding.values == null) {
        throw new MalformedResponseException("embedContent returned no embedding.values", null);
      }
      return reply.embedding.values;
    }
  };

  /** The vectors of a batch, in request order. */
  public static final ResponseReader<List<float[]>> BATCH = new ResponseReader<List<float[]>>() {
    private final ObjectReader reader = Json.mapper().readerFor(BatchReply.class);

    @Override
    public List<float[]> read(byte[] body) throws java.io.IOException {
      BatchReply reply = reader.readValue(body);
      if (reply.embeddings == null) {
        throw new MalformedResponseException("batchEmbedContents returned no embeddings", null);
      }
      List<float[]> vectors = new ArrayList<>(reply.embeddings.size());
      for (Values values : reply.embeddings) {
        if (values == null || values.values == null) {
          throw new MalformedResponseException("batchEmbedContents returned an embedding without values at "
              + vectors.size(), null);
        }
        vectors.add(values.values);
      }
      return vectors;
    }
  };

  private EmbeddingReplies() {}

  /** {@code {"values": [...]}}. */
  static final class Values {
    public float[] values;
  }

  /** {@code {"embedding": {...}}}. */
  static final class OneReply {
    public Values embedding;
  }

  /** {@code {"embeddings": [...]}}. */
  static final class BatchReply {
    public List<Values> embeddings;
  }
}
