package dev.hubkit.media;

import static dev.hubkit.media.MediaHub.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.conformance.OpenApiSpec;
import dev.hubkit.core.internal.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image and video requests HubKit sends validate against OpenAI's published schemas (multipart fields read
 * as the JSON object the schema describes), and the spec's video examples decode without loss. Hub-only fields
 * are the only allowed differences, listed here.
 */
class OpenApiConformanceTest {
  /** Fields hubs accept that OpenAI's CreateImageRequest does not declare. */
  private static final Set<String> HUB_ONLY_IMAGE_FIELDS = new TreeSet<>(Arrays.asList("aspect_ratio", "resolution"));

  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path tempDir;
  private final OpenApiSpec spec = OpenApiSpec.load();
  private HubClient client;

  @BeforeEach
  void setUp() {
    client = MediaHub.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private void assertConforms(String schema, JsonNode sent, Set<String> hubOnly) {
    ObjectNode openAiPart = sent.deepCopy();
    hubOnly.forEach(openAiPart::remove);
    assertEquals(Collections.emptySet(), spec.violations(schema, openAiPart), "sent: " + sent);
    Set<String> undeclared = new TreeSet<>();
    sent.fieldNames().forEachRemaining(undeclared::add);
    undeclared.removeAll(spec.propertyNames(schema));
    assertEquals(hubOnly, undeclared, "fields " + schema + " does not declare");
  }

  /** A multipart body as the JSON object its schema describes: text parts as strings, files as strings. */
  private static ObjectNode asJson(RecordedRequest request, String... integerFields) throws Exception {
    ObjectNode object = Json.mapper().createObjectNode();
    for (Map.Entry<String, MediaHub.Part> part : MediaHub.parts(request).entrySet()) {
      String value = part.getValue().text();
      if (Arrays.asList(integerFields).contains(part.getKey())) {
        object.put(part.getKey(), Integer.parseInt(value));
      } else {
        object.put(part.getKey(), part.getValue().contentType == null ? value : "<binary>");
      }
    }
    return object;
  }

  @Test
  void imageGenerationWithEveryFieldConformsToCreateImageRequest() throws Exception {
    server.enqueue(json(200, "{\"created\":1,\"data\":[]}"));
    ImagesApi.of(client).generate(ImageRequest.builder().model("gpt-image-1").prompt("A lighthouse").n(1)
        .size("1024x1024").quality("high").responseFormat("b64_json").outputFormat("webp").outputCompression(80)
        .background("transparent").moderation("low").user("u1").style("vivid").resolution("2k")
        .aspectRatio("1:1").build());
    assertConforms("CreateImageRequest", MediaHub.bodyJson(server.takeRequest()), HUB_ONLY_IMAGE_FIELDS);
  }

  @Test
  void imageEditMultipartConformsToCreateImageEditRequest() throws Exception {
    server.enqueue(json(200, "{\"created\":1,\"data\":[]}"));
    Path image = Files.write(tempDir.resolve("in.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    ImagesApi.of(client).edit(ImageEditRequest.builder().model("gpt-image-1").prompt("Add a boat")
        .addImage(UploadFile.of(image)).mask(UploadFile.of(image)).n(1).size("1024x1024").user("u1").build());
    assertConforms("CreateImageEditRequest", asJson(server.takeRequest(), "n"), Collections.emptySet());
  }

  @Test
  void videoMultipartConformsToCreateVideoMultipartBody() throws Exception {
    server.enqueue(json(200, "{\"id\":\"video_1\",\"status\":\"queued\"}"));
    Path image = Files.write(tempDir.resolve("ref.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    VideosApi.of(client).create(VideoCreateRequest.builder().prompt("A calm sea").model("sora-2").seconds(8)
        .size("1280x720").inputReference(UploadFile.of(image)).build());
    assertConforms("CreateVideoMultipartBody", asJson(server.takeRequest()), Collections.emptySet());
  }

  @Test
  void specVideoExamplesDecodeWithoutLoss() throws Exception {
    int checked = 0;
    for (String path : new String[] {"/videos", "/videos/{video_id}", "/videos/{video_id}/remix"}) {
      for (String method : new String[] {"get", "post"}) {
        for (JsonNode example : spec.examples(path, method)) {
          if (!"video".equals(example.path("object").asText())) {
            continue;
          }
          VideoJob job = Json.mapper().treeToValue(example, VideoJob.class);
          OpenApiSpec.assertKeeps(example, Json.mapper().valueToTree(job), path);
          checked++;
        }
      }
    }
    assertTrue(checked > 0, "no video example found in the spec");
  }
}
