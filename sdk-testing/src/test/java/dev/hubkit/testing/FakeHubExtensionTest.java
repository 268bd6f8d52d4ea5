package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeHubExtensionTest {

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class Registered {
    @RegisterExtension
    final FakeHubExtension hub = new FakeHubExtension(builder -> builder.pathPrefix("/v1/public"));

    @Test
    @Order(1)
    void startsAConfiguredHubBeforeEachTest() {
      assertTrue(hub.baseUrl().endsWith("/v1/public"), hub.baseUrl());
      assertEquals(200, new HubCalls(hub.hub()).get("/models").code());
      assertEquals("sk-fakehub-test", hub.apiKey());
      previousUrl = hub.baseUrl();
    }

    @Test
    @Order(2)
    void closesTheHubAfterEachTestAndStartsAFreshOne() {
      assertNotEquals(null, previousUrl, "test 1 runs first");
      assertThrows(UncheckedIOException.class, () -> HubCalls.download(previousUrl + "/models"));
      assertEquals(0, hub.hub().requestCount());
    }
  }

  /** Set by the first ordered test; read by the second, to prove the first hub was closed. */
  static String previousUrl;

  @Nested
  @ExtendWith(FakeHubExtension.class)
  class Extended {
    private FakeHub fromBeforeEach;

    @BeforeEach
    void setUp(FakeHub hub) {
      fromBeforeEach = hub;
    }

    @Test
    void resolvesAFakeHubParameter(FakeHub hub) {
      assertSame(fromBeforeEach, hub);
      hub.enqueueReply(ChatReply.text("scripted"));
      HubCalls.Reply reply = new HubCalls(hub).postJson("/chat/completions",
          "{\"model\":\"gpt-5\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
      assertEquals("scripted", reply.json().at("/choices/0/message/content").asText());
    }
  }

  @Test
  void hubOutsideATestThrows() {
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> new FakeHubExtension().hub());
    assertTrue(error.getMessage().contains("outside a test"), error.getMessage());
  }
}
