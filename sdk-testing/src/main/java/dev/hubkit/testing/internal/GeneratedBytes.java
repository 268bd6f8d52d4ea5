package dev.hubkit.testing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * Deterministic file content written in 8 KiB blocks, never held in memory whole: a format's magic header, then
 * bytes from a xorshift generator seeded by the file's name, then an optional trailer.
 */
final class GeneratedBytes implements MockResponseBody {
  /** A valid 1x1 PNG, answered for generated images. */
  static final byte[] TINY_PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
  private static final byte[] MP4_HEADER = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2',
      0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's', 'o', 'm'};
  private static final byte[] JPEG_HEADER = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
  private static final byte[] JPEG_TRAILER = {(byte) 0xFF, (byte) 0xD9};
  private static final byte[] MP3_HEADER = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
  private static final int BLOCK = 8192;

  private final long size;
  private final long seed;
  private final byte[] header;
  private final byte[] trailer;

  private GeneratedBytes(long size, String name, byte[] header, byte[] trailer) {
    this.size = size;
    this.seed = name.hashCode() * 0x9E3779B97F4A7C15L | 1;
    this.header = header;
    this.trailer = trailer;
  }

  /** A 200 reply of {@code size} bytes of MP4-looking content named {@code name}. */
  static MockResponse mp4(String name, long size) {
    return reply("video/mp4", new GeneratedBytes(size, name, MP4_HEADER, new byte[0]));
  }

  /** A 200 reply of {@code size} bytes starting like an MP3 with an ID3 tag (a music clip's audio). */
  static MockResponse mp3(String name, long size) {
    return reply("audio/mpeg", new GeneratedBytes(size, name, MP3_HEADER, new byte[0]));
  }

  /** A 200 reply of {@code size} bytes starting and ending like a JPEG. */
  static MockResponse jpeg(String name, long size) {
    return reply("image/jpeg", new GeneratedBytes(size, name, JPEG_HEADER, JPEG_TRAILER));
  }

  /** A 200 reply with {@link #TINY_PNG}. */
  static MockResponse png() {
    return new MockResponse.Builder().setHeader("Content-Type", "image/png")
        .body(new okio.Buffer().write(TINY_PNG)).build();
  }

  private static MockResponse reply(String contentType, GeneratedBytes body) {
    return new MockResponse.Builder().setHeader("Content-Type", contentType).body(body).build();
  }

  @Override
  public long getContentLength() {
    return size;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    long state = seed;
    byte[] block = new byte[BLOCK];
    long position = 0;
    while (position < size) {
      int length = (int) Math.min(BLOCK, size - position);
      for (int i = 0; i < length; i++) {
        long at = position + i;
        if (at < header.length) {
          block[i] = header[(int) at];
        } else if (at >= size - trailer.length) {
          block[i] = trailer[(int) (at - (size - trailer.length))];
        } else {
          state ^= state << 13;
          state ^= state >>> 7;
          state ^= state << 17;
          block[i] = (byte) state;
        }
      }
      sink.write(block, 0, length);
      position += length;
    }
    sink.flush();
  }

  @Override
  public String toString() {
    return "GeneratedBytes{" + size + " bytes, header " + new String(header, StandardCharsets.ISO_8859_1) + "}";
  }
}
