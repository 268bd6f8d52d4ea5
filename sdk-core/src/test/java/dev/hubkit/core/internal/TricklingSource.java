package dev.hubkit.core.internal;

import java.io.IOException;
import java.util.SplittableRandom;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/**
 * A body that arrives in pieces, as from a network, one piece per read: of random length up to a largest, or (with
 * no random) all of that length but the last. Shared with other modules' tests through sdk-core's test-jar.
 */
public final class TricklingSource implements Source {
  private final byte[] bytes;
  private final int largestPiece;
  private final SplittableRandom random;
  private int position;

  private TricklingSource(byte[] bytes, int largestPiece, SplittableRandom random) {
    this.bytes = bytes;
    this.largestPiece = largestPiece;
    this.random = random;
  }

  /** {@code bytes} in pieces of 1 to {@code largestPiece} bytes, the lengths drawn from {@code random}. */
  public static BufferedSource of(byte[] bytes, int largestPiece, SplittableRandom random) {
    return Okio.buffer(new TricklingSource(bytes, largestPiece, random));
  }

  /** {@code bytes} in pieces of exactly {@code piece} bytes (the last one maybe shorter). */
  public static BufferedSource inPiecesOf(byte[] bytes, int piece) {
    return Okio.buffer(new TricklingSource(bytes, piece, null));
  }

  /** {@code bytes} as an {@link IncomingBody} arriving that way, declaring its length or not. */
  public static IncomingBody arriving(byte[] bytes, int largestPiece, SplittableRandom random) throws IOException {
    return IncomingBody.of(of(bytes, largestPiece, random.split()), random.nextBoolean() ? bytes.length : -1);
  }

  @Override
  public long read(Buffer sink, long byteCount) {
    if (position == bytes.length) {
      return -1;
    }
    int length = random == null ? largestPiece : 1 + random.nextInt(largestPiece);
    int piece = (int) Math.min(Math.min(byteCount, bytes.length - position), length);
    sink.write(bytes, position, piece);
    position += piece;
    return piece;
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE;
  }

  @Override
  public void close() {}
}
