package dev.hubkit.gemini;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the chunks of a streamed reply together into the reply {@code generateContent} would have given: per
 * candidate, consecutive text pieces (and thought pieces) joined into one part that keeps the signature sent with
 * its last piece, other parts (function calls, inline data) as they came, and the last finish reason, safety
 * ratings, grounding metadata and usage. For {@code streamAsync} listeners; {@link GeminiStream} has one built in.
 * Not thread-safe: feed it from one stream.
 */
public final class GeminiStreamAccumulator {
  private final Map<Integer, CandidateParts> candidates = new LinkedHashMap<>();
  private final GenerateContentResponse.Builder response = GenerateContentResponse.builder();
  private final Map<String, Object> extra = new LinkedHashMap<>();

  /**
   * Adds the next chunk.
   *
   * @param chunk a chunk of the stream, in order
   */
  public void add(GenerateContentResponse chunk) {
    for (int i = 0; i < chunk.candidates().size(); i++) {
      Candidate candidate = chunk.candidates().get(i);
      int index = candidate.index().orElse(i);
      CandidateParts parts = candidates.get(index);
      if (parts == null) {
        parts = new CandidateParts();
        candidates.put(index, parts);
      }
      parts.add(candidate);
    }
    chunk.promptFeedback().ifPresent(response::promptFeedback);
    chunk.usageMetadata().ifPresent(response::usageMetadata);
    chunk.modelVersion().ifPresent(response::modelVersion);
    chunk.responseId().ifPresent(response::responseId);
    if (!chunk.extra().isEmpty()) {
      extra.putAll(chunk.extra());
    }
  }

  /**
   * The reply so far; after the last chunk, the whole reply.
   *
   * @return the reply put together
   */
  public GenerateContentResponse toResponse() {
    List<Candidate> built = new ArrayList<>();
    for (CandidateParts parts : candidates.values()) {
      built.add(parts.build());
    }
    return GenerateContentResponse.builder().from(response.build()).candidates(built).extra(extra).build();
  }

  /** One candidate's parts and last metadata. */
  private static final class CandidateParts {
    private final List<Object> parts = new ArrayList<>(); // a Part, or a TextRun still growing
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private Candidate last;
    private Optional<String> role = Optional.empty();
    private Optional<FinishReason> finishReason = Optional.empty();
    private Optional<String> finishMessage = Optional.empty();
    private Optional<Map<String, Object>> grounding = Optional.empty();
    private Optional<Integer> index = Optional.empty();
    private List<SafetyRating> safetyRatings = new ArrayList<>();

    void add(Candidate candidate) {
      last = candidate;
      if (candidate.content().isPresent()) {
        Content content = candidate.content().get();
        if (content.role().isPresent()) {
          role = content.role();
        }
        for (Part part : content.parts()) {
          append(part);
        }
      }
      finishReason = candidate.finishReason().isPresent() ? candidate.finishReason() : finishReason;
      finishMessage = candidate.finishMessage().isPresent() ? candidate.finishMessage() : finishMessage;
      grounding = candidate.groundingMetadata().isPresent() ? candidate.groundingMetadata() : grounding;
      index = candidate.index().isPresent() ? candidate.index() : index;
      if (!candidate.safetyRatings().isEmpty()) {
        safetyRatings = candidate.safetyRatings();
      }
      if (!candidate.extra().isEmpty()) {
        extra.putAll(candidate.extra());
      }
    }

    /**
     * Joins a text piece to the text run before it (in a StringBuilder, so a long answer costs its length once);
     * a lone signature goes onto that run, which it closes.
     */
    private void append(Part part) {
      Object previous = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      TextRun run = previous instanceof TextRun ? (TextRun) previous : null;
      boolean open = run != null && run.signature == null;
      if (open && TextRun.accepts(part) && run.first.kind() == part.kind()) {
        run.text.append(part.text().get());
        run.signature = part.thoughtSignature().orElse(null);
      } else if (open && part.kind() == Part.Kind.OTHER && part.thoughtSignature().isPresent()
          && part.extra().isEmpty()) {
        run.signature = part.thoughtSignature().get();
      } else if (TextRun.accepts(part)) {
        parts.add(new TextRun(part));
      } else {
        parts.add(part);
      }
    }

    Candidate build() {
      List<Part> built = new ArrayList<>(parts.size());
      for (Object part : parts) {
        built.add(part instanceof TextRun ? ((TextRun) part).build() : (Part) part);
      }
      Candidate.Builder candidate = Candidate.builder().from(last).finishReason(finishReason)
          .finishMessage(finishMessage).groundingMetadata(grounding).index(index).safetyRatings(safetyRatings)
          .extra(extra);
      if (!built.isEmpty() || role.isPresent()) {
        Content.Builder content = Content.builder().parts(built);
        if (role.isPresent()) {
          content.role(role);
        }
        candidate.content(content.build());
      }
      return candidate.build();
    }
  }

  /** Consecutive text (or thought) pieces being joined, and the signature of the last one. */
  private static final class TextRun {
    final Part first;
    final StringBuilder text;
    String signature;

    TextRun(Part first) {
      this.first = first;
      this.text = new StringBuilder(first.text().get());
      this.signature = first.thoughtSignature().orElse(null);
    }

    /** Text or thought pieces without other members. */
    static boolean accepts(Part part) {
      return (part.kind() == Part.Kind.TEXT || part.kind() == Part.Kind.THOUGHT) && part.extra().isEmpty();
    }

    Part build() {
      return Part.builder().from(first).text(text.toString()).thoughtSignature(Optional.ofNullable(signature))
          .build();
    }
  }
}
