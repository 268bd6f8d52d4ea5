package dev.hubkit.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.HubClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB reference upload and a 1 GiB video download stream through a JVM whose whole heap is 192 MiB (the
 * module's surefire argLine): holding either in memory would fail with OutOfMemoryError. Prints the peak heap.
 */
class LargeTransferTest {
  private static final long GIB = 1024L * 1024 * 1024;

  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path tempDir;

  @Test
  void oneGibUploadAndDownloadStreamThroughASmallHeap() throws Exception {
    long maxHeap = Runtime.getRuntime().maxMemory();
    assertTrue(maxHeap < GIB / 4, "this test needs a small heap (-Xmx192m), has " + maxHeap);
    server.setBodyLimit(0); // the fake hub counts the upload's bytes without keeping them
    server.enqueue(MediaHub.json(200, "{\"id\":\"video_big\",\"status\":\"queued\",\"progress\":0}"));
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "video/mp4")
        .body(new PatternBody(GIB)).build());
    resetPeaks();

    try (HubClient client = MediaHub.client(server)) {
      VideosApi videos = VideosApi.of(client);
      long[] uploaded = new long[1];
      VideoJob job = videos.create(VideoCreateRequest.builder().prompt("Extend this clip")
          .inputReference(UploadFile.of(new PatternStream(GIB), GIB, "reference.mp4", "video/mp4")).build(),
          (done, total) -> uploaded[0] = done);
      long uploadPeak = peakHeap();
      RecordedRequest upload = server.takeRequest();
      resetPeaks();
      Path target = tempDir.resolve("big.mp4");
      long downloaded = videos.downloadContent(job.id(), VideoVariant.VIDEO, target, TransferListener.NONE);
      long downloadPeak = peakHeap();
      System.out.printf("LargeTransferTest: max heap %d MiB; peak heap %d MiB uploading 1 GiB, %d MiB downloading"
          + " 1 GiB%n", maxHeap >> 20, uploadPeak >> 20, downloadPeak >> 20);

      assertEquals(GIB, uploaded[0]);
      assertTrue(upload.getBodySize() > GIB, "multipart body of " + upload.getBodySize() + " bytes");
      assertEquals(GIB, downloaded);
      assertEquals(GIB, Files.size(target));
      assertEquals(PatternStream.byteAt(GIB - 1), lastByte(target));
      Files.delete(target);
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static byte lastByte(Path file) throws IOException {
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
      java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
      channel.read(one, channel.size() - 1);
      return one.get(0);
    }
  }

  /** A stream of {@code length} deterministic bytes, generated as read. */
  static final class PatternStream extends InputStream {
    private final long length;
    private long position;

    PatternStream(long length) {
      this.length = length;
    }

    static byte byteAt(long position) {
      return (byte) (position * 31 + (position >>> 12));
    }

    @Override
    public int read() {
      return position < length ? byteAt(position++) & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (position >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - position);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = byteAt(position++);
      }
      return n;
    }
  }

  /** A response body of {@code length} deterministic bytes, written in chunks as the client reads. */
  static final class PatternBody implements MockResponseBody {
    private final long length;

    PatternBody(long length) {
      this.length = length;
    }

    @Override
    public long getContentLength() {
      return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      PatternStream source = new PatternStream(length);
      byte[] chunk = new byte[64 * 1024];
      for (int n; (n = source.read(chunk, 0, chunk.length)) != -1; ) {
        sink.write(chunk, 0, n);
      }
      sink.flush();
    }
  }
}
