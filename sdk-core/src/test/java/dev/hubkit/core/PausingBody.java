package dev.hubkit.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A MockWebServer reply body that writes its first half, pauses, then writes the rest: a hub that stalls
 * mid-reply. Shared with other modules' tests through sdk-core's test-jar.
 */
public final class PausingBody implements MockResponseBody {
  private final byte[] bytes;
  private final long pauseMillis;

  /** {@code body} as UTF-8, with a pause of {@code pauseMillis} after its first half. */
  public PausingBody(String body, long pauseMillis) {
    this.bytes = body.getBytes(StandardCharsets.UTF_8);
    this.pauseMillis = pauseMillis;
  }

  @Override
  public long getContentLength() {
    return bytes.length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(bytes, 0, bytes.length / 2).flush();
    try {
      Thread.sleep(pauseMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server is shutting down: the rest has nobody to go to
      return;
    }
    sink.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2).flush();
  }
}
