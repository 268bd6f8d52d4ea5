package dev.hubkit.examples;

import dev.hubkit.core.HubClient;
import dev.hubkit.testing.FakeHub;
import java.util.Optional;

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
    boolean useFake = Boolean.getBoolean("hubkit.examples.fake") || System.getenv(HubClient.API_KEY_ENV) == null;
    if (!useFake) {
      HubClient client = HubClient.fromEnv();
      System.out.println("[" + example + "] running against " + client.baseUrl());
      return new ExampleHub(client, null);
    }
    FakeHub fake = FakeHub.start();
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
