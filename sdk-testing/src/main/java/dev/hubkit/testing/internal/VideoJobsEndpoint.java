package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.FakeModel;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.MultipartPart;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;

/** OpenAI's {@code /videos}: create (multipart or JSON), retrieve, list, delete, remix, download content. */
final class VideoJobsEndpoint {
  private static final long THUMBNAIL_BYTES = 4096;
  private static final long SPRITESHEET_BYTES = 16384;

  private final HubSettings settings;
  private final ModelCatalog catalog;
  private final Map<String, VideoJob> jobs = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  VideoJobsEndpoint(HubSettings settings, ModelCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
  }

  /** {@code POST /videos}: fields {@code prompt} (required), {@code model}, {@code seconds}, {@code size}. */
  MockResponse create(RecordedHubRequest request, Fault failure) {
    String prompt = field(request, "prompt", "");
    String model = field(request, "model", "sora-2");
    if (!request.isJson() && request.parts().isEmpty()) {
      return Wire.invalidJson();
    }
    if (prompt.trim().isEmpty()) {
      return Wire.missingParameter("prompt");
    }
    MockResponse modelError = catalog.check(model, FakeModel.Type.VIDEO);
    if (modelError != null) {
      return modelError;
    }
    VideoJob job = add(model, prompt, field(request, "seconds", "4"), field(request, "size", "720x1280"), null,
        failure);
    return Wire.json(200, job.snapshot());
  }

  /** {@code POST /videos/{id}/remix} with {@code {"prompt"}}: a new job with the source's model, size and length. */
  MockResponse remix(RecordedHubRequest request, String id, Fault failure) {
    VideoJob source = find(id);
    if (source == null) {
      return notFound(id);
    }
    if (!request.isJson()) {
      return Wire.invalidJson();
    }
    String prompt = request.json().path("prompt").asText("");
    if (prompt.trim().isEmpty()) {
      return Wire.missingParameter("prompt");
    }
    VideoJob job = add(source.model(), prompt, source.seconds(), source.size(), id, failure);
    return Wire.json(200, job.snapshot());
  }

  /** {@code GET /videos/{id}}: counts a poll. */
  MockResponse retrieve(String id) {
    VideoJob job = find(id);
    return job == null ? notFound(id) : Wire.json(200, job.poll());
  }

  /** {@code DELETE /videos/{id}}. */
  MockResponse delete(String id) {
    VideoJob removed;
    synchronized (jobs) {
      removed = jobs.remove(id);
    }
    if (removed == null) {
      return notFound(id);
    }
    return Wire.json(200, Wire.object().put("id", id).put("object", "video.deleted").put("deleted", true));
  }

  /** {@code GET /videos?after&limit&order}: newest first unless {@code order=asc}; {@code limit} defaults to 20. */
  MockResponse list(RecordedHubRequest request) {
    List<VideoJob> all;
    synchronized (jobs) {
      all = new ArrayList<>(jobs.values());
    }
    if (!"asc".equals(request.queryParameter("order").orElse("desc"))) {
      Collections.reverse(all);
    }
    int start = 0;
    String after = request.queryParameter("after").orElse(null);
    for (int i = 0; after != null && i < all.size(); i++) {
      if (all.get(i).id.equals(after)) {
        start = i + 1;
      }
    }
    int limit = Math.max(1, Math.min(100, parseInt(request.queryParameter("limit").orElse("20"))));
    List<VideoJob> page = all.subList(Math.min(start, all.size()), Math.min(all.size(), start + limit));
    ObjectNode body = Wire.object().put("object", "list");
    ArrayNode data = body.putArray("data");
    for (VideoJob job : page) {
      data.add(job.snapshot());
    }
    body.put("first_id", page.isEmpty() ? null : page.get(0).id);
    body.put("last_id", page.isEmpty() ? null : page.get(page.size() - 1).id);
    body.put("has_more", start + page.size() < all.size());
    return Wire.json(200, body);
  }

  /** {@code GET /videos/{id}/content?variant=video|thumbnail|spritesheet}: bytes once the job completed. */
  MockResponse content(RecordedHubRequest request, String id) {
    VideoJob job = find(id);
    if (job == null) {
      return notFound(id);
    }
    if (!job.completed()) {
      return Wire.badRequest("video_not_ready", "Video '" + id + "' is " + job.status()
          + ", not completed; poll GET /videos/" + id + " until it completes");
    }
    String variant = request.queryParameter("variant").orElse("video");
    switch (variant) {
      case "video":
        return GeneratedBytes.mp4(id + "/video", settings.videoContentBytes());
      case "thumbnail":
        return GeneratedBytes.jpeg(id + "/thumbnail", THUMBNAIL_BYTES);
      case "spritesheet":
        return GeneratedBytes.jpeg(id + "/spritesheet", SPRITESHEET_BYTES);
      default:
        return Wire.json(400, Wire.errorBody("invalid_request_error", "invalid_value",
            "Invalid variant '" + variant + "': use video, thumbnail or spritesheet", "variant"));
    }
  }

  private VideoJob add(String model, String prompt, String seconds, String size, String remixedFrom, Fault failure) {
    VideoJob job = new VideoJob("video_fakehub_" + ids.incrementAndGet(), model, prompt, seconds, size, remixedFrom,
        failure, settings.pollsUntilComplete());
    synchronized (jobs) {
      jobs.put(job.id, job);
    }
    return job;
  }

  private VideoJob find(String id) {
    synchronized (jobs) {
      return jobs.get(id);
    }
  }

  private static MockResponse notFound(String id) {
    return Wire.notFound("video_not_found", "Video '" + id + "' not found");
  }

  /** A multipart field or JSON property as text ({@code "seconds": 8} and {@code "8"} alike). */
  private static String field(RecordedHubRequest request, String name, String fallback) {
    if (!request.parts().isEmpty()) {
      return request.part(name).map(MultipartPart::text).orElse(fallback);
    }
    if (request.isJson()) {
      JsonNode value = request.json().get(name);
      return value == null || value.isNull() ? fallback : value.asText();
    }
    return fallback;
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException notANumber) {
      return 20; // OpenAI's default page size
    }
  }
}
