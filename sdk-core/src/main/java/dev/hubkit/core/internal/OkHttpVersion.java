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
  /** What is wrong with the OkHttp on the class path, or null; the class path does not change, so read once. */
  private static final String PROBLEM = onClassPath();

  private OkHttpVersion() {}

  /**
   * @throws IllegalStateException when OkHttp 3 or 4 is the OkHttp on the class path, saying how to fix the build
   */
  public static void requireFive() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  private static String onClassPath() {
    try {
      Class<?> okHttp = Class.forName("okhttp3.OkHttp");
      String version = String.valueOf(okHttp.getField("VERSION").get(null));
      return problem(version, isFiveOrLater(version) ? null : jarOf(okHttp));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return null;
    }
  }

  /**
   * @param version the OkHttp version found, e.g. {@code 4.12.0}
   * @param where the jar it came from, or null
   * @return what is wrong and how to fix it, or null when the version is 5 or later
   */
  static String problem(String version, String where) {
    if (isFiveOrLater(version)) {
      return null;
    }
    return "HubKit needs OkHttp 5 (com.squareup.okhttp3:okhttp-jvm 5.x), but the OkHttp on the class path is "
        + version + (where == null ? "" : " (from " + where + ")") + ". Import dev.hubkit:hubkit-bom in"
        + " <dependencyManagement> and remove the <version> from your com.squareup.okhttp3:okhttp dependency: a"
        + " version written on a dependency beats every BOM (Gradle: use platform(\"dev.hubkit:hubkit-bom:...\")"
        + " and drop the version, or require okhttp 5). Retrofit 2 and logging-interceptor work on OkHttp 5.";
  }

  /** Whether {@code version} is 5 or later, or not a version at all (nothing to refuse then). */
  private static boolean isFiveOrLater(String version) {
    int dot = version.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? version : version.substring(0, dot)) >= 5;
    } catch (NumberFormatException e) {
      return true;
    }
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
