package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.chat.responses.InputItemPage;
import dev.hubkit.chat.responses.ReasoningConfig;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseContent;
import dev.hubkit.chat.responses.ResponseInput;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseStreamEvent;
import dev.hubkit.chat.responses.ResponseTool;
import dev.hubkit.chat.responses.ResponseToolChoice;
import dev.hubkit.chat.responses.TextConfig;
import dev.hubkit.chat.responses.TextFormat;
import dev.hubkit.chat.ImageDetail;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.conformance.OpenApiSpec;
import dev.hubkit.core.internal.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@code /responses} body HubKit sends validates against OpenAI's CreateResponse schema and declares no field
 * the schema lacks; the document's example responses, stream events and input item lists decode without loss.
 */
class ResponsesConformanceTest {
  private static final Map<String, Object> CITY = Map.of("type", "object",
      "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"),
      "additionalProperties", false);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

  /** A class whose strict schema the request carries as its text format and as a function tool's parameters. */
  record ClassMade(String city, java.util.Optional<Integer> days, List<String> stops) {}

  private static final String AMBIGUOUS_MESSAGE =
      "$: must be valid to one and only one schema, but 2 are valid with indexes '0, 1'";

  @StartStop final MockWebServer server = new MockWebServer();
  private final OpenApiSpec spec = OpenApiSpec.load();
  private HubClient client;

  @BeforeEach
  void setUp() {
    client = client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** Every request feature, with input items of every kind HubKit builds, and a reply's items sent back. */
  private ResponseRequest everyFeature() throws Exception {
    Response earlier = Json.mapper().readValue(fixture("responses/response-tool-call.json"), Response.class);
    List<ResponseItem> modelled = earlier.output().subList(0, 3); // reasoning, message, function call
    ResponseInput input = ResponseInput.items(
            ResponseItem.system("Be brief."),
            ResponseItem.developer("Answer in English."),
            ResponseItem.user(ResponseContent.inputText("What is on these?"),
                ResponseContent.inputImageUrl("https://example.com/a.png", ImageDetail.HIGH),
                ResponseContent.inputImage(PNG),
                ResponseContent.inputImageFileId("file-img"),
                ResponseContent.inputFileId("file-abc"),
                ResponseContent.inputFileUrl("https://example.com/report.pdf"),
                ResponseContent.inputFile("notes.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'})),
            ResponseItem.assistant("Let me look."))
        .plus(modelled)
        .plus(ResponseItem.functionCall("call_2", "get_weather", "{\"city\":\"Rome\"}"),
            ResponseItem.functionCallOutput("call_unLAR8MvFNptuiZK6K6HCy5k", "{\"temp\":18}"),
            ResponseItem.functionCallOutput("call_2", "{\"temp\":24}"),
            ResponseItem.user("Thanks"));
    return ResponseRequest.builder()
        .model("gpt-5")
        .input(input)
        .instructions("You are a weather bot.")
        .addTool(ResponseTool.function("get_weather", "Current weather of a city", CITY, true))
        .addTool(ResponseTool.webSearch())
        .addTool(ResponseTool.fileSearch("vs_1"))
        .addTool(ResponseTool.codeInterpreter())
        .addTool(ResponseTool.mcp("deepwiki", "https://mcp.deepwiki.com/mcp"))
        .addTool(ResponseTool.json(Map.of("type", "image_generation", "quality", "low")))
        .toolChoice(ResponseToolChoice.function("get_weather"))
        .parallelToolCalls(true)
        .maxToolCalls(4)
        .text(TextConfig.builder().format(TextFormat.jsonSchema("weather", CITY, true)).verbosity("low").build())
        .reasoning(ReasoningConfig.builder().effort("low").summary("auto").build())
        .maxOutputTokens(500).temperature(0.2).topP(0.9)
        .store(true)
        .addInclude("reasoning.encrypted_content").addInclude("file_search_call.results")
        .putMetadata("session", "s-1")
        .truncation("auto")
        .background(false)
        .promptCacheKey("weather-bot")
        .serviceTier("auto")
        .user("user-1")
        .build();
  }

  private JsonNode sentBody() throws Exception {
    return Json.mapper().readTree(HubFixtures.take(server).getBody().utf8());
  }

  /**
   * The body validates against CreateResponse, its input items one by one against InputItem. The schema's InputItem
   * is a oneOf in which every message with a content list matches two branches (EasyInputMessage, and InputMessage,
   * whose {@code type} is optional), so no message with parts can satisfy it; such a message must instead be a
   * valid EasyInputMessage and a valid InputMessage on its own. Every other item must match exactly one branch.
   */
  private void assertConforms(JsonNode sent) {
    ObjectNode rest = sent.deepCopy();
    JsonNode input = rest.remove("input");
    assertEquals(Collections.emptySet(), spec.violations("CreateResponse", rest), "sent: " + rest);
    if (input != null && input.isArray()) {
      for (JsonNode item : input) {
        Set<String> violations = spec.violations("InputItem", item);
        if (violations.equals(Set.of(AMBIGUOUS_MESSAGE))) {
          assertEquals(Collections.emptySet(), spec.violations("EasyInputMessage", item), "item: " + item);
          assertEquals(Collections.emptySet(), spec.violations("InputMessage", item), "item: " + item);
        } else {
          assertEquals(Collections.emptySet(), violations, "item: " + item);
        }
      }
    } else if (input != null) {
      assertTrue(input.isTextual(), "input: " + input);
    }
    Set<String> undeclared = new TreeSet<>();
    sent.fieldNames().forEachRemaining(undeclared::add);
    undeclared.removeAll(spec.propertyNames("CreateResponse"));
    assertEquals(Collections.emptySet(), undeclared, "fields CreateResponse does not declare");
  }

  @Test
  void aStreamedRequestWithEveryFeatureConformsToCreateResponse() throws Exception {
    server.enqueue(sse(fixture("responses/stream-text.sse")));
    ResponsesApi.of(client).stream(everyFeature()).accumulate();
    assertConforms(sentBody());
  }

  @Test
  void wholeRequestsConformWithEachTextFormatAndToolChoiceAndClassMadeSchemas() throws Exception {
    ResponsesApi responses = ResponsesApi.of(client);
    List<ResponseRequest> variants = List.of(
        ResponseRequest.builder().from(everyFeature()).textFormat(TextFormat.jsonObject())
            .toolChoice(ResponseToolChoice.AUTO).build(),
        ResponseRequest.builder().from(everyFeature()).textFormat(TextFormat.text())
            .toolChoice(ResponseToolChoice.builtIn("file_search")).background(true).build(),
        ResponseRequest.builder().from(everyFeature())
            .textFormat(TextFormat.jsonSchema("weather", Json.mapper().<JsonNode>valueToTree(CITY), false))
            .toolChoice(ResponseToolChoice.REQUIRED).build(),
        ResponseRequest.builder().from(everyFeature()).textFormat(TextFormat.jsonSchema(ClassMade.class))
            .addTool(ResponseTool.function("plan_trip", "Plans a trip", ClassMade.class)).build(),
        ResponseRequest.builder().model("gpt-5").input("Hello").previousResponseId("resp_1")
            .toolChoice(ResponseToolChoice.NONE).build());
    for (ResponseRequest variant : variants) {
      server.enqueue(json(200, fixture("responses/response-tool-call.json")));
      responses.create(variant);
      assertConforms(sentBody());
    }
  }

  @Test
  void theSpecsExampleResponsesDecodeWithoutLoss() throws Exception {
    int checked = 0;
    for (String path : List.of("/responses", "/responses/{response_id}", "/responses/{response_id}/cancel")) {
      for (JsonNode example : spec.examples(path, "post".equals(method(path)) ? "post" : method(path))) {
        if (!"response".equals(example.path("object").asText())) {
          continue;
        }
        Response decoded = Json.mapper().treeToValue(example, Response.class);
        OpenApiSpec.assertKeeps(example, Json.mapper().valueToTree(decoded), path);
        checked++;
      }
    }
    assertTrue(checked >= 5, checked + " example responses");
  }

  @Test
  void theSpecsStreamEventsDecodeWithoutLoss() throws Exception {
    int checked = 0;
    Set<String> types = new TreeSet<>();
    for (String text : spec.exampleTexts("/responses", "post")) {
      for (String line : text.split("\n")) {
        if (!line.startsWith("data: ") || !line.contains("\"type\"")) {
          continue;
        }
        JsonNode event = Json.mapper().readTree(line.substring(6));
        ResponseStreamEvent decoded = Json.mapper().treeToValue(event, ResponseStreamEvent.class);
        OpenApiSpec.assertKeeps(event, Json.mapper().valueToTree(decoded), decoded.type());
        types.add(decoded.type());
        checked++;
      }
    }
    assertTrue(checked >= 9 && types.contains(ResponseStreamEvent.OUTPUT_TEXT_DELTA)
        && types.contains(ResponseStreamEvent.COMPLETED), checked + " events of " + types);
  }

  @Test
  void theSpecsInputItemListDecodesWithoutLoss() throws Exception {
    int checked = 0;
    for (JsonNode example : spec.examples("/responses/{response_id}/input_items", "get")) {
      InputItemPage decoded = Json.mapper().treeToValue(example, InputItemPage.class);
      OpenApiSpec.assertKeeps(example, Json.mapper().valueToTree(decoded), "input_items");
      checked++;
    }
    assertTrue(checked >= 1, checked + " input item lists");
  }

  private static String method(String path) {
    return path.endsWith("{response_id}") ? "get" : "post";
  }
}
