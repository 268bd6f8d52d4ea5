package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
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
}
