package dev.hubkit.consumer.readme;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.core.HubClient;
import java.util.ArrayList;
import java.util.List;
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

  HubClient hub;
  ChatRequest request;
  ChatApi chat;
  OkHttpClient sharedOkHttpClient = new OkHttpClient();
  Log log = line -> { };
  final Ui ui = new Ui();
  Metrics metrics = (name, tags) -> { };

  final void runWith(HubClient client) {
    hub = client;
    chat = ChatApi.of(client);
    request = ChatRequest.builder().model("gpt-5").addMessage(ChatMessage.user("Hello")).build();
    run();
  }

  abstract void run();
}
