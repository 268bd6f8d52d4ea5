package dev.hubkit.benchmarks;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatStream;
import dev.hubkit.core.EventStream;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.gemini.GeminiApi;
import dev.hubkit.gemini.GeminiStream;
import dev.hubkit.gemini.GenerateContentRequest;
import dev.hubkit.gemini.GenerateContentResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
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
 * HubKit's own cost without a socket: the fixtures are served from memory by an OkHttp interceptor, so these
 * measure what HubKit adds to a call (request building and writing, interceptors, reply decoding) and to a stream
 * (SSE reading, chunk decoding, accumulation), next to raw OkHttp over the same canned replies. Not part of the
 * run.sh tables; for profiling: {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main CannedReplies
 * -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CannedReplies {
  private static final MediaType EVENT_STREAM = MediaType.get("text/event-stream");
  private static final MediaType JSON = MediaType.get("application/json");

  private final byte[] stream = Fixtures.chatStream();
  private final byte[] completion = Fixtures.chatCompletion();
  private final byte[] geminiStream = Fixtures.geminiStream();
  private GeminiApi gemini;
  private GenerateContentRequest geminiRequest;
  private OkHttpClient canned;
  private HubClient hub;
  private ChatApi chat;
  private ChatRequest request;
  private Request rawChat;

  /** A client whose every call is answered from memory: the stream fixture for streams, else the completion. */
  @Setup(Level.Trial)
  public void start() {
    canned = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          Buffer sent = new Buffer();
          chain.request().body().writeTo(sent);
          boolean streamed = sent.indexOf(ByteString.encodeUtf8("\"stream\":true")) >= 0;
          boolean gemini = chain.request().url().encodedPath().endsWith(":streamGenerateContent");
          return new Response.Builder()
              .request(chain.request())
              .protocol(Protocol.HTTP_1_1)
              .code(200)
              .message("OK")
              .body(gemini
                  ? ResponseBody.create(new Buffer().write(geminiStream), EVENT_STREAM, geminiStream.length)
                  : streamed
                  ? ResponseBody.create(new Buffer().write(stream), EVENT_STREAM, stream.length)
                  : ResponseBody.create(completion, JSON))
              .build();
        })
        .build();
    hub = HubClient.builder().baseUrl("http://127.0.0.1:1/v1").apiKey("sk-bench").httpClient(canned).build();
    chat = ChatApi.of(hub);
    gemini = GeminiApi.of(hub);
    geminiRequest = GenerateContentRequest.of("Explain SSE.");
    request = ChatRequest.builder().model("gpt-4o").addMessage(ChatMessage.user("Explain SSE.")).build();
    rawChat = new Request.Builder().url("http://127.0.0.1:1/v1/chat/completions")
        .header("Authorization", "Bearer sk-bench")
        .post(RequestBody.create("{\"model\":\"gpt-4o\",\"stream\":false,\"messages\":[]}", JSON)).build();
  }

  /** ChatApi.create: the request written, the canned completion decoded. */
  @Benchmark
  public ChatCompletion chat() {
    return chat.create(request);
  }

  /** Baseline: raw OkHttp over the same canned completion, read as bytes. */
  @Benchmark
  public byte[] chatOkHttp() throws IOException {
    try (Response response = canned.newCall(rawChat).execute()) {
      return response.body().bytes();
    }
  }

  /** Closes the client. */
  @TearDown(Level.Trial)
  public void stop() {
    hub.close();
  }

  /** ChatApi.stream: SSE reading, chunk decoding and accumulation, per chunk. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void chunks(Blackhole sink) {
    try (ChatStream chunks = chat.stream(request)) {
      for (ChatCompletionChunk chunk : chunks) {
        sink.consume(chunk);
      }
    }
  }

  /** GeminiApi.stream: SSE reading and Gemini chunk decoding, per chunk. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void geminiChunks(Blackhole sink) {
    try (GeminiStream chunks = gemini.stream("gemini-2.5-flash", geminiRequest)) {
      for (GenerateContentResponse chunk : chunks) {
        sink.consume(chunk);
      }
    }
  }

  /** The SSE layer alone: every event's data handed to a decoder that only looks at its length. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void events(Blackhole sink) {
    HubRequest events = HubRequest.postJson(request, "chat", "completions");
    try (EventStream<Integer> stream = hub.transport().stream(events, (data, offset, length) -> length)) {
      for (Integer length : stream) {
        sink.consume(length);
      }
    }
  }

  /** Baseline: the same bytes read line by line from an in-memory source. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public void lines(Blackhole sink) throws IOException {
    BufferedSource source = new Buffer().write(stream);
    for (String line; (line = source.readUtf8Line()) != null; ) {
      sink.consume(line);
    }
  }
}
