package dev.hubkit.examples;

import dev.hubkit.chat.EmbeddingRequest;
import dev.hubkit.chat.EmbeddingResponse;
import dev.hubkit.chat.EmbeddingsApi;
import java.util.Arrays;
import java.util.List;

/** Embed three sentences and find which two are closest. */
public final class Embeddings {
  private Embeddings() {}

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) {
    List<String> sentences = Arrays.asList(
        "The cat sat on the mat.", "A kitten rested on the rug.", "Stock prices fell sharply today.");
    try (ExampleHub hub = ExampleHub.connect("Embeddings")) {
      EmbeddingResponse response = EmbeddingsApi.of(hub.client()).create(EmbeddingRequest.builder()
          .model(ExampleHub.model("HUBKIT_EMBEDDING_MODEL", "text-embedding-3-small"))
          .input(sentences)
          .build());
      float[][] vectors = new float[sentences.size()][];
      for (int i = 0; i < vectors.length; i++) {
        vectors[i] = response.data().get(i).embedding();
      }
      System.out.println(vectors.length + " vectors of " + vectors[0].length + " dimensions");
      for (int i = 0; i < vectors.length; i++) {
        for (int j = i + 1; j < vectors.length; j++) {
          System.out.printf("cosine(%d, %d) = %.4f%n", i, j, cosine(vectors[i], vectors[j]));
        }
      }
    }
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return dot / (Math.sqrt(normA) * Math.sqrt(normB));
  }
}
