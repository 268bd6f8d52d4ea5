package dev.hubkit.chat.internal;

import java.util.Locale;
import java.util.Optional;

/** Tells the MIME type of an image the vision endpoints accept (png, jpeg, webp, gif) from its bytes or name. */
public final class ImageMimeTypes {
  private ImageMimeTypes() {}

  /** The type the magic bytes at the start of {@code data} announce, if they are those of a known format. */
  public static Optional<String> fromMagicBytes(byte[] data) {
    if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(data, 0, 'G', 'I', 'F', '8')) {
      return Optional.of("image/gif");
    }
    if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  /** The type a file name's extension names ({@code .png}, {@code .jpg}, {@code .jpeg}, {@code .webp}, {@code .gif}). */
  public static Optional<String> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return Optional.of("image/png");
    }
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return Optional.of("image/jpeg");
    }
    if (name.endsWith(".webp")) {
      return Optional.of("image/webp");
    }
    if (name.endsWith(".gif")) {
      return Optional.of("image/gif");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] data, int offset, int... expected) {
    if (data.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((data[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
