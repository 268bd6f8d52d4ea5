package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The one-line set-up the module documents: a static field, a fresh hub per test. */
class FakeHubStaticExtensionTest {
  @RegisterExtension
  static FakeHubExtension hub = new FakeHubExtension();

  @Test
  void eachTestSeesOnlyItsOwnRequests() {
    assertEquals(0, hub.hub().requestCount());
    assertEquals(200, new HubCalls(hub.hub()).get("/models").code());
    assertEquals(1, hub.hub().requestCount());
  }

  @Test
  void aSecondTestStartsFromZeroToo() {
    assertEquals(0, hub.hub().requestCount());
    assertTrue(hub.baseUrl().endsWith("/v1"), hub.baseUrl());
    assertEquals(401, new HubCalls(hub.hub(), "sk-other").get("/models").code());
    assertEquals(1, hub.hub().requestCount());
  }
}
