package dev.hubkit.core.internal;

import java.io.IOException;
import java.util.Arrays;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * A reply body read into one array as the decoder asks for it, so that decoding overlaps the network: bytes
 * {@code [0, filled())} of {@link #bytes()} have arrived, and {@link #more()} reads the next piece (what the
 * socket has, at most one network read). Positions never move: the array only grows, by copying, and
 * {@link #bytes()} then returns the new one. The array is allocated at the declared {@code Content-Length} (up to
 * {@value #MAX_PRESIZE} bytes) and doubled when a body is longer or has no length. A body read from a reply
 * ({@link #reading}) holds Okio's watchdog while it arrives ({@link WatchdogHold}, renewed before each read) until
 * {@link #close()}. One per reply, not thread-safe.
 */
public final class IncomingBody implements AutoCloseable {
  /**
   * The largest declared length allocated up front; a longer body grows as it arrives, so that a length a server
   * declares but never sends does not cost more than this.
   */
  static final int MAX_PRESIZE = 8 << 20;
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
  private static final int FIRST_CAPACITY = 16 << 10;

  private final BufferedSource source;
  private final WatchdogHold hold;
  private byte[] bytes;
  private int filled;
  private boolean complete;

  private IncomingBody(BufferedSource source, WatchdogHold hold, byte[] bytes, int filled, boolean complete) {
    this.source = source;
    this.hold = hold;
    this.bytes = bytes;
    this.filled = filled;
    this.complete = complete;
  }

  /**
   * A body to be read from {@code source}, which declares {@code contentLength} bytes (-1 when unknown), with no
   * watchdog hold (for tests; replies come through {@link #reading}).
   *
   * @throws IOException when the declared length cannot be held in one array
   */
  static IncomingBody of(BufferedSource source, long contentLength) throws IOException {
    return of(source, contentLength, WatchdogHold.none());
  }

  /**
   * The body of a reply, holding Okio's watchdog while a large one arrives ({@link WatchdogHold#whileReading}):
   * the hold is renewed before each read, so a body that takes longer than one read timeout to arrive keeps it,
   * and released by {@link #close()}, which leaves {@code body} itself open.
   *
   * @throws IOException when the declared length cannot be held in one array
   */
  public static IncomingBody reading(ResponseBody body) throws IOException {
    WatchdogHold hold = WatchdogHold.whileReading(body);
    try {
      return of(body.source(), body.contentLength(), hold);
    } catch (IOException | RuntimeException e) {
      hold.close();
      throw e;
    }
  }

  private static IncomingBody of(BufferedSource source, long contentLength, WatchdogHold hold) throws IOException {
    if (contentLength > MAX_ARRAY) {
      throw new IOException("the reply declares " + contentLength + " bytes, more than one array holds");
    }
    int capacity = contentLength < 0 ? FIRST_CAPACITY : (int) Math.min(contentLength, MAX_PRESIZE);
    return new IncomingBody(source, hold, new byte[capacity], 0, false);
  }

  /** A body that has arrived whole: {@code bytes}, which it does not copy. */
  public static IncomingBody of(byte[] bytes) {
    return new IncomingBody(null, WatchdogHold.none(), bytes, bytes.length, true);
  }

  /** The array holding the body; only {@code [0, filled())} is the body's, and a later read may replace it. */
  public byte[] bytes() {
    return bytes;
  }

  /** How many bytes have arrived. */
  public int filled() {
    return filled;
  }

  /** True when every byte has arrived: {@link #filled()} is the body's length. */
  public boolean complete() {
    return complete;
  }

  /**
   * Reads the next piece of the body: true when some bytes arrived, false (and {@link #complete()} from then on)
   * at its end. Blocks until the network delivers something.
   */
  public boolean more() throws IOException {
    if (complete) {
      return false;
    }
    if (filled == bytes.length) {
      if (!source.request(1)) {
        complete = true; // the body exactly filled the array: keep it, no copy
        return false;
      }
      grow();
    }
    hold.renew();
    int read = source.read(bytes, filled, bytes.length - filled);
    if (read < 0) {
      complete = true;
      return false;
    }
    filled += read;
    return true;
  }

  /** Reads until at least {@code length} bytes have arrived or the body ends; true when they have. */
  public boolean require(long length) throws IOException {
    while (filled < length && more()) {
      // more() added some
    }
    return filled >= length;
  }

  /** Reads the rest of the body and returns it in an array of exactly its length (the same array every call). */
  public byte[] all() throws IOException {
    while (more()) {
      // more() added some
    }
    if (bytes.length != filled) {
      bytes = Arrays.copyOf(bytes, filled);
    }
    return bytes;
  }

  /** Releases the watchdog hold of a body from {@link #reading}; the body's source stays open. */
  @Override
  public void close() {
    hold.close();
  }

  /** The hold this body renews (for tests). */
  WatchdogHold hold() {
    return hold;
  }

  private void grow() throws IOException {
    if (bytes.length == MAX_ARRAY) {
      throw new IOException("the reply is longer than one array holds (" + MAX_ARRAY + " bytes)");
    }
    int capacity = (int) Math.min(MAX_ARRAY, Math.max(FIRST_CAPACITY, 2L * bytes.length));
    bytes = Arrays.copyOf(bytes, capacity);
  }
}
