package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.testing.MultipartPart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;

/** Parses recorded request bodies: JSON, {@code multipart/form-data}, and paths relative to the API prefix. */
public final class RequestBodies {
  private RequestBodies() {}

  /** {@code fullPath} below {@code prefix}, or {@code fullPath} itself when it is not under the prefix. */
  public static String pathBelow(String prefix, String fullPath) {
    if (prefix.isEmpty()) {
      return fullPath;
    }
    if (fullPath.equals(prefix)) {
      return "/";
    }
    return fullPath.startsWith(prefix + "/") ? fullPath.substring(prefix.length()) : fullPath;
  }

  /** Whether {@code fullPath} lies under {@code prefix}. */
  public static boolean isBelow(String prefix, String fullPath) {
    return prefix.isEmpty() || fullPath.equals(prefix) || fullPath.startsWith(prefix + "/");
  }

  /** The body parsed as JSON, or null when it is empty or not JSON. */
  public static JsonNode parseJson(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = Wire.MAPPER.readTree(body);
      return node == null || node.isMissingNode() ? null : node;
    } catch (IOException notJson) {
      return null; // a body that is not JSON is a legal request; isJson() reports it
    }
  }

  /** The parts of a multipart body, or an empty list when {@code contentType} is not multipart or unreadable. */
  public static List<MultipartPart> parseMultipart(String contentType, byte[] body) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    if (type == null || !"multipart".equals(type.type()) || type.parameter("boundary") == null) {
      return Collections.emptyList();
    }
    List<MultipartPart> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(body), type.parameter("boundary"))) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        parts.add(new MultipartPart(dispositionParameter(disposition, "name"),
            dispositionParameter(disposition, "filename"), part.headers().get("Content-Type"),
            part.body().readByteArray()));
      }
    } catch (IOException malformed) {
      return Collections.emptyList(); // a malformed multipart body is recorded raw; endpoints answer 400
    }
    return Collections.unmodifiableList(parts);
  }

  /** A parameter of a {@code Content-Disposition} header such as {@code form-data; name="x"; filename="a.png"}. */
  static String dispositionParameter(String disposition, String parameter) {
    if (disposition == null) {
      return "name".equals(parameter) ? "" : null;
    }
    for (String piece : disposition.split(";")) {
      String trimmed = piece.trim();
      int equals = trimmed.indexOf('=');
      if (equals > 0 && trimmed.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals(parameter)) {
        String value = trimmed.substring(equals + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
      }
    }
    return "name".equals(parameter) ? "" : null;
  }
}
