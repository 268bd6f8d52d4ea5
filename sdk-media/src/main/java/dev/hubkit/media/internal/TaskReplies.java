package dev.hubkit.media.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the fields of task replies wherever the hub dialects put them. */
public final class TaskReplies {
  private TaskReplies() {}

  /**
   * The task object of a reply: {@code data} when the reply is new-api's envelope
   * ({@code {"code":"success","message":"","data":{...}}}), else the reply itself.
   */
  public static JsonNode unwrap(JsonNode reply) {
    JsonNode data = reply.get("data");
    boolean envelope = data != null && data.isObject() && !reply.has("status") && !reply.has("task_id")
        && (reply.has("code") || reply.has("message") || reply.has("success") || reply.size() == 1);
    return envelope ? data : reply;
  }

  /** The first of {@code names} present as a non-empty scalar, as text. */
  public static Optional<String> text(JsonNode json, String... names) {
    return field(json, names).filter(JsonNode::isValueNode).map(JsonNode::asText).filter(s -> !s.isEmpty());
  }

  /** The first of {@code names} present and not null. */
  public static Optional<JsonNode> field(JsonNode json, String... names) {
    for (String name : names) {
      JsonNode value = json.get(name);
      if (value != null && !value.isNull()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The text at a JSON pointer, if any. */
  public static Optional<String> url(JsonNode json, String pointer) {
    JsonNode value = json.at(pointer);
    return value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** URLs of a list field whose items are strings or objects with a {@code url}. */
  public static List<String> urlList(JsonNode json, String... names) {
    List<String> urls = new ArrayList<>();
    field(json, names).filter(JsonNode::isArray).ifPresent(items -> {
      for (JsonNode item : items) {
        JsonNode url = item.isTextual() ? item : item.get("url");
        if (url != null && url.isTextual() && !url.asText().isEmpty()) {
          urls.add(url.asText());
        }
      }
    });
    return urls;
  }

  /** Every result URL in a reply, in a fixed order of the places hubs use, without duplicates. */
  public static List<String> resultUrls(JsonNode json) {
    Set<String> urls = new LinkedHashSet<>();
    text(json, "videoUrl", "video_url").ifPresent(urls::add);
    urls.addAll(klingUrls(json, "videos"));
    text(json, "imageUrl", "image_url").ifPresent(urls::add);
    urls.addAll(urlList(json, "images", "imageUrls", "image_urls"));
    urls.addAll(klingUrls(json, "images"));
    genericUrl(json).ifPresent(urls::add);
    text(json, "thumbnailUrl", "thumbnail_url").ifPresent(urls::add);
    for (JsonNode clip : clips(json)) {
      for (String name : new String[] {"audio_url", "video_url", "image_url"}) {
        text(clip, name).ifPresent(urls::add);
      }
    }
    return new ArrayList<>(urls);
  }

  /** The clips of a Suno task: its {@code data} or {@code clips} list of objects. */
  public static List<JsonNode> clips(JsonNode json) {
    List<JsonNode> clips = new ArrayList<>();
    JsonNode items = json.path("data").isArray() ? json.path("data") : json.path("clips");
    for (JsonNode item : items) {
      if (item.isObject()) {
        clips.add(item);
      }
    }
    return clips;
  }

  /** The audio URLs of a music task: each clip's {@code audio_url}, else the task's own {@code audio_url}. */
  public static List<String> audioUrls(JsonNode json) {
    List<String> urls = new ArrayList<>();
    for (JsonNode clip : clips(json)) {
      text(clip, "audio_url", "audioUrl").ifPresent(urls::add);
    }
    if (urls.isEmpty()) {
      text(json, "audio_url", "audioUrl").ifPresent(urls::add);
    }
    return urls;
  }

  /**
   * The URLs of Kling's {@code task_result.videos} or {@code task_result.images} ({@code kind}). Kling's own reply
   * is an envelope ({@code {"code":0,"message":"SUCCEED","data":{"task_status":...,"task_result":{...}}}}), so after
   * {@link #unwrap} the result sits at the top; a reply that stays wrapped (it also has a top-level
   * {@code status}) keeps it under {@code data}. Both are read.
   */
  public static List<String> klingUrls(JsonNode json, String kind) {
    JsonNode result = json.path("task_result");
    if (!result.isObject()) {
      result = json.path("data").path("task_result");
    }
    return result.isObject() ? urlList(result, kind) : new ArrayList<>();
  }

  /** A result URL under a name that does not say what it is: {@code url}, {@code result_url}, {@code metadata.url}. */
  public static Optional<String> genericUrl(JsonNode json) {
    Optional<String> url = text(json, "url", "result_url", "resultUrl");
    return url.isPresent() ? url : url(json, "/metadata/url");
  }

  /** The error code of a failed task. */
  public static Optional<String> errorCode(JsonNode json) {
    JsonNode error = json.get("error");
    if (error != null && error.isObject()) {
      return text(error, "code", "type");
    }
    return text(json, "error_code", "errorCode", "fail_code");
  }

  /** The error message or failure reason of a failed task. */
  public static Optional<String> errorMessage(JsonNode json) {
    JsonNode error = json.get("error");
    if (error != null && error.isObject()) {
      Optional<String> message = text(error, "message");
      if (message.isPresent()) {
        return message;
      }
    }
    if (error != null && error.isTextual() && !error.asText().isEmpty()) {
      return Optional.of(error.asText());
    }
    return text(json, "fail_reason", "failReason", "failure_reason", "error_message", "task_status_msg");
  }
}
