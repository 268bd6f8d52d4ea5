package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamListenerTest {
  @Test
  void aListenerMadeOfThreeFunctionsCallsEachForItsCallback() {
    List<String> calls = new ArrayList<>();
    StreamListener<String> listener = StreamListener.of(event -> calls.add("event " + event),
        () -> calls.add("complete"), error -> calls.add("error " + error.getMessage()));

    listener.onEvent("a");
    listener.onEvent("b");
    listener.onComplete();
    listener.onError(new HubException("cut"));

    assertEquals(List.of("event a", "event b", "complete", "error cut"), calls);
  }
}
