package dev.hubkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.core.HubClient;
import java.nio.file.Files;
import java.nio.file.Paths;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Runs in a fresh JVM: makes one chat call ({@code hubkit}: HubClient and ChatApi; {@code okhttp}: OkHttp and a
 * Jackson tree) and prints {@code done <peak RSS in KiB>}. The parent times it from process start.
 */
public final class ColdStart {
  private ColdStart() {}

  /** {@code args}: mode ({@code hubkit} or {@code okhttp}) and the fixture server's base URL. */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[1];
    String text;
    if (args[0].equals("hubkit")) {
      try (HubClient hub = HubClient.builder().baseUrl(baseUrl).apiKey("sk-bench").build()) {
        text = ChatApi.of(hub).create(ChatRequest.builder().model("gpt-4o")
            .addMessage(ChatMessage.user("Hello")).build()).text();
      }
    } else {
      OkHttpClient client = new OkHttpClient();
      Request request = new Request.Builder().url(baseUrl + "/chat/completions")
          .post(RequestBody.create("{\"model\":\"gpt-4o\",\"stream\":false}", MediaType.get("application/json")))
          .build();
      try (Response response = client.newCall(request).execute()) {
        text = new ObjectMapper().readTree(response.body().bytes()).at("/choices/0/message/content").asText();
      }
      client.dispatcher().executorService().shutdown();
    }
    System.out.println("done " + peakRssKib() + " " + text.length());
  }

  private static long peakRssKib() throws Exception {
    for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
