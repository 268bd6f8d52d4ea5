package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void parallelRequestsAreAllRecordedAndScriptedRepliesUsedExactlyOnce() throws Exception {
    int count = 40;
    try (FakeHub hub = FakeHub.start()) {
      for (int i = 0; i < count; i++) {
        hub.enqueueReply(ChatReply.text("reply-" + i));
      }
      HubCalls calls = new HubCalls(hub);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<String>> replies = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        replies.add(pool.submit(() -> calls.postJson("/chat/completions",
            "{\"model\":\"gpt-5\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
            .json().at("/choices/0/message/content").asText()));
      }
      Set<String> seen = new HashSet<>();
      for (Future<String> reply : replies) {
        seen.add(reply.get());
      }
      pool.shutdown();

      assertEquals(count, seen.size());
      assertEquals(count, hub.requestCount());
      assertEquals("Echo: x", calls.postJson("/chat/completions",
          "{\"model\":\"gpt-5\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
          .json().at("/choices/0/message/content").asText());
    }
  }
}
