package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollingPolicyTest {
  @Test
  void zeroInitialIntervalIsRejectedSayingWhatToPass() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PollingPolicy.builder().initialInterval(Duration.ZERO).build());
    assertEquals("initialInterval must be at least 1 ms, was PT0S: a zero wait never grows, so polls would go out"
        + " back to back; pass a positive duration such as 2 s, the default", e.getMessage());
  }

  @Test
  void subMillisecondAndNegativeIntervalsAreRejected() {
    for (Duration bad : new Duration[] {Duration.ofNanos(999_999), Duration.ofMillis(-5)}) {
      IllegalArgumentException initial = assertThrows(IllegalArgumentException.class,
          () -> PollingPolicy.builder().initialInterval(bad).build());
      assertTrue(initial.getMessage().startsWith("initialInterval must be at least 1 ms, was " + bad),
          initial.getMessage());
      IllegalArgumentException max = assertThrows(IllegalArgumentException.class,
          () -> PollingPolicy.builder().maxInterval(bad).build());
      assertTrue(max.getMessage().startsWith("maxInterval must be at least 1 ms, was " + bad), max.getMessage());
    }
  }

  @Test
  void oneMillisecondIsTheSmallestIntervalAccepted() {
    PollingPolicy fastest = PollingPolicy.builder().initialInterval(Duration.ofMillis(1))
        .maxInterval(Duration.ofMillis(1)).build();
    assertEquals(Duration.ofMillis(1), fastest.initialInterval());
    assertEquals(Duration.ofMillis(1), fastest.maxInterval());
  }

  @Test
  void jitterMustBeAFractionBelowOneAndDefaultsToAFifth() {
    assertEquals(0.2, PollingPolicy.defaults().jitter());
    assertEquals(0.0, PollingPolicy.builder().jitter(0).build().jitter());
    for (double bad : new double[] {-0.1, 1, 1.5, Double.NaN}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> PollingPolicy.builder().jitter(bad).build());
      assertTrue(e.getMessage().startsWith("jitter must be at least 0 and below 1, was " + bad), e.getMessage());
    }
  }
}
