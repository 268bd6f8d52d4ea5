package dev.hubkit.media;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.ResponseReader;
import java.util.Optional;

/**
 * What a hub answered to an image generation, in whichever style: the images themselves (OpenAI's {@code data[]}
 * with {@code url} or {@code b64_json}), or a task to poll (CHMU's {@code task_id}, and its cousins).
 */
final class ImageAnswer {
  /** Reads either style; a reply that is neither fails saying which fields it had. */
  static final ResponseReader<ImageAnswer> READER = body -> {
    JsonNode reply = Json.mapper().readTree(body);
    if (reply.path("data").isArray()) {
      return new ImageAnswer(Json.mapper().treeToValue(reply, ImagesResponse.class), null);
    }
    try {
      return new ImageAnswer(null, TaskSubmission.of(reply));
    } catch (MalformedResponseException e) { // HubTransport adds the method, path and status to these words
      throw JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null, e.getMessage(), e);
    }
  };

  final ImagesResponse images;
  final TaskSubmission task;

  private ImageAnswer(ImagesResponse images, TaskSubmission task) {
    this.images = images;
    this.task = task;
  }

  /** The images now, when the hub answered with them. */
  Optional<ImagesResponse> images() {
    return Optional.ofNullable(images);
  }

  /** The finished task's images as a synchronous reply would list them, with the task's id in {@code task_id}. */
  static ImagesResponse fromTask(String taskId, TaskStatus status) {
    ImagesResponse.Builder response = ImagesResponse.builder().putExtra("task_id", taskId);
    for (String url : status.imageUrls()) {
      response.addData(GeneratedImage.builder().url(url).build());
    }
    return response.build();
  }
}
