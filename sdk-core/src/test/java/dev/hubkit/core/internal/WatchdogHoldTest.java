package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import okio.BufferedSource;
import okio.Okio;
import okio.Timeout;
import org.junit.jupiter.api.Test;

class WatchdogHoldTest {
  private static Timeout readTimeout(long millis) {
    return new Timeout().timeout(millis, TimeUnit.MILLISECONDS);
  }

  @Test
  void onlyLargeOrUnknownBodiesReadWithATimeoutAreHeld() {
    try (WatchdogHold large = WatchdogHold.whileReading(readTimeout(10_000), 1 << 20);
        WatchdogHold unknown = WatchdogHold.whileReading(readTimeout(10_000), -1);
        WatchdogHold small = WatchdogHold.whileReading(readTimeout(10_000), 2_000);
        WatchdogHold untimed = WatchdogHold.whileReading(Timeout.NONE, 1 << 20)) {
      assertTrue(large.holding());
      assertTrue(unknown.holding());
      assertFalse(small.holding());
      assertFalse(untimed.holding());
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void anExpiredHoldIsEnteredAgainByRenew() throws InterruptedException {
    try (WatchdogHold hold = WatchdogHold.whileReading(readTimeout(50), -1)) {
      waitForExpirations(hold, 1);
      Thread.sleep(200);
      assertEquals(1, hold.expirations(), "an expired hold stays out of the queue until renewed");
      hold.renew();
      waitForExpirations(hold, 2); // it was in the watchdog's queue again
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aClosedHoldIsNotEnteredAgain() throws InterruptedException {
    WatchdogHold hold = WatchdogHold.whileReading(readTimeout(50), -1);
    waitForExpirations(hold, 1);
    hold.close();
    hold.renew();
    Thread.sleep(300);
    assertEquals(1, hold.expirations());
  }

  private static void waitForExpirations(WatchdogHold hold, int count) throws InterruptedException {
    while (hold.expirations() < count) {
      Thread.sleep(5);
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(20) // a read that never times out would hang here
  @SuppressWarnings("try") // the accepted socket is only held open
  void aReadBehindTheHoldStillTimesOutAtItsOwnTimeout() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new Socket(server.getInetAddress(), server.getLocalPort());
        Socket silent = server.accept()) {
      BufferedSource source = Okio.buffer(Okio.source(client));
      source.timeout().timeout(200, TimeUnit.MILLISECONDS);
      try (WatchdogHold hold = WatchdogHold.whileReading(source.timeout(), -1)) {
        assertTrue(hold.holding());
        assertThrows(InterruptedIOException.class, source::readByte); // the peer never writes
      }
    }
  }
}
