package dev.hubkit.consumer.pinned;

import dev.hubkit.core.HubClient;

/** Building a HubClient on OkHttp 4 fails at once, naming the OkHttp jar and the fix to the pom. */
public final class PinnedOkhttp4App {
  private PinnedOkhttp4App() {}

  public static void main(String[] args) {
    try (HubClient hub = HubClient.builder().baseUrl("http://127.0.0.1:9/v1").apiKey("sk-pinned").build()) {
      throw new AssertionError("a HubClient was built on OkHttp 4: " + hub);
    } catch (IllegalStateException expected) {
      String message = expected.getMessage();
      if (!message.contains("is 4.12.0 (from okhttp-4.12.0.jar)")
          || !message.contains("remove the <version> from your com.squareup.okhttp3:okhttp dependency")) {
        throw new AssertionError("unclear message: " + message, expected);
      }
      System.out.println("OkHttp 4 pinned by the app: refused at build() with the fix: " + message);
    }
  }
}
