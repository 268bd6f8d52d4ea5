package dev.hubkit.media.internal;

import dev.hubkit.core.HubConnectionException;
import dev.hubkit.core.HubException;
import dev.hubkit.core.internal.WatchdogHold;
import dev.hubkit.media.TransferListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

/** Streams a reply body to a file or an output stream in chunks: a large video never sits in memory. */
public final class Downloads {
  private static final long CHUNK = 64 * 1024;

  private Downloads() {}

  /**
   * Writes the body of {@code response} to {@code target} (through a temporary file beside it, moved into place
   * when complete, so a failed download leaves no partial file) and closes the response.
   *
   * @return the bytes written
   */
  public static long toPath(Response response, Path target, TransferListener listener, String what) {
    Path directory = target.toAbsolutePath().getParent();
    Path partial = null;
    try (Response reply = response) {
      partial = Files.createTempFile(directory, target.getFileName().toString(), ".part");
      long written;
      try (OutputStream out = Files.newOutputStream(partial)) {
        written = copy(reply, out, listener, what);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return written;
    } catch (IOException e) {
      throw new HubException("could not write " + what + " to " + target + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(partial);
    }
  }

  /** Writes the body of {@code response} to {@code out} (left open) and closes the response. */
  public static long toStream(Response response, OutputStream out, TransferListener listener, String what) {
    try (Response reply = response) {
      return copy(reply, out, listener, what);
    }
  }

  private static long copy(Response response, OutputStream out, TransferListener listener, String what) {
    long total = response.body().contentLength();
    BufferedSource source = response.body().source();
    try (WatchdogHold hold = WatchdogHold.whileReading(response.body())) {
      return copy(source, total, hold, out, listener, what);
    }
  }

  private static long copy(BufferedSource source, long total, WatchdogHold hold, OutputStream out,
      TransferListener listener, String what) {
    Buffer chunk = new Buffer();
    long done = 0;
    while (true) {
      long read;
      hold.renew();
      try {
        read = source.read(chunk, CHUNK);
      } catch (IOException e) {
        throw new HubConnectionException("the download of " + what + " broke after " + done + " bytes: "
            + e.getMessage(), e);
      }
      if (read == -1) {
        break;
      }
      try {
        chunk.writeTo(out);
      } catch (IOException e) {
        throw new HubException("could not write " + what + " after " + done + " bytes: " + e.getMessage(), e);
      }
      done += read;
      listener.onProgress(done, total);
    }
    if (total >= 0 && done != total) {
      throw new HubConnectionException("the download of " + what + " ended after " + done + " of " + total
          + " bytes", null);
    }
    return done;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // only a leftover temporary file; the download's own outcome was already reported
      }
    }
  }
}
