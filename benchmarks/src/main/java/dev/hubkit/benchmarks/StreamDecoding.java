package dev.hubkit.benchmarks;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatStream;
import dev.hubkit.core.EventStream;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.internal.HubRequest;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
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
 * The client side of a chat stream without a socket: the fixture stream is served from memory by an OkHttp
 * interceptor, so these measure HubKit's SSE reading and chunk decoding alone, next to reading the same bytes line
 * by line. Scores are per chunk. Not part of the run.sh table; for profiling the stream path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StreamDecoding {
  private static final MediaType EVENT_STREAM = MediaType.get("text/event-stream");

  private final byte[] stream = Fixtures.chatStream();
  private HubClient hub;
  private ChatApi chat;
  private ChatRequest request;

  /** A client whose every call is answered from memory with the fixture stream. */
  @Setup(Level.Trial)
  public void start() {
    OkHttpClient canned = new OkHttpClient.Builder()
        .addInterceptor(chain -> new Response.Builder()
            .request(chain.request())
            .protocol(Protocol.HTTP_1_1)
            .code(200)
            .message("OK")
            .body(ResponseBody.create(new Buffer().write(stream), EVENT_STREAM, stream.length))
            .build())
        .build();
    hub = HubClient.builder().baseUrl("http://127.0.0.1:1/v1").apiKey("sk-bench").httpClient(canned).build();
    chat = ChatApi.of(hub);
    request = ChatRequest.builder().model("gpt-4o").addMessage(ChatMessage.user("Explain SSE.")).build();
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
  public void lines(Blackhole sink) throws java.io.IOException {
    BufferedSource source = new Buffer().write(stream);
    for (String line; (line = source.readUtf8Line()) != null; ) {
      sink.consume(line);
    }
  }
}
