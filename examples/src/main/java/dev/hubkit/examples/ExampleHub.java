package dev.hubkit.examples;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.media.TransferListener;
import dev.hubkit.testing.FakeHub;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the examples connect. With {@code HUBKIT_API_KEY} and {@code HUBKIT_BASE_URL} set, to that hub; without
 * them (or with the system property {@code hubkit.examples.fake=true}, as the example tests set it), to an
 * embedded {@link FakeHub} on loopback, so every example runs on a fresh machine with no key and no network.
 */
final class ExampleHub implements AutoCloseable {
  private final HubClient client;
  private final FakeHub fake;

  private ExampleHub(HubClient client, FakeHub fake) {
    this.client = client;
    this.fake = fake;
  }

  /** Connects and says where, as the example's first line. */
  static ExampleHub connect(String example) {
    return connect(example, fake -> { });
  }

  /** As {@link #connect(String)}; {@code fakeSettings} configures the embedded hub when one is used. */
  static ExampleHub connect(String example, Consumer<FakeHub.Builder> fakeSettings) {
    boolean useFake = Boolean.getBoolean("hubkit.examples.fake") || System.getenv(HubClient.API_KEY_ENV) == null;
    if (!useFake) {
      HubClient client = HubClient.fromEnv();
      System.out.println("[" + example + "] running against " + client.baseUrl());
      return new ExampleHub(client, null);
    }
    FakeHub.Builder settings = FakeHub.builder();
    fakeSettings.accept(settings);
    FakeHub fake = settings.start();
    System.out.println("[" + example + "] HUBKIT_API_KEY is not set: running against an embedded FakeHub at "
        + fake.baseUrl());
    return new ExampleHub(HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build(), fake);
  }

  HubClient client() {
    return client;
  }

  /** The embedded hub, to script what a real model would decide by itself; empty against a real hub. */
  Optional<FakeHub> fake() {
    return Optional.ofNullable(fake);
  }

  /** How often to ask about a job: every few seconds on a real hub, briskly on the embedded one. */
  PollingPolicy pollingPolicy() {
    return fake == null
        ? PollingPolicy.defaults()
        : PollingPolicy.builder().initialInterval(Duration.ofMillis(200)).maxInterval(Duration.ofMillis(500)).build();
  }

  /** A listener printing an upload's or download's progress in 25 % steps. */
  static TransferListener progress(String what) {
    long[] printedQuarter = {-1};
    return (done, total) -> {
      long quarter = total > 0 ? done * 4 / total : -1;
      if (quarter != printedQuarter[0] && (total <= 0 || quarter > printedQuarter[0])) {
        printedQuarter[0] = quarter;
        System.out.println("  " + what + ": " + done + (total > 0 ? " of " + total : "") + " bytes");
      }
    };
  }

  /** The model to use: the environment variable {@code variable} when set, else {@code fallback}. */
  static String model(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.trim().isEmpty() ? fallback : value.trim();
  }

  @Override
  public void close() {
    client.close();
    if (fake != null) {
      fake.close();
    }
  }
}
