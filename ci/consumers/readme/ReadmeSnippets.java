import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies every ```java block of README.md, verbatim, into compilable sources: a block that declares a class
 * becomes a test class of its own (run by surefire), any other block becomes the body of a method run()
 * of a class extending SnippetContext, which declares what the README's snippets take as given (hub, request,
 * chat, ui, log, metrics, sharedOkHttpClient). Usage: java ReadmeSnippets.java README.md OUTPUT_DIR
 */
public final class ReadmeSnippets {
  private static final String IMPORTS = String.join("\n",
      "import dev.hubkit.chat.*;",
      "import dev.hubkit.core.*;",
      "import dev.hubkit.media.*;",
      "import dev.hubkit.chat.responses.*;",
      "import dev.hubkit.anthropic.*;",
      "import dev.hubkit.gemini.*;",
      "import com.fasterxml.jackson.databind.node.*;",
      "import dev.hubkit.testing.*;",
      "import java.nio.file.*;",
      "import java.time.*;",
      "import java.util.*;",
      "import java.util.concurrent.*;",
      "");
  private static final String TEST_IMPORTS = String.join("\n",
      "import org.junit.jupiter.api.*;",
      "import org.junit.jupiter.api.extension.*;",
      "import static org.junit.jupiter.api.Assertions.*;",
      "");

  public static void main(String[] args) throws IOException {
    String readme = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
    Path out = Paths.get(args[1]);
    Path main = out.resolve("main/dev/hubkit/consumer/readme");
    Path test = out.resolve("test/dev/hubkit/consumer/readme");
    Files.createDirectories(main);
    Files.createDirectories(test);
    Matcher block = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL).matcher(readme);
    List<String> runnable = new ArrayList<>();
    int number = 0;
    while (block.find()) {
      number++;
      String code = block.group(1);
      int line = lineOf(readme, block.start(1));
      String header = "package dev.hubkit.consumer.readme;\n\n" + IMPORTS + "\n// README.md line " + line + "\n";
      Matcher declared = Pattern.compile("(?m)^(?:public |final )*class (\\w+)").matcher(code);
      if (declared.find()) {
        write(test.resolve(declared.group(1) + ".java"), header.replace(IMPORTS, IMPORTS + TEST_IMPORTS) + code);
      } else {
        String name = "Snippet" + number;
        write(main.resolve(name + ".java"), header + "final class " + name + " extends SnippetContext {\n"
            + "  @Override\n  void run() {\n" + code + "  }\n}\n");
        runnable.add(name + ".class /* README.md line " + line + " */");
      }
    }
    write(main.resolve("Snippets.java"), "package dev.hubkit.consumer.readme;\n\n"
        + "/** The README's statement snippets, in README order. */\nfinal class Snippets {\n"
        + "  static final Class<?>[] ALL = {\n    " + String.join(",\n    ", runnable) + "\n  };\n\n"
        + "  private Snippets() {}\n}\n");
    System.out.println("README.md: " + number + " Java snippets extracted, " + runnable.size() + " to run");
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
