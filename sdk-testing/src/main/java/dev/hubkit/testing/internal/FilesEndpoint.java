package dev.hubkit.testing.internal;

import dev.hubkit.testing.RecordedHubRequest;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;

/**
 * {@code GET /files/...}, outside the API prefix and without authentication, as a hub's storage bucket: result
 * files of tasks and images. {@code .mp4} answers generated video bytes, {@code .jpg} a JPEG, {@code .png} a PNG.
 */
final class FilesEndpoint {
  /** The root of file URLs, never under the API prefix (unless the prefix is empty). */
  static final String ROOT = "/files/";
  private static final long THUMBNAIL_BYTES = 4096;

  private final HubSettings settings;

  FilesEndpoint(HubSettings settings) {
    this.settings = settings;
  }

  /** The absolute URL of {@code /files/<name>} on the hub that received {@code request}. */
  static String url(RecordedHubRequest request, String name) {
    return HttpUrl.get(request.url()).newBuilder().encodedPath(ROOT + name).query(null).build().toString();
  }

  MockResponse handle(RecordedHubRequest request) {
    String path = request.fullPath();
    if (!"GET".equals(request.method()) && !"HEAD".equals(request.method())) {
      return Wire.error(405, "invalid_request_error", "method_not_allowed", request.method() + " " + path);
    }
    if (path.endsWith(".mp4")) {
      return GeneratedBytes.mp4(path, settings.videoContentBytes());
    }
    if (path.endsWith(".mp3")) {
      return GeneratedBytes.mp3(path, THUMBNAIL_BYTES * 4);
    }
    if (path.endsWith(".jpg")) {
      return GeneratedBytes.jpeg(path, THUMBNAIL_BYTES);
    }
    if (path.endsWith(".png")) {
      return GeneratedBytes.png();
    }
    return new MockResponse.Builder().code(404).setHeader("Content-Type", "text/plain")
        .body("No such file: " + path).build();
  }
}
