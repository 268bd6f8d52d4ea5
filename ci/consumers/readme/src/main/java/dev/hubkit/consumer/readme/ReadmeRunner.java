package dev.hubkit.consumer.readme;

import dev.hubkit.core.HubClient;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.ImageReplyStyle;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the README's statement snippets against FakeHub. The snippets read HUBKIT_API_KEY and HUBKIT_BASE_URL
 * (HubClient.fromEnv()), so this starts FakeHub and runs them in a child JVM with those variables set, in a
 * directory holding the files they name (photo.jpg, first-frame.png).
 */
public final class ReadmeRunner {
  private ReadmeRunner() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 1 && args[0].equals("snippets")) {
      runSnippets();
      return;
    }
    Path directory = Files.createTempDirectory("hubkit-readme");
    Files.write(directory.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
    Files.write(directory.resolve("first-frame.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    Files.write(directory.resolve("forecast.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    int exit;
    try (FakeHub fake = FakeHub.builder().acceptUnknownModels(true).pollsUntilComplete(1)
        .imageReplyStyle("gpt-image-2", ImageReplyStyle.TASK).start()) {
      ProcessBuilder child = new ProcessBuilder(
          System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
          "-cp", absolute(System.getProperty("java.class.path")), ReadmeRunner.class.getName(), "snippets")
          .directory(directory.toFile()).inheritIO();
      Map<String, String> environment = child.environment();
      environment.put(HubClient.API_KEY_ENV, fake.apiKey());
      environment.put(HubClient.BASE_URL_ENV, fake.baseUrl());
      environment.put("HUBKIT_CLAUDE_BASE_URL", fake.rootUrl()); // FakeHub serves Claude's format at its root,
      environment.put("HUBKIT_GEMINI_BASE_URL", fake.baseUrl()); // Gemini's below its base URL, as the examples
      exit = child.start().waitFor();
    }
    System.exit(exit);
  }

  private static String absolute(String classPath) {
    StringBuilder absolute = new StringBuilder();
    for (String entry : classPath.split(File.pathSeparator)) {
      absolute.append(absolute.length() == 0 ? "" : File.pathSeparator).append(new File(entry).getAbsolutePath());
    }
    return absolute.toString();
  }

  private static void runSnippets() {
    for (Class<?> snippet : Snippets.ALL) {
      try (HubClient hub = HubClient.fromEnv()) {
        SnippetContext context = (SnippetContext) snippet.getDeclaredConstructor().newInstance();
        context.runWith(hub);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(snippet.getSimpleName() + " cannot be created", e);
      } catch (RuntimeException e) {
        System.err.println("README snippet " + snippet.getSimpleName() + " failed against FakeHub:");
        e.printStackTrace();
        System.exit(1);
      }
    }
    System.out.println();
    System.out.println("README: " + Snippets.ALL.length + " snippets ran against FakeHub");
    System.exit(0);
  }
}
