package dev.hubkit.core.internal;

import java.net.URL;
import java.security.CodeSource;

/**
 * Refuses to build a client on OkHttp 3 or 4. HubKit is built on OkHttp 5 ({@code okhttp-jvm}); a build that pins
 * {@code com.squareup.okhttp3:okhttp} to 4.x keeps that jar beside HubKit's, OkHttp 4's classes win, and calls
 * fail much later with a {@code NoSuchMethodError} deep inside OkHttp. The version is read reflectively (the
 * constant is inlined at compile time), and a class path where it cannot be read (a shrunk app) passes.
 */
public final class OkHttpVersion {
  private OkHttpVersion() {}

  /**
   * @throws IllegalStateException when OkHttp 3 or 4 is the OkHttp on the class path, saying how to fix the build
   */
  public static void requireFive() {
    String version;
    String where;
    try {
      Class<?> okHttp = Class.forName("okhttp3.OkHttp");
      version = String.valueOf(okHttp.getField("VERSION").get(null));
      where = jarOf(okHttp);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return;
    }
    String problem = problem(version, where);
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
  }

  /**
   * @param version the OkHttp version found, e.g. {@code 4.12.0}
   * @param where the jar it came from, or null
   * @return what is wrong and how to fix it, or null when the version is 5 or later
   */
  static String problem(String version, String where) {
    int dot = version.indexOf('.');
    int major;
    try {
      major = Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    } catch (NumberFormatException e) {
      return null;
    }
    if (major >= 5) {
      return null;
    }
    return "HubKit needs OkHttp 5 (com.squareup.okhttp3:okhttp-jvm 5.x), but the OkHttp on the class path is "
        + version + (where == null ? "" : " (from " + where + ")") + ". Import dev.hubkit:hubkit-bom in"
        + " <dependencyManagement> and remove the <version> from your com.squareup.okhttp3:okhttp dependency: a"
        + " version written on a dependency beats every BOM (Gradle: use platform(\"dev.hubkit:hubkit-bom:...\")"
        + " and drop the version, or require okhttp 5). Retrofit 2 and logging-interceptor work on OkHttp 5.";
  }

  private static String jarOf(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null) {
        return null;
      }
      String path = location.getPath();
      return path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
