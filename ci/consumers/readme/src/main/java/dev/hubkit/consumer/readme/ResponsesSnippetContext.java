package dev.hubkit.consumer.readme;

import dev.hubkit.chat.ResponsesApi;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseStreamEvent;
import dev.hubkit.core.HubException;
import dev.hubkit.core.StreamListener;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the README's Responses API snippets take as given: the API, a request, a tool's schema and runner. */
abstract class ResponsesSnippetContext extends SnippetContext {
  ResponsesApi responses;
  /** Hides the chat's request: these snippets send a Responses request. */
  ResponseRequest request;
  final Map<String, Object> parameters = new LinkedHashMap<>();
  final StreamListener<ResponseStreamEvent> listener = new StreamListener<ResponseStreamEvent>() {
    @Override
    public void onEvent(ResponseStreamEvent event) {}

    @Override
    public void onError(HubException error) {
      ui.fail(error);
    }
  };

  @Override
  void prepare() {
    responses = ResponsesApi.of(hub);
    request = ResponseRequest.builder().model("gpt-5").input("Weather in Paris?").build();
    parameters.put("type", "object");
    parameters.put("properties", Collections.singletonMap("city", Collections.singletonMap("type", "string")));
  }

  /** The app's function: runs a tool call's arguments, answers its output. */
  String runTool(String arguments) {
    return "18 C, clear sky";
  }
}
