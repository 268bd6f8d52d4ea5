package my.app;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.Tool;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubException;
import dev.hubkit.core.RetryPolicy;
import java.util.Collections;

/**
 * Runs in the module the README's module-info.java declares: a request with a tool is written by Jackson with
 * HubKit's Optional and java.time support, so the modules it names must be enough. Nothing listens on port 1, so
 * the call ends in a connection failure, after the body was written.
 */
public final class ReadmeModuleApp {
  private ReadmeModuleApp() {}

  public static void main(String[] args) {
    ChatRequest request = ChatRequest.builder().model("gpt-5").addMessage(ChatMessage.user("Weather?"))
        .addTool(Tool.function("get_weather", "Looks it up", Collections.singletonMap("type", "object"))).build();
    try (HubClient hub = HubClient.builder().baseUrl("http://127.0.0.1:1/v1").apiKey("sk-module")
        .retryPolicy(RetryPolicy.builder().maxRetries(0).build()).build()) {
      ChatApi.of(hub).create(request);
      throw new AssertionError("a hub answered on port 1");
    } catch (HubException expected) {
      if (!(expected.getMessage().contains("127.0.0.1"))) {
        throw new AssertionError("not the connection failure: " + expected, expected);
      }
      System.out.println("README module-info: " + ReadmeModuleApp.class.getModule().getName()
          + " wrote its request and reached the network: " + expected.getClass().getSimpleName());
    }
  }
}
