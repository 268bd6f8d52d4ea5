package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

class IncomingBodyTest {
  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    SplittableRandom random = new SplittableRandom(length);
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  @Test
  void aBodyOfDeclaredLengthFillsOneArrayThatIsReturnedWithoutACopy() throws IOException {
    byte[] bytes = randomBytes(100_000);
    IncomingBody body = IncomingBody.of(TricklingSource.inPiecesOf(bytes, 3_000), bytes.length);
    byte[] array = body.bytes();
    assertEquals(bytes.length, array.length);

    assertTrue(body.more());
    assertEquals(3_000, body.filled(), "one read at a time");
    assertFalse(body.complete());
    byte[] all = body.all();

    assertSame(array, all);
    assertArrayEquals(bytes, all);
    assertTrue(body.complete());
    assertSame(all, body.all(), "the same array every call");
  }

  @Test
  void aBodyWithoutALengthGrowsAndEndsAtExactlyItsBytes() throws IOException {
    for (int length : new int[] {0, 1, 16 << 10, (16 << 10) + 1, 250_000}) {
      byte[] bytes = randomBytes(length);
      IncomingBody body = IncomingBody.of(TricklingSource.inPiecesOf(bytes, 7_777), -1);
      assertEquals(length > 0, body.require(1), "length " + length);
      assertArrayEquals(bytes, body.all(), "length " + length);
      assertFalse(body.more());
    }
  }

  @Test
  void requireReadsUpToTheAskedLengthOrTheEnd() throws IOException {
    byte[] bytes = randomBytes(50_000);
    IncomingBody body = IncomingBody.of(TricklingSource.inPiecesOf(bytes, 1_000), -1);

    assertTrue(body.require(4_500));
    assertEquals(5_000, body.filled(), "whole reads until the length is reached");
    assertArrayEquals(Arrays.copyOf(bytes, 5_000), Arrays.copyOf(body.bytes(), 5_000));
    assertFalse(body.require(50_001));
    assertTrue(body.complete());
    assertEquals(50_000, body.filled());
  }

  @Test
  void aBodyShorterOrLongerThanDeclaredIsReadAsItCame() throws IOException {
    byte[] bytes = randomBytes(40_000);
    assertArrayEquals(bytes, IncomingBody.of(TricklingSource.inPiecesOf(bytes, 4_096), 60_000).all());
    assertArrayEquals(bytes, IncomingBody.of(TricklingSource.inPiecesOf(bytes, 4_096), 10_000).all());
  }

  @Test
  void aDeclaredLengthBeyondOneArrayIsRefusedWithItsSize() {
    IOException error = assertThrows(IOException.class,
        () -> IncomingBody.of(TricklingSource.inPiecesOf(new byte[0], 1), 3L << 31));
    assertTrue(error.getMessage().contains("6442450944 bytes"), error.getMessage());
  }

  @Test
  void aHugeDeclaredLengthIsNotAllocatedUpFront() throws IOException {
    IncomingBody body = IncomingBody.of(TricklingSource.inPiecesOf(new byte[10], 10), Integer.MAX_VALUE - 100L);
    assertEquals(IncomingBody.MAX_PRESIZE, body.bytes().length);
    assertEquals(10, body.all().length);
  }

  @Test
  void aWholeBodyIsCompleteFromTheStart() throws IOException {
    byte[] bytes = randomBytes(10);
    IncomingBody body = IncomingBody.of(bytes);
    assertTrue(body.complete());
    assertFalse(body.more());
    assertSame(bytes, body.all());
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aReplyBodyArrivingForLongerThanItsReadTimeoutKeepsRenewingItsWatchdogHold() throws IOException {
    byte[] bytes = randomBytes(64 << 10);
    Source slow = new Source() { // 16 pieces of 4 KiB, 30 ms apart, behind a 50 ms read timeout
      private final Buffer rest = new Buffer().write(bytes);
      private final Timeout timeout = new Timeout().timeout(50, TimeUnit.MILLISECONDS);

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        if (rest.size() == 0) {
          return -1;
        }
        try {
          Thread.sleep(30);
        } catch (InterruptedException e) {
          throw new InterruptedIOException();
        }
        return rest.read(sink, Math.min(byteCount, 4096));
      }

      @Override
      public Timeout timeout() {
        return timeout;
      }

      @Override
      public void close() {}
    };
    ResponseBody reply = ResponseBody.create(Okio.buffer(slow), null, bytes.length);

    try (IncomingBody body = IncomingBody.reading(reply)) {
      assertTrue(body.hold().holding(), "a 64 KiB body with a read timeout is held");
      assertArrayEquals(bytes, body.all());
      // Without renewal the hold expires once, 50 ms in; renewed at each read it expires again about every 60 ms.
      assertTrue(body.hold().expirations() >= 3, "expirations: " + body.hold().expirations());
    }
  }
}
