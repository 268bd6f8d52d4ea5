package dev.hubkit.media.internal;

import dev.hubkit.core.internal.HubRequest;
import java.util.ArrayList;
import java.util.List;

/** Turns a job route's path strings into {@link HubRequest}s: {@code /x/y} from the host root, {@code x/y} below the base. */
public final class JobPaths {
  private JobPaths() {}

  /** A JSON POST of {@code body} to {@code path}. */
  public static HubRequest post(String path, Object body) {
    HubRequest request = HubRequest.postJson(body, segments(path, null));
    return path.startsWith("/") ? request.fromHostRoot() : request;
  }

  /** A GET of {@code template} with {@code {id}} replaced by {@code id}, which stays one path segment. */
  public static HubRequest get(String template, String id) {
    HubRequest request = HubRequest.get(segments(template, id));
    return template.startsWith("/") ? request.fromHostRoot() : request;
  }

  private static String[] segments(String path, String id) {
    List<String> segments = new ArrayList<>();
    for (String segment : (path.startsWith("/") ? path.substring(1) : path).split("/", -1)) {
      segments.add(id == null ? segment : segment.replace("{id}", id));
    }
    return segments.toArray(new String[0]);
  }
}
