package dev.hubkit.media;

import dev.hubkit.media.internal.UploadBodies;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * A file to upload in a multipart request (a video's {@code input_reference}, an image to edit): from a
 * {@link Path}, a byte array or an {@link InputStream}, with its file name and content type. Paths and streams
 * are sent in chunks, never read whole into memory; a stream can be sent only once, so a call with one is not
 * retried.
 */
public final class UploadFile {
  private final String filename;
  private final MediaType contentType;
  private final long length;
  private final Path path;
  private final byte[] bytes;
  private final InputStream stream;

  private UploadFile(String filename, String contentType, long length, Path path, byte[] bytes, InputStream stream) {
    if (filename == null || filename.trim().isEmpty()) {
      throw new IllegalArgumentException("an upload needs a file name, e.g. \"reference.png\"");
    }
    MediaType type = MediaType.parse(Objects.requireNonNull(contentType, "contentType"));
    if (type == null) {
      throw new IllegalArgumentException("not a content type: '" + contentType + "'; use e.g. \"image/png\"");
    }
    this.filename = filename;
    this.contentType = type;
    this.length = length;
    this.path = path;
    this.bytes = bytes;
    this.stream = stream;
  }

  /**
   * The file at {@code path}, its content type guessed from the extension (png, jpg, jpeg, webp, gif, mp4, mov,
   * webm, mp3, wav, m4a; else {@code application/octet-stream}).
   *
   * @param path the file, read in chunks each time the request is sent; its name is sent as the file name
   * @return the upload
   * @throws IllegalArgumentException when the file does not exist
   */
  public static UploadFile of(Path path) {
    return of(path, UploadBodies.guessContentType(path.getFileName().toString()));
  }

  /**
   * The file at {@code path}, sent with {@code contentType}.
   *
   * @param path the file, read in chunks each time the request is sent
   * @param contentType the part's content type, e.g. {@code image/png}
   * @return the upload
   * @throws IllegalArgumentException when the file does not exist or {@code contentType} is not a content type
   */
  public static UploadFile of(Path path, String contentType) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no such file to upload: " + path);
    }
    return new UploadFile(path.getFileName().toString(), contentType, -1, path, null, null);
  }

  /**
   * Bytes in memory, sent as a file named {@code filename}.
   *
   * @param bytes the file's content, copied
   * @param filename the name sent in the part's {@code Content-Disposition}, e.g. {@code reference.png}
   * @param contentType the part's content type, e.g. {@code image/png}
   * @return the upload, which can be sent any number of times
   * @throws IllegalArgumentException when {@code filename} is blank or {@code contentType} is not a content type
   */
  public static UploadFile of(byte[] bytes, String filename, String contentType) {
    return new UploadFile(filename, contentType, bytes.length, null, bytes.clone(), null);
  }

  /**
   * A stream, read once while the request is sent; {@code length} is its size, or -1 when unknown (the body is
   * then sent chunked). The caller closes the stream after the call.
   *
   * @param stream the file's content, read once
   * @param length the number of bytes {@code stream} holds, or -1 when unknown
   * @param filename the name sent in the part's {@code Content-Disposition}, e.g. {@code reference.png}
   * @param contentType the part's content type, e.g. {@code image/png}
   * @return the upload; a call that sends it is not retried
   * @throws IllegalArgumentException when {@code filename} is blank or {@code contentType} is not a content type
   */
  public static UploadFile of(InputStream stream, long length, String filename, String contentType) {
    return new UploadFile(filename, contentType, length, null, null, Objects.requireNonNull(stream, "stream"));
  }

  /**
   * The file name sent in the part's {@code Content-Disposition}.
   *
   * @return the file name, never blank
   */
  public String filename() {
    return filename;
  }

  /**
   * The content type of the part.
   *
   * @return the content type as given or guessed, e.g. {@code image/png}
   */
  public String contentType() {
    return contentType.toString();
  }

  /**
   * The part's body, reporting progress to {@code listener}.
   *
   * @param listener told of the bytes sent as they go out
   * @return a request body that streams the file, the bytes or the stream
   */
  public RequestBody toRequestBody(TransferListener listener) {
    if (path != null) {
      return UploadBodies.ofPath(path, contentType, listener);
    }
    if (bytes != null) {
      return UploadBodies.ofBytes(bytes, contentType, listener);
    }
    return UploadBodies.ofStream(stream, length, contentType, listener);
  }

  @Override
  public String toString() {
    return "UploadFile{" + filename + ", " + contentType + (path != null ? ", " + path : "")
        + (bytes != null ? ", " + bytes.length + " bytes" : "") + (stream != null ? ", stream" : "") + "}";
  }
}
