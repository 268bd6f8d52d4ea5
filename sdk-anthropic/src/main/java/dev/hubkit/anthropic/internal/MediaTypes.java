package dev.hubkit.anthropic.internal;

import dev.hubkit.anthropic.BlockSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells what kind of media bytes or files are: the image types Claude reads, PDF, and plain text. */
public final class MediaTypes {
  private MediaTypes() {}

  /**
   * @param file the file to read
   * @return its bytes
   * @throws UncheckedIOException when it cannot be read
   */
  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param bytes an image
   * @param what the image's name for the message
   * @return its MIME type, told by its first bytes, else by the name's extension
   * @throws IllegalArgumentException when it is not png, jpeg, gif or webp
   */
  public static String image(byte[] bytes, String what) {
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return "image/webp";
    }
    throw new IllegalArgumentException("cannot tell the image type of " + what + " (Claude reads png, jpeg, gif"
        + " and webp): pass it with ImageBlock.builder().source(BlockSource.base64(\"image/...\", bytes))");
  }

  /**
   * @param bytes a file's bytes
   * @return true when they start with {@code %PDF-}
   */
  public static boolean isPdf(byte[] bytes) {
    return startsWith(bytes, 0, '%', 'P', 'D', 'F', '-');
  }

  /**
   * @param bytes bytes that should be a PDF
   * @param what their name for the message
   * @throws IllegalArgumentException when they are not
   */
  public static void requirePdf(byte[] bytes, String what) {
    if (!isPdf(bytes)) {
      throw new IllegalArgumentException(what + " are not a PDF (no %PDF- header): pass a PDF, or plain text with"
          + " DocumentBlock.text(...)");
    }
  }

  /**
   * @param bytes a {@code .txt} or {@code .md} file's bytes
   * @param file the file, for its name
   * @return a {@code text} source of its UTF-8 text
   * @throws IllegalArgumentException when the file is neither named as text nor valid UTF-8
   */
  public static BlockSource plainTextSource(byte[] bytes, Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".txt") && !lower.endsWith(".md")) {
      throw new IllegalArgumentException(file + " is not a PDF (no %PDF- header) nor a .txt or .md file: Claude's"
          + " documents are PDFs or plain text");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return BlockSource.builder().type("text").mediaType("text/plain").data(text).build();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + " is not valid UTF-8 text: convert it to UTF-8 first", e);
    }
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
