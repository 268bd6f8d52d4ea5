package dev.hubkit.chat.internal;

/**
 * Arithmetic on eight bytes at a time, held little-endian in a {@code long} (the first byte lowest), shared by the
 * byte-level number and base64 readers.
 */
final class EightBytes {
  /** Eight {@code '0'} bytes: XOR or subtract it to turn ASCII digits into their values. */
  static final long ZEROS = 0x3030303030303030L;
  private static final long LOW_7_BITS = 0x7F7F7F7F7F7F7F7FL;

  private EightBytes() {}

  /** The high bit of each zero byte of {@code word}, and no other bit (no carries between bytes). */
  static long zeroBytes(long word) {
    return ~(((word & LOW_7_BITS) + LOW_7_BITS) | word | LOW_7_BITS);
  }

  /** The value of eight digit bytes (each 0 to 9, the first the lowest byte): simdjson's SWAR conversion. */
  static long eightDigits(long digits) {
    long pairs = digits * 10 + (digits >>> 8);
    return (((pairs & 0x000000FF000000FFL) * 0x000F424000000064L)
        + (((pairs >>> 16) & 0x000000FF000000FFL) * 0x0000271000000001L)) >>> 32;
  }
}
