package dev.hubkit.benchmarks;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatStream;
import dev.hubkit.chat.EmbeddingRequest;
import dev.hubkit.chat.EmbeddingResponse;
import dev.hubkit.chat.EmbeddingsApi;
import dev.hubkit.chat.EncodingFormat;
import dev.hubkit.core.HubClient;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * HubKit next to a raw-OkHttp baseline that only reads the bytes, against the same loopback fixtures in the same
 * run. Throughput per operation: a call, or (streams) one chunk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HubKitVsOkHttp {
  private static final MediaType JSON = MediaType.get("application/json");

  private FixtureServer server;
  private HubClient hub;
  private ChatApi chat;
  private EmbeddingsApi embeddings;
  private OkHttpClient raw;
  private ChatRequest chatRequest;
  private ChatRequest streamRequest;
  private EmbeddingRequest floatRequest;
  private EmbeddingRequest base64Request;
  private Request rawChat;
  private Request rawStream;
  private Request rawFloat;
  private Request rawBase64;

  /** Starts the fixture server and both clients. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new FixtureServer();
    raw = new OkHttpClient.Builder().socketFactory(new NoDelaySocketFactory()).build();
    hub = HubClient.builder().baseUrl(server.baseUrl()).apiKey("sk-bench").httpClient(raw).build();
    chat = ChatApi.of(hub);
    embeddings = EmbeddingsApi.of(hub);
    chatRequest = ChatRequest.builder().model("gpt-4o").addMessage(ChatMessage.user("Explain SSE.")).build();
    streamRequest = chatRequest;
    floatRequest = EmbeddingRequest.builder().model("text-embedding-3-small")
        .input(Arrays.asList("one", "two")).build();
    base64Request = EmbeddingRequest.builder().from(floatRequest).encodingFormat(EncodingFormat.BASE64).build();
    rawChat = post("/chat/completions", "{\"model\":\"gpt-4o\",\"stream\":false,\"messages\":[]}");
    rawStream = post("/chat/completions", "{\"model\":\"gpt-4o\",\"stream\":true,\"messages\":[]}");
    rawFloat = post("/embeddings", "{\"model\":\"m\",\"input\":[\"one\",\"two\"]}");
    rawBase64 = post("/embeddings", "{\"model\":\"m\",\"input\":[\"one\",\"two\"],\"encoding_format\":\"base64\"}");
  }

  private Request post(String path, String json) {
    return new Request.Builder().url(server.baseUrl() + path).header("Authorization", "Bearer sk-bench")
        .post(RequestBody.create(json, JSON)).build();
  }

  /** Stops the server and clients. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    hub.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.close();
  }

  /** HubKit: one chat completion, decoded. */
  @Benchmark
  public ChatCompletion chatHubKit() {
    return chat.create(chatRequest);
  }

  /** Baseline: the same call, body read as bytes. */
  @Benchmark
  public byte[] chatOkHttp() throws IOException {
    try (Response response = raw.newCall(rawChat).execute()) {
      return response.body().bytes();
    }
  }

  /** HubKit: a 20,000-chunk stream, every chunk decoded; reported per chunk. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void streamHubKit(Blackhole sink) {
    try (ChatStream stream = chat.stream(streamRequest)) {
      for (ChatCompletionChunk chunk : stream) {
        sink.consume(chunk);
      }
    }
  }

  /** Baseline: the same stream read line by line; reported per chunk. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void streamOkHttp(Blackhole sink) throws IOException {
    try (Response response = raw.newCall(rawStream).execute()) {
      BufferedSource source = response.body().source();
      for (String line; (line = source.readUtf8Line()) != null; ) {
        sink.consume(line);
      }
    }
  }

  /** HubKit: 64 x 1536 float embeddings from JSON numbers into float[]. */
  @Benchmark
  public EmbeddingResponse embeddingsFloatHubKit() {
    return embeddings.create(floatRequest);
  }

  /** Baseline: the float embeddings reply read as bytes. */
  @Benchmark
  public byte[] embeddingsFloatOkHttp() throws IOException {
    try (Response response = raw.newCall(rawFloat).execute()) {
      return response.body().bytes();
    }
  }

  /** HubKit: the same vectors as base64, decoded into float[]. */
  @Benchmark
  public EmbeddingResponse embeddingsBase64HubKit() {
    return embeddings.create(base64Request);
  }

  /** Baseline: the base64 embeddings reply read as bytes. */
  @Benchmark
  public byte[] embeddingsBase64OkHttp() throws IOException {
    try (Response response = raw.newCall(rawBase64).execute()) {
      return response.body().bytes();
    }
  }
}
