package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ModelsApiTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void listsChmuModelsWithTheirTypeAndFiltersByType() throws Exception {
    server.enqueue(TestHub.json(200, "{\"object\":\"list\",\"data\":["
        + "{\"id\":\"gpt-5\",\"object\":\"model\",\"type\":\"text\",\"name\":\"GPT-5\"},"
        + "{\"id\":\"sora-2\",\"object\":\"model\",\"type\":\"video\",\"name\":\"Sora 2\"},"
        + "{\"id\":\"gpt-image-2\",\"object\":\"model\",\"type\":\"image\",\"name\":\"GPT Image 2\"}]}"));
    server.enqueue(TestHub.json(200, "{\"object\":\"list\",\"data\":["
        + "{\"id\":\"sora-2\",\"type\":\"video\"},{\"id\":\"gpt-5\",\"type\":\"text\"}]}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      ModelsApi models = ModelsApi.of(client);
      ModelList list = models.list();
      assertEquals(3, list.data().size());
      assertEquals(Optional.of(ModelType.VIDEO), list.find("sora-2").get().type());
      assertEquals(Optional.of("GPT Image 2"), list.find("gpt-image-2").get().name());
      List<String> video = models.list(ModelType.VIDEO).stream().map(HubModel::id).collect(Collectors.toList());
      assertEquals(Collections.singletonList("sora-2"), video);
    }
    assertEquals("/v1/public/models", server.takeRequest().getTarget());
  }

  @Test
  void retrievesOneModelByIdSyncAndAsync() throws Exception {
    server.enqueue(TestHub.json(200, "{\"id\":\"gpt-5\",\"object\":\"model\",\"owned_by\":\"openai\"}"));
    server.enqueue(TestHub.json(404, "{\"error\":{\"message\":\"no such model\",\"code\":\"model_not_found\"}}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals(Optional.of("openai"), ModelsApi.of(client).retrieve("gpt-5").ownedBy());
      java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
          java.util.concurrent.ExecutionException.class, () -> ModelsApi.of(client).retrieveAsync("nope").get());
      assertTrue(e.getCause() instanceof NotFoundException, String.valueOf(e.getCause()));
    }
    assertEquals("/v1/public/models/gpt-5", server.takeRequest().getTarget());
    assertEquals("/v1/public/models/nope", server.takeRequest().getTarget());
  }

  @Test
  void keepsOpenAiStyleFieldsAndUnknownOnes() throws Exception {
    server.enqueue(TestHub.json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"llama-2-7b-chat\",\"object\":"
        + "\"model\",\"created\":1694268190,\"owned_by\":\"chungus\",\"permission\":[],\"root\":\"llama-2-7b-chat\","
        + "\"parent\":null,\"type\":\"reranker\"}],\"has_more\":false}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      ModelList list = ModelsApi.of(client).listAsync().get();
      HubModel model = list.data().get(0);
      assertEquals(Optional.of("chungus"), model.ownedBy());
      assertEquals(Optional.of(1694268190L), model.created());
      assertEquals(Optional.of("llama-2-7b-chat"), model.root());
      assertEquals(Optional.empty(), model.parent());
      assertEquals(Collections.emptyList(), model.extra().get("permission"));
      assertEquals("reranker", model.type().get().value());
      assertEquals(Boolean.FALSE, list.extra().get("has_more"));
      assertTrue(dev.hubkit.core.internal.Json.mapper().writeValueAsString(model).contains("\"permission\":[]"));
    }
  }
}
