package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;

/**
 * The job families relays serve at the host root, in the shapes of midjourney-proxy, new-api's Suno and Kling
 * relays and its unified video endpoint: Midjourney {@code /mj/submit/imagine|blend|describe|action},
 * {@code GET /mj/task/{id}/fetch}, {@code POST /mj/task/list-by-condition}; Suno {@code /suno/submit/music|lyrics},
 * {@code GET /suno/fetch/{id}}, {@code POST /suno/fetch}; Kling {@code POST /kling/v1/videos/text2video|image2video}
 * and {@code /kling/v1/images/generations}, {@code GET} the same path {@code /{id}}; {@code POST /v1/video/generations}
 * and {@code GET /v1/video/generations/{id}}. Each job finishes on its {@code pollsUntilComplete}-th status read
 * (a many-ids query counts once per job), or fails there when a {@code Fault.taskFailed} was queued.
 */
final class FamilyJobsEndpoint {
  private final HubSettings settings;
  private final Map<String, FamilyJob> jobs = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1712205491372000L);

  FamilyJobsEndpoint(HubSettings settings) {
    this.settings = settings;
  }

  /** Whether {@code fullPath} belongs to a family this endpoint serves. */
  static boolean serves(String fullPath) {
    return fullPath.startsWith("/mj/") || fullPath.startsWith("/suno/") || fullPath.startsWith("/kling/v1/")
        || fullPath.equals("/v1/video/generations") || fullPath.startsWith("/v1/video/generations/");
  }

  /** Whether the request submits a job (so a queued {@code Fault.taskFailed} applies to it). */
  static boolean creates(RecordedHubRequest request) {
    String path = request.fullPath();
    return "POST".equals(request.method()) && (path.startsWith("/mj/submit/") || path.startsWith("/suno/submit/")
        || path.startsWith("/kling/v1/") || path.equals("/v1/video/generations"));
  }

  MockResponse handle(RecordedHubRequest request, Fault fault) {
    String path = request.fullPath();
    boolean post = "POST".equals(request.method());
    if (post && !(request.isJson() && request.json().isObject())) {
      return Wire.invalidJson();
    }
    if (path.startsWith("/mj/")) {
      return midjourney(request, path, post, fault);
    }
    if (path.startsWith("/suno/")) {
      return suno(request, path, post, fault);
    }
    if (path.startsWith("/kling/v1/")) {
      return kling(request, path, post, fault);
    }
    if (post && path.equals("/v1/video/generations")) {
      if (request.json().path("prompt").asText("").trim().isEmpty()) {
        return Wire.missingParameter("prompt");
      }
      FamilyJob job = create("task_fakehub_", FamilyJob.Family.NEW_API_VIDEO, "generate", request, fault);
      return Wire.json(200, Wire.object().put("task_id", job.id).put("status", "queued"));
    }
    FamilyJob job = !post ? jobs.get(path.substring("/v1/video/generations/".length())) : null;
    if (job == null || job.family != FamilyJob.Family.NEW_API_VIDEO) {
      return Wire.notFound("task_not_found", "task_not_exist");
    }
    return Wire.json(200, FamilyReplies.newApiVideo(request, job, job.poll(settings.pollsUntilComplete())));
  }

  private MockResponse midjourney(RecordedHubRequest request, String path, boolean post, Fault fault) {
    if (post && path.startsWith("/mj/submit/")) {
      String kind = path.substring("/mj/submit/".length());
      JsonNode body = request.json();
      String action;
      switch (kind) {
        case "imagine":
          if (body.path("prompt").asText("").trim().isEmpty()) {
            return mjRejection("prompt_is_required");
          }
          action = "IMAGINE";
          break;
        case "blend":
          action = "BLEND";
          break;
        case "describe":
          action = "DESCRIBE";
          break;
        case "action":
          FamilyJob parent = jobs.get(body.path("taskId").asText(""));
          if (parent == null || parent.family != FamilyJob.Family.MIDJOURNEY) {
            return mjRejection("task_not_found");
          }
          if (parent.polls.get() < settings.pollsUntilComplete() || parent.failure != null) {
            return mjRejection("task_status_not_success");
          }
          action = actionOf(body.path("customId").asText(""));
          if (action == null) {
            return mjRejection("unknown_action:" + body.path("customId").asText(""));
          }
          break;
        default:
          return Wire.notFound("unknown_url", "Unknown request URL: POST " + path);
      }
      FamilyJob job = create("", FamilyJob.Family.MIDJOURNEY, action, request, fault);
      return Wire.json(200, Wire.object().put("code", 1).put("description", "Submit success").put("result", job.id)
          .set("properties", Wire.object()));
    }
    if (post && path.equals("/mj/task/list-by-condition")) {
      ArrayNode tasks = Wire.MAPPER.createArrayNode();
      for (JsonNode id : request.json().path("ids")) {
        FamilyJob job = jobs.get(id.asText());
        if (job != null && job.family == FamilyJob.Family.MIDJOURNEY) { // unknown ids are dropped, as relays do
          tasks.add(FamilyReplies.midjourney(request, job, job.poll(settings.pollsUntilComplete())));
        }
      }
      return Wire.json(200, tasks);
    }
    String[] segments = path.split("/");
    if (!post && segments.length == 5 && "task".equals(segments[2]) && "fetch".equals(segments[4])) {
      FamilyJob job = jobs.get(segments[3]);
      if (job == null || job.family != FamilyJob.Family.MIDJOURNEY) {
        return mjRejection("task_no_found");
      }
      return Wire.json(200, FamilyReplies.midjourney(request, job, job.poll(settings.pollsUntilComplete())));
    }
    return Wire.notFound("unknown_url", "Unknown request URL: " + request.method() + " " + path);
  }

  /** The action a button's custom id starts, as midjourney-proxy names it; null for one it refuses. */
  private static String actionOf(String customId) {
    if (customId.startsWith("MJ::JOB::upsample::")) {
      return "UPSCALE";
    }
    if (customId.startsWith("MJ::JOB::variation::")) {
      return "VARIATION";
    }
    if (customId.startsWith("MJ::JOB::reroll::")) {
      return "REROLL";
    }
    if (customId.startsWith("MJ::Outpaint::")) {
      return "ZOOM";
    }
    return null;
  }

  /** midjourney-proxy's own rejection: HTTP 400 with a trailing space in the description. */
  private static MockResponse mjRejection(String description) {
    return Wire.json(400, Wire.object().put("description", description + " ").put("type", "upstream_error")
        .put("code", 4));
  }

  private MockResponse suno(RecordedHubRequest request, String path, boolean post, Fault fault) {
    if (post && (path.equals("/suno/submit/music") || path.equals("/suno/submit/lyrics"))) {
      JsonNode body = request.json();
      boolean music = path.endsWith("music");
      if (body.path("prompt").asText("").trim().isEmpty()
          && (!music || body.path("gpt_description_prompt").asText("").trim().isEmpty())) {
        return sunoError(music ? "prompt or gpt_description_prompt is required" : "prompt is required");
      }
      FamilyJob job = create("suno-", FamilyJob.Family.SUNO, music ? "MUSIC" : "LYRICS", request, fault);
      return Wire.json(200, Wire.object().put("code", "success").put("message", "").put("data", job.id));
    }
    if (post && path.equals("/suno/fetch")) {
      ArrayNode tasks = Wire.MAPPER.createArrayNode();
      for (JsonNode id : request.json().path("ids")) {
        FamilyJob job = jobs.get(id.asText());
        if (job != null && job.family == FamilyJob.Family.SUNO) {
          tasks.add(FamilyReplies.suno(request, job, job.poll(settings.pollsUntilComplete())));
        }
      }
      ObjectNode reply = Wire.object().put("code", "success").put("message", "");
      reply.set("data", tasks);
      return Wire.json(200, reply);
    }
    FamilyJob job = !post && path.startsWith("/suno/fetch/") ? jobs.get(path.substring("/suno/fetch/".length())) : null;
    if (job == null || job.family != FamilyJob.Family.SUNO) {
      return sunoError("task_not_exist");
    }
    ObjectNode reply = Wire.object().put("code", "success").put("message", "");
    reply.set("data", FamilyReplies.suno(request, job, job.poll(settings.pollsUntilComplete())));
    return Wire.json(200, reply);
  }

  private static MockResponse sunoError(String message) {
    return Wire.json(400, Wire.object().put("code", "invalid_request").put("message", message).putNull("data"));
  }

  private MockResponse kling(RecordedHubRequest request, String path, boolean post, Fault fault) {
    for (String family : new String[] {"/kling/v1/videos/text2video", "/kling/v1/videos/image2video",
        "/kling/v1/images/generations"}) {
      if (post && path.equals(family)) {
        if (request.json().path("prompt").asText("").trim().isEmpty() && !family.contains("image2video")) {
          return Wire.json(400, Wire.object().put("code", 1201).put("message", "prompt is required")
              .put("request_id", "req-invalid"));
        }
        FamilyJob job = create("", FamilyJob.Family.KLING, family, request, fault);
        return Wire.json(200, FamilyReplies.kling(request, job, null));
      }
      if (!post && path.startsWith(family + "/")) {
        FamilyJob job = jobs.get(path.substring(family.length() + 1));
        if (job == null || !family.equals(job.action)) {
          return Wire.json(404, Wire.object().put("code", 1203).put("message", "task not found")
              .put("request_id", "req-missing"));
        }
        return Wire.json(200, FamilyReplies.kling(request, job, job.poll(settings.pollsUntilComplete())));
      }
    }
    return Wire.notFound("unknown_url", "Unknown request URL: " + request.method() + " " + path);
  }

  private FamilyJob create(String prefix, FamilyJob.Family family, String action, RecordedHubRequest request,
      Fault fault) {
    FamilyJob job = new FamilyJob(prefix + ids.incrementAndGet(), family, action, request.json(),
        fault != null && fault.kind() == Fault.Kind.TASK_FAILED ? fault : null);
    jobs.put(job.id, job);
    return job;
  }
}
