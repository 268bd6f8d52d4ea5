package dev.hubkit.gemini.internal;

import java.util.Locale;
import java.util.Optional;

/** The MIME type of inline data, from its first bytes or else from a file name: images, PDF, audio, video. */
public final class MimeTypes {
  private MimeTypes() {}

  /**
   * The type the magic bytes of {@code data} show: PNG, JPEG, GIF, WebP, PDF, WAV, MP3, FLAC, Ogg; else empty.
   *
   * @param data the bytes
   * @return the type, if known
   */
  public static Optional<String> fromMagicBytes(byte[] data) {
    if (startsWith(data, 0, 0x89, 'P', 'N', 'G')) {
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
    if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'A', 'V', 'E')) {
      return Optional.of("audio/wav");
    }
    if (startsWith(data, 0, '%', 'P', 'D', 'F')) {
      return Optional.of("application/pdf");
    }
    if (startsWith(data, 0, 'I', 'D', '3') || startsWith(data, 0, 0xFF, 0xFB)) {
      return Optional.of("audio/mpeg");
    }
    if (startsWith(data, 0, 'f', 'L', 'a', 'C')) {
      return Optional.of("audio/flac");
    }
    if (startsWith(data, 0, 'O', 'g', 'g', 'S')) {
      return Optional.of("audio/ogg");
    }
    return Optional.empty();
  }

  /**
   * The type a file name's extension suggests, for the kinds Gemini reads inline; else empty.
   *
   * @param fileName the name, such as {@code photo.JPG}
   * @return the type, if known
   */
  public static Optional<String> fromFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    switch (extension) {
      case "png": return Optional.of("image/png");
      case "jpg":
      case "jpeg": return Optional.of("image/jpeg");
      case "gif": return Optional.of("image/gif");
      case "webp": return Optional.of("image/webp");
      case "heic": return Optional.of("image/heic");
      case "pdf": return Optional.of("application/pdf");
      case "wav": return Optional.of("audio/wav");
      case "mp3": return Optional.of("audio/mp3");
      case "flac": return Optional.of("audio/flac");
      case "ogg": return Optional.of("audio/ogg");
      case "aac": return Optional.of("audio/aac");
      case "mp4": return Optional.of("video/mp4");
      case "txt": return Optional.of("text/plain");
      default: return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] data, int offset, int... magic) {
    if (data.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((data[offset + i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
