package dev.hubkit.gemini;

import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.LazyReader;
import dev.hubkit.core.internal.StreamEnd;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Decodes the chunks of {@code streamGenerateContent?alt=sse}, one decoder per stream: the usual text chunk
 * straight off the token stream ({@link FastChunkReader}), anything else by data binding. Gemini sends no {@code [DONE]}: a clean end of the
 * body completes the stream once every candidate seen has a {@code finishReason}, or the prompt was blocked
 * ({@code promptFeedback.blockReason}); any other end is a cut.
 */
final class ChunkDecoder implements EventDecoder<GenerateContentResponse> {
  private static final LazyReader CHUNK = LazyReader.of(GenerateContentResponse.class);

  private final FastChunkReader fast = new FastChunkReader();

  @Override
  public GenerateContentResponse decodeOrdinary(byte[] data, int offset, int length) {
    try {
      return fast.read(data, offset, length);
    } catch (IOException | RuntimeException e) {
      return null; // not the usual shape after all: decode() reads it, and reports what is wrong with it
    }
  }

  @Override
  public GenerateContentResponse decode(byte[] data, int offset, int length) throws IOException {
    return CHUNK.get().readValue(data, offset, length);
  }

  @Override
  public StreamEnd<GenerateContentResponse> newStreamEnd() {
    return new CandidatesFinished();
  }

  /** Tracks which candidates have finished. */
  static final class CandidatesFinished implements StreamEnd<GenerateContentResponse> {
    private final Set<Integer> open = new HashSet<>();
    private boolean anyFinished;
    private boolean promptBlocked;

    @Override
    public boolean endsWith(GenerateContentResponse chunk) {
      for (int i = 0; i < chunk.candidates().size(); i++) {
        Candidate candidate = chunk.candidates().get(i);
        int index = candidate.index().orElse(i);
        if (candidate.finishReason().isPresent()) {
          open.remove(index);
          anyFinished = true;
        } else {
          open.add(index);
        }
      }
      if (chunk.promptFeedback().isPresent() && chunk.promptFeedback().get().get("blockReason") != null) {
        promptBlocked = true;
      }
      return false; // usage may still follow in a later chunk; the body's end completes the stream
    }

    @Override
    public boolean completeAtEndOfBody() {
      return promptBlocked || (anyFinished && open.isEmpty());
    }

    @Override
    public String awaited() {
      return "a finishReason for every candidate";
    }
  }
}
