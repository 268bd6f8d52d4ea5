package dev.hubkit.benchmarks;

import dev.hubkit.anthropic.MessageParam;
import dev.hubkit.anthropic.MessageRequest;
import dev.hubkit.anthropic.MessageStream;
import dev.hubkit.anthropic.MessageStreamEvent;
import dev.hubkit.anthropic.MessagesApi;
import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatStream;
import dev.hubkit.chat.ResponseStream;
import dev.hubkit.chat.ResponsesApi;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseStreamEvent;
import dev.hubkit.chat.EmbeddingRequest;
import dev.hubkit.chat.EmbeddingResponse;
import dev.hubkit.chat.EmbeddingsApi;
import dev.hubkit.chat.EncodingFormat;
import dev.hubkit.core.HubClient;
import dev.hubkit.gemini.GeminiApi;
import dev.hubkit.gemini.GeminiStream;
import dev.hubkit.gemini.GenerateContentRequest;
import dev.hubkit.gemini.GenerateContentResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * HubKit next to a raw-OkHttp baseline that only reads the bytes, against the same fixtures in the same run.
 * Throughput per operation: a call, or (streams) one chunk. The fixture server runs outside this JVM; its address
 * comes in the {@value #SERVER_PROPERTY} system property (set by {@link BenchmarkRunner}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HubKitVsOkHttp {
  /** The system property holding the fixture server's address, e.g. {@code http://127.0.0.1:40123}. */
  public static final String SERVER_PROPERTY = "hubkit.bench.server";

  private static final MediaType JSON = MediaType.get("application/json");

  private final List<HubClient> hubs = new ArrayList<>();
  private String server;
  private OkHttpClient raw;
  private ChatApi chat;
  private ChatApi streamChat;
  private ResponsesApi responses;
  private ResponseRequest responseRequest;
  private Request rawResponses;
  private MessagesApi claude;
  private MessageRequest claudeRequest;
  private Request rawClaudeStream;
  private EmbeddingsApi floatEmbeddings;
  private EmbeddingsApi base64Embeddings;
  private ChatRequest chatRequest;
  private EmbeddingRequest floatRequest;
  private EmbeddingRequest base64Request;
  private Request rawChat;
  private Request rawStream;
  private Request rawFloat;
  private Request rawBase64;
  private GeminiApi gemini;
  private GenerateContentRequest geminiRequest;
  private Request rawGemini;

  /** Builds both clients: one shared OkHttpClient, and one HubClient on it per fixture base URL. */
  @Setup(Level.Trial)
  public void start() {
    server = System.getProperty(SERVER_PROPERTY);
    if (server == null) {
      throw new IllegalStateException("-D" + SERVER_PROPERTY + " is not set: run the benchmarks with run.sh");
    }
    raw = new OkHttpClient.Builder().socketFactory(new NoDelaySocketFactory()).build();
    chat = ChatApi.of(hub(Fixture.CHAT));
    streamChat = ChatApi.of(hub(Fixture.STREAM));
    claude = MessagesApi.of(hub(Fixture.CLAUDE_STREAM));
    claudeRequest = MessageRequest.builder().model("claude-sonnet-4-5").maxTokens(1024)
        .addMessage(MessageParam.user("Explain SSE.")).build();
    rawClaudeStream = post(Fixture.CLAUDE_STREAM, "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":1024,"
        + "\"messages\":[{\"role\":\"user\",\"content\":\"Explain SSE.\"}],\"stream\":true}");
    responses = ResponsesApi.of(hub(Fixture.RESPONSES_STREAM));
    responseRequest = ResponseRequest.builder().model("gpt-4o").input("Explain SSE.").build();
    rawResponses = post(Fixture.RESPONSES_STREAM, "{\"model\":\"gpt-4o\",\"input\":\"Explain SSE.\",\"stream\":true}");
    floatEmbeddings = EmbeddingsApi.of(hub(Fixture.FLOAT));
    base64Embeddings = EmbeddingsApi.of(hub(Fixture.BASE64));
    chatRequest = ChatRequest.builder().model("gpt-4o").addMessage(ChatMessage.user("Explain SSE.")).build();
    floatRequest = EmbeddingRequest.builder().model("text-embedding-3-small")
        .input(Arrays.asList("one", "two")).build();
    base64Request = EmbeddingRequest.builder().from(floatRequest).encodingFormat(EncodingFormat.BASE64).build();
    rawChat = post(Fixture.CHAT, "{\"model\":\"gpt-4o\",\"stream\":false,\"messages\":[]}");
    rawStream = post(Fixture.STREAM, "{\"model\":\"gpt-4o\",\"stream\":true,\"messages\":[]}");
    rawFloat = post(Fixture.FLOAT, "{\"model\":\"m\",\"input\":[\"one\",\"two\"]}");
    gemini = GeminiApi.of(hub(Fixture.GEMINI_STREAM));
    geminiRequest = GenerateContentRequest.of("Explain SSE.");
    rawGemini = new Request.Builder().url(server + Fixture.GEMINI_STREAM.path() + "?alt=sse")
        .header("Authorization", "Bearer sk-bench")
        .post(RequestBody.create("{\"contents\":[{\"parts\":[{\"text\":\"Explain SSE.\"}]}]}", JSON)).build();
    rawBase64 = post(Fixture.BASE64, "{\"model\":\"m\",\"input\":[\"one\",\"two\"],\"encoding_format\":\"base64\"}");
  }

  private HubClient hub(Fixture fixture) {
    HubClient hub = HubClient.builder().baseUrl(server + fixture.basePath()).apiKey("sk-bench").httpClient(raw)
        .build();
    hubs.add(hub);
    return hub;
  }

  private Request post(Fixture fixture, String json) {
    return new Request.Builder().url(server + fixture.path()).header("Authorization", "Bearer sk-bench")
        .post(RequestBody.create(json, JSON)).build();
  }

  /** Closes the clients. */
  @TearDown(Level.Trial)
  public void stop() {
    hubs.forEach(HubClient::close);
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
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
    try (ChatStream stream = streamChat.stream(chatRequest)) {
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

  /**
   * HubKit: a Claude Messages stream of 20,000 text deltas, every event decoded and accumulated (as chat's
   * stream is); reported per delta.
   */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void claudeStreamHubKit(Blackhole sink) {
    try (MessageStream stream = claude.stream(claudeRequest)) {
      for (MessageStreamEvent event : stream) {
        sink.consume(event);
      }
    }
  }

  /** Baseline: the same Claude stream read line by line; reported per delta. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void claudeStreamOkHttp(Blackhole sink) throws IOException {
    try (Response response = raw.newCall(rawClaudeStream).execute()) {
      BufferedSource source = response.body().source();
      for (String line; (line = source.readUtf8Line()) != null; ) {
        sink.consume(line);
      }
    }
  }

  /** HubKit: a 20,000-chunk Gemini stream, every chunk decoded; reported per chunk. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void geminiStreamHubKit(Blackhole sink) {
    try (GeminiStream stream = gemini.stream("gemini-2.5-flash", geminiRequest)) {
      for (GenerateContentResponse chunk : stream) {
        sink.consume(chunk);
      }
    }
  }

  /** Baseline: the same Gemini stream read line by line; reported per chunk. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void geminiStreamOkHttp(Blackhole sink) throws IOException {
    try (Response response = raw.newCall(rawGemini).execute()) {
      BufferedSource source = response.body().source();
      for (String line; (line = source.readUtf8Line()) != null; ) {
        sink.consume(line);
      }
    }
  }

  /** HubKit: a Responses stream of 20,000 text deltas (and its 6 framing events), every event decoded. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void responsesStreamHubKit(Blackhole sink) {
    try (ResponseStream stream = responses.stream(responseRequest)) {
      for (ResponseStreamEvent event : stream) {
        sink.consume(event);
      }
    }
  }

  /** Baseline: the same Responses stream read line by line; reported per text delta. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void responsesStreamOkHttp(Blackhole sink) throws IOException {
    try (Response response = raw.newCall(rawResponses).execute()) {
      BufferedSource source = response.body().source();
      for (String line; (line = source.readUtf8Line()) != null; ) {
        sink.consume(line);
      }
    }
  }

  /** HubKit: 64 x 1536 float embeddings from JSON numbers into float[]. */
  @Benchmark
  public EmbeddingResponse embeddingsFloatHubKit() {
    return floatEmbeddings.create(floatRequest);
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
    return base64Embeddings.create(base64Request);
  }

  /** Baseline: the base64 embeddings reply read as bytes. */
  @Benchmark
  public byte[] embeddingsBase64OkHttp() throws IOException {
    try (Response response = raw.newCall(rawBase64).execute()) {
      return response.body().bytes();
    }
  }
}
