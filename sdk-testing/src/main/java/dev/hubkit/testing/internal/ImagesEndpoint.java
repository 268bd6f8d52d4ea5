package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.FakeModel;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.ImageReplyStyle;
import dev.hubkit.testing.MultipartPart;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;

/**
 * {@code POST /images/generations} (synchronous OpenAI reply or CHMU task, per model) and multipart
 * {@code POST /images/edits} (always synchronous).
 */
final class ImagesEndpoint {
  private static final String EDIT_MODEL = "gpt-image-2";
  private static final int MAX_IMAGES = 10;

  private final HubSettings settings;
  private final ModelCatalog catalog;
  private final TasksEndpoint tasks;
  private final AtomicLong ids = new AtomicLong();

  ImagesEndpoint(HubSettings settings, ModelCatalog catalog, TasksEndpoint tasks) {
    this.settings = settings;
    this.catalog = catalog;
    this.tasks = tasks;
  }

  /** Whether a generation request will be answered with a task (so a task failure fault applies to it). */
  boolean createsTask(RecordedHubRequest request) {
    return request.isJson()
        && settings.imageStyle(request.json().path("model").asText("")) == ImageReplyStyle.TASK;
  }

  MockResponse generate(RecordedHubRequest request, Fault failure) {
    if (!request.isJson() || !request.json().isObject()) {
      return Wire.invalidJson();
    }
    JsonNode body = request.json();
    String model = body.path("model").asText(null);
    MockResponse modelError = catalog.check(model, FakeModel.Type.IMAGE);
    if (modelError != null) {
      return modelError;
    }
    String prompt = body.path("prompt").asText("");
    if (prompt.trim().isEmpty()) {
      return Wire.missingParameter("prompt");
    }
    int count = count(body.path("n").asText("1"));
    if (settings.imageStyle(model) == ImageReplyStyle.TASK) {
      return tasks.createImage(model, count, failure);
    }
    return Wire.json(200, images(request, prompt, count, body.path("response_format").asText("url")));
  }

  MockResponse edit(RecordedHubRequest request) {
    if (request.parts().isEmpty()) {
      return Wire.badRequest("invalid_request", "Image edits take multipart/form-data with 'image' and 'prompt'");
    }
    if (!request.part("image").isPresent() && !request.part("image[]").isPresent()) {
      return Wire.missingParameter("image");
    }
    String prompt = request.part("prompt").map(MultipartPart::text).orElse("");
    if (prompt.trim().isEmpty()) {
      return Wire.missingParameter("prompt");
    }
    String model = request.part("model").map(MultipartPart::text).orElse(EDIT_MODEL);
    MockResponse modelError = catalog.check(model, FakeModel.Type.IMAGE);
    if (modelError != null) {
      return modelError;
    }
    int count = count(request.part("n").map(MultipartPart::text).orElse("1"));
    String format = request.part("response_format").map(MultipartPart::text).orElse("url");
    return Wire.json(200, images(request, prompt, count, format));
  }

  /** {@code {created, data:[{url | b64_json, revised_prompt}]}}. */
  private ObjectNode images(RecordedHubRequest request, String prompt, int count, String format) {
    String id = "img_sync_" + ids.incrementAndGet();
    ObjectNode reply = Wire.object().put("created", System.currentTimeMillis() / 1000);
    ArrayNode data = reply.putArray("data");
    for (int i = 0; i < count; i++) {
      ObjectNode image = data.addObject();
      if ("b64_json".equals(format)) {
        image.put("b64_json", Base64.getEncoder().encodeToString(GeneratedBytes.TINY_PNG));
      } else {
        image.put("url", FilesEndpoint.url(request, id + "/image-" + i + ".png"));
      }
      image.put("revised_prompt", prompt);
    }
    return reply;
  }

  private static int count(String n) {
    try {
      return Math.max(1, Math.min(MAX_IMAGES, Integer.parseInt(n.trim())));
    } catch (NumberFormatException notANumber) {
      return 1; // hubs default n to 1; a malformed n is not what these tests are about
    }
  }
}
