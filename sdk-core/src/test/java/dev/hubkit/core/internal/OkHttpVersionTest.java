package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OkHttpVersionTest {
  @Test
  void okHttp4OnTheClassPathIsRefusedNamingItsJarAndTheFix() {
    String problem = OkHttpVersion.problem("4.12.0", "okhttp-4.12.0.jar");

    assertTrue(problem.contains("the OkHttp on the class path is 4.12.0 (from okhttp-4.12.0.jar)"), problem);
    assertTrue(problem.contains("remove the <version> from your com.squareup.okhttp3:okhttp dependency"), problem);
    assertTrue(OkHttpVersion.problem("3.14.9", null).contains("is 3.14.9. Import dev.hubkit:hubkit-bom"));
  }

  @Test
  void okHttp5AndLaterOrAnUnreadableVersionPass() {
    assertNull(OkHttpVersion.problem("5.5.1", "okhttp-jvm-5.5.1.jar"));
    assertNull(OkHttpVersion.problem("6.0.0-alpha1", null));
    assertNull(OkHttpVersion.problem("$VERSION", null));
  }

  @Test
  void theOkHttpThisBuildRunsOnPasses() {
    OkHttpVersion.requireFive();
  }
}
