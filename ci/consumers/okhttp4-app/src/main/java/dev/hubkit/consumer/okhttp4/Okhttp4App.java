package dev.hubkit.consumer.okhttp4;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatStream;
import dev.hubkit.core.HubClient;
import dev.hubkit.testing.FakeHub;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;

/**
 * An app that had Retrofit 2 and OkHttp 4.12 before it added HubKit: one OkHttp on the class path, its
 * Retrofit calls and HubKit's calls (sharing one OkHttpClient) both work against FakeHub.
 */
public final class Okhttp4App {
  /** The app's Retrofit service. */
  interface HubService {
    @GET("models")
    Call<ResponseBody> models();
  }

  private Okhttp4App() {}

  public static void main(String[] args) throws IOException {
    List<URL> okhttpJars = Collections.list(
        Okhttp4App.class.getClassLoader().getResources("okhttp3/OkHttpClient.class"));
    check(okhttpJars.size() == 1, "one jar with okhttp3.OkHttpClient on the class path, found " + okhttpJars);
    check(OkHttp.VERSION.startsWith("5."), "OkHttp 5 on the class path, found " + OkHttp.VERSION);

    List<String> logged = new ArrayList<>();
    OkHttpClient appClient = new OkHttpClient.Builder()
        .addInterceptor(new HttpLoggingInterceptor(logged::add).setLevel(HttpLoggingInterceptor.Level.BASIC))
        .build();
    try (FakeHub fake = FakeHub.start();
        HubClient hub = HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
            .httpClient(appClient).build()) {
      Retrofit retrofit = new Retrofit.Builder().baseUrl(fake.baseUrl() + "/").client(appClient.newBuilder()
          .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
              .header("Authorization", "Bearer " + fake.apiKey()).build()))
          .build()).build();
      Response<ResponseBody> models = retrofit.create(HubService.class).models().execute();
      check(models.isSuccessful(), "Retrofit GET /models answered " + models.code());
      try (ResponseBody body = models.body()) {
        check(body != null && body.string().contains("\"data\""), "Retrofit read the model list");
      }

      ChatApi chat = ChatApi.of(hub);
      ChatRequest request = ChatRequest.builder().model("gpt-5").addMessage(ChatMessage.user("Hello")).build();
      String whole = chat.create(request).text();
      StringBuilder streamed = new StringBuilder();
      try (ChatStream stream = chat.stream(request)) {
        for (String delta : stream.textDeltas()) {
          streamed.append(delta);
        }
      }
      check(whole.equals(streamed.toString()) && !whole.isEmpty(), "chat and stream agree: " + whole);
      check(logged.stream().anyMatch(line -> line.contains("/chat/completions")),
          "the app's logging interceptor saw HubKit's calls");
      System.out.println("OkHttp 4 app: OkHttp " + OkHttp.VERSION + " from " + okhttpJars.get(0).getPath()
          .replaceAll("!.*", "").replaceAll(".*/", "") + ", Retrofit and HubKit calls answered");
    }
    System.exit(0);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("failed: " + what);
    }
  }
}
