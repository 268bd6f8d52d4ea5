package dev.hubkit.consumer.readme;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ToolCall;
import dev.hubkit.core.HubClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.OkHttpClient;

/** What the README's snippets take as given: a client, a request, a chat API and an app's own objects. */
abstract class SnippetContext {
  /** An app's logger. */
  interface Log {
    void debug(String line);
  }

  /** An app's user interface. */
  static final class Ui {
    final StringBuilder text = new StringBuilder();
    final List<Object> ends = new ArrayList<>();

    void append(String delta) {
      text.append(delta);
    }

    void done() {
      ends.add("done");
    }

    void fail(Exception error) {
      ends.add(error);
    }
  }

  /** An app's metrics. */
  interface Metrics {
    void count(String name, String... tags);
  }

  /** An app's gauge of one value. */
  interface Meter {
    void record(String value);
  }

  HubClient hub;
  ChatRequest request;
  ChatApi chat;
  OkHttpClient sharedOkHttpClient = new OkHttpClient();
  Log log = line -> { };
  final Ui ui = new Ui();
  Metrics metrics = (name, tags) -> { };
  Meter meter = value -> { };
  final LongAdder waitingStreams = new LongAdder();
  /** The hub's base URL and key, as an app reads them from its configuration. */
  final String url = System.getenv(HubClient.BASE_URL_ENV);
  final String key = System.getenv(HubClient.API_KEY_ENV);
  /** A tool call a reply held, as a model sends it. */
  final ToolCall toolCall = ToolCall.function("call_1", "get_weather", "{\"city\":\"Paris\"}");

  final void runWith(HubClient client) {
    hub = client;
    chat = ChatApi.of(client);
    request = ChatRequest.builder().model("gpt-5").addMessage(ChatMessage.user("Hello")).build();
    prepare();
    run();
  }

  /** Sets up what a section's snippets take as given besides the chat's. */
  void prepare() {}

  abstract void run();
}
