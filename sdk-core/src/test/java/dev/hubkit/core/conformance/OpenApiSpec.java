package dev.hubkit.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * OpenAI's published OpenAPI document ({@code shared/openapi/openai-openapi.yaml} beside the repository), for tests
 * that validate the JSON HubKit sends against its {@code components/schemas} (JSON Schema 2020-12).
 */
public final class OpenApiSpec {
  private static OpenApiSpec instance;

  private final JsonNode document;
  private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private OpenApiSpec(JsonNode document) {
    this.document = document;
  }

  /** The document, read once per test JVM from the shared folder beside the repository. */
  public static synchronized OpenApiSpec load() {
    if (instance == null) {
      Path file = locate();
      try {
        instance = new OpenApiSpec(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return instance;
  }

  private static Path locate() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/openapi/openai-openapi.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/openapi/openai-openapi.yaml not found above "
        + Paths.get("").toAbsolutePath() + ": the conformance tests need the shared folder beside the repository");
  }

  /** The schema named {@code name} under {@code components/schemas}, with its references resolvable. */
  public JsonSchema schema(String name) {
    if (document.path("components").path("schemas").path(name).isMissingNode()) {
      throw new IllegalArgumentException("no schema " + name + " in the OpenAPI document");
    }
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#/components/schemas/" + name);
    root.set("components", document.get("components"));
    return factory.getSchema(root);
  }

  /** The messages of every rule {@code json} breaks in schema {@code name}; empty when it conforms. */
  public Set<String> violations(String name, JsonNode json) {
    return schema(name).validate(json).stream().map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The example responses of an operation ({@code x-oaiMeta.examples[].response}), each JSON value in them
   * parsed; a streaming example gives one value per chunk, text that is not JSON is skipped.
   */
  public List<JsonNode> examples(String path, String method) {
    List<JsonNode> values = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (JsonNode example : exampleNodes(path, method)) {
      String response = example.path("response").asText("");
      try (MappingIterator<JsonNode> parsed = json.readerFor(JsonNode.class).readValues(response)) {
        while (parsed.hasNextValue()) {
          values.add(parsed.nextValue());
        }
      } catch (IOException | RuntimeException notJson) {
        // the rest of this example is prose or a placeholder such as "..."
      }
    }
    return values;
  }

  /** The raw example response texts of an operation, for examples that abbreviate with "...". */
  public List<String> exampleTexts(String path, String method) {
    List<String> texts = new ArrayList<>();
    for (JsonNode example : exampleNodes(path, method)) {
      texts.add(example.path("response").asText(""));
    }
    return texts;
  }

  /** {@code x-oaiMeta.examples} is a list of examples on some operations and a single example on others. */
  private List<JsonNode> exampleNodes(String path, String method) {
    JsonNode examples = document.path("paths").path(path).path(method).path("x-oaiMeta").path("examples");
    List<JsonNode> nodes = new ArrayList<>();
    if (examples.isObject()) {
      nodes.add(examples);
    } else {
      examples.forEach(nodes::add);
    }
    return nodes;
  }

  /**
   * Fails unless every non-null value of {@code expected} is in {@code actual} at the same place, numbers compared
   * by value: what a decode-and-re-encode round trip must keep.
   */
  @SuppressWarnings("deprecation") // fields(): properties() is Jackson 2.15+, and the tests also run on 2.12
  public static void assertKeeps(JsonNode expected, JsonNode actual, String where) {
    if (expected.isObject()) {
      expected.fields().forEachRemaining(field -> {
        if (!field.getValue().isNull()) {
          JsonNode value = actual == null ? null : actual.get(field.getKey());
          if (value == null) {
            throw new AssertionError(where + "/" + field.getKey() + " was lost");
          }
          assertKeeps(field.getValue(), value, where + "/" + field.getKey());
        }
      });
    } else if (expected.isArray()) {
      if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
        throw new AssertionError(where + ": expected " + expected + " but was " + actual);
      }
      for (int i = 0; i < expected.size(); i++) {
        assertKeeps(expected.get(i), actual.get(i), where + "/" + i);
      }
    } else if (expected.isNumber() ? !actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0
        : !expected.equals(actual)) {
      throw new AssertionError(where + ": expected " + expected + " but was " + actual);
    }
  }

  /** Every property name schema {@code name} declares at its top level, following {@code allOf} and refs. */
  public Set<String> propertyNames(String name) {
    Set<String> names = new LinkedHashSet<>();
    collectProperties(document.path("components").path("schemas").path(name), names);
    return names;
  }

  private void collectProperties(JsonNode schema, Set<String> names) {
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      String target = ref.asText().replace("#/components/schemas/", "");
      collectProperties(document.path("components").path("schemas").path(target), names);
    }
    for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    for (JsonNode part : schema.path("allOf")) {
      collectProperties(part, names);
    }
  }
}
