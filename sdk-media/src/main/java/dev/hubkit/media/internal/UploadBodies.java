package dev.hubkit.media.internal;

import dev.hubkit.media.TransferListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/** Request bodies that stream a file or an input stream in chunks, reporting progress. */
public final class UploadBodies {
  private static final int CHUNK = 64 * 1024;

  private UploadBodies() {}

  /** A body reading {@code path} afresh each time it is written, so a retry can send it again. */
  public static RequestBody ofPath(Path path, MediaType type, TransferListener listener) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() throws IOException {
        return Files.size(path);
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try (Source source = Okio.source(path)) {
          copy(source, sink, contentLength(), listener);
        }
      }
    };
  }

  /** A body of bytes in memory. */
  public static RequestBody ofBytes(byte[] bytes, MediaType type, TransferListener listener) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return bytes.length;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        for (int offset = 0; offset < bytes.length; offset += CHUNK) {
          int count = Math.min(CHUNK, bytes.length - offset);
          sink.write(bytes, offset, count);
          listener.onProgress(offset + count, bytes.length);
        }
      }
    };
  }

  /** A one-shot body read from {@code stream}: never retried, as the stream cannot be read twice. */
  public static RequestBody ofStream(InputStream stream, long length, MediaType type, TransferListener listener) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return length;
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        long written = copy(Okio.source(stream), sink, length, listener);
        if (length >= 0 && written != length) {
          throw new IOException("the upload stream gave " + written + " bytes but its length was said to be "
              + length);
        }
      }
    };
  }

  private static long copy(Source source, BufferedSink sink, long total, TransferListener listener)
      throws IOException {
    long done = 0;
    for (long read; (read = source.read(sink.getBuffer(), CHUNK)) != -1; ) {
      done += read;
      sink.emitCompleteSegments();
      listener.onProgress(done, total);
    }
    return done;
  }

  /** The content type for a file name's extension. */
  public static String guessContentType(String filename) {
    String name = filename.toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    switch (extension) {
      case "png": return "image/png";
      case "jpg": case "jpeg": return "image/jpeg";
      case "webp": return "image/webp";
      case "gif": return "image/gif";
      case "mp4": return "video/mp4";
      case "mov": return "video/quicktime";
      case "webm": return "video/webm";
      case "mp3": return "audio/mpeg";
      case "wav": return "audio/wav";
      case "m4a": return "audio/mp4";
      default: return "application/octet-stream";
    }
  }
}
