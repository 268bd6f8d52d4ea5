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
 * of a class extending the context of its README section, which declares what the section's snippets take as given
 * (SnippetContext: hub, request, chat, ui, log, ...; ResponsesSnippetContext, ClaudeSnippetContext,
 * GeminiSnippetContext for the Responses, Claude and Gemini sections, whose types they import instead of the chat's).
 * Types a statement block declares at its first column (a class a snippet's calls read into) become members of its
 * class. A block right after an {@code <!-- compile-only: reason -->} line (one that needs what FakeHub does not
 * serve) is compiled and not run. Usage: java ReadmeSnippets.java README.md OUTPUT_DIR
 */
public final class ReadmeSnippets {
  private static final String COMMON_IMPORTS = String.join("\n",
      "import dev.hubkit.core.*;",
      "import com.fasterxml.jackson.annotation.*;",
      "import com.fasterxml.jackson.databind.node.*;",
      "import okhttp3.HttpUrl;",
      "import java.nio.file.*;",
      "import java.time.*;",
      "import java.util.*;",
      "import java.util.concurrent.*;",
      "import java.util.concurrent.atomic.*;",
      "");
  private static final String TEST_IMPORTS = String.join("\n",
      "import org.junit.jupiter.api.*;",
      "import org.junit.jupiter.api.extension.*;",
      "import static org.junit.jupiter.api.Assertions.*;",
      "");
  private static final Pattern TYPE_DECLARATION =
      Pattern.compile("^(@\\w+.*|(?:(?:public|static|final|abstract) )*(?:class|interface|enum) \\w+.*)$");

  /** The README sections whose snippets use another API's types, and what those snippets take as given. */
  private enum Family {
    CHAT("SnippetContext", "dev.hubkit.chat", "dev.hubkit.media", "dev.hubkit.testing"),
    RESPONSES("ResponsesSnippetContext", "dev.hubkit.chat", "dev.hubkit.chat.responses"),
    CLAUDE("ClaudeSnippetContext", "dev.hubkit.anthropic"),
    GEMINI("GeminiSnippetContext", "dev.hubkit.gemini");

    final String context;
    final String imports;

    Family(String context, String... packages) {
      this.context = context;
      StringBuilder imports = new StringBuilder();
      for (String name : packages) {
        imports.append("import ").append(name).append(".*;\n");
      }
      this.imports = imports.toString();
    }

    static Family of(String heading) {
      if (heading.contains("Claude")) {
        return CLAUDE;
      } else if (heading.contains("Gemini")) {
        return GEMINI;
      } else if (heading.contains("Responses API")) {
        return RESPONSES;
      }
      return CHAT;
    }
  }

  public static void main(String[] args) throws IOException {
    String readme = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
    Path out = Paths.get(args[1]);
    Path main = out.resolve("main/dev/hubkit/consumer/readme");
    Path test = out.resolve("test/dev/hubkit/consumer/readme");
    Files.createDirectories(main);
    Files.createDirectories(test);
    Matcher block = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL).matcher(readme);
    Matcher headings = Pattern.compile("(?m)^## .*$").matcher(readme);
    String heading = "";
    int nextHeading = headings.find() ? headings.start() : Integer.MAX_VALUE;
    List<String> runnable = new ArrayList<>();
    int number = 0;
    while (block.find()) {
      while (nextHeading < block.start()) {
        heading = headings.group();
        nextHeading = headings.find() ? headings.start() : Integer.MAX_VALUE;
      }
      Family family = Family.of(heading);
      number++;
      String code = block.group(1);
      int line = lineOf(readme, block.start(1));
      String header = "package dev.hubkit.consumer.readme;\n\n" + family.imports + COMMON_IMPORTS
          + "\n// README.md line " + line + ", " + (heading.isEmpty() ? "before the first section" : heading) + "\n";
      Matcher declared = Pattern.compile("(?m)^(?:public |final )*class (\\w+)").matcher(code);
      if (declared.find()) {
        write(test.resolve(declared.group(1) + ".java"), header + TEST_IMPORTS + code);
      } else {
        String name = "Snippet" + number;
        String[] parts = splitTypeDeclarations(code);
        write(main.resolve(name + ".java"), header + "final class " + name + " extends " + family.context + " {\n"
            + parts[0] + "  @Override\n  void run() {\n" + parts[1] + "  }\n}\n");
        if (!readme.substring(0, block.start()).trim().matches("(?s).*<!-- compile-only: [^>]+-->$")) {
          runnable.add(name + ".class /* README.md line " + line + " */");
        }
      }
    }
    write(main.resolve("Snippets.java"), "package dev.hubkit.consumer.readme;\n\n"
        + "/** The README's statement snippets, in README order. */\nfinal class Snippets {\n"
        + "  static final Class<?>[] ALL = {\n    " + String.join(",\n    ", runnable) + "\n  };\n\n"
        + "  private Snippets() {}\n}\n");
    System.out.println("README.md: " + number + " Java snippets extracted, " + runnable.size() + " to run");
  }

  /**
   * Splits a statement block into the types it declares at its first column (annotations included, up to the line
   * that is a lone closing brace) and the statements, keeping every line in one of them.
   *
   * @return the declarations, then the statements
   */
  private static String[] splitTypeDeclarations(String code) {
    StringBuilder types = new StringBuilder();
    StringBuilder statements = new StringBuilder();
    boolean inType = false;
    for (String line : code.split("\n", -1)) {
      if (!inType && TYPE_DECLARATION.matcher(line).matches()) {
        inType = true;
      }
      (inType ? types : statements).append(line).append('\n');
      if (inType && line.equals("}")) {
        inType = false;
      }
    }
    String rest = statements.toString();
    return new String[] {types.toString(), rest.endsWith("\n\n") ? rest.substring(0, rest.length() - 1) : rest};
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
