package dev.hubkit.media;

/**
 * Hears how far an upload or a download has come, to show progress. Called on the thread moving the bytes,
 * after each chunk; keep it quick.
 */
@FunctionalInterface
public interface TransferListener {
  /** A listener that does nothing. */
  TransferListener NONE = (done, total) -> { };

  /**
   * @param bytesDone bytes moved so far
   * @param totalBytes the size when known, else -1
   */
  void onProgress(long bytesDone, long totalBytes);
}
