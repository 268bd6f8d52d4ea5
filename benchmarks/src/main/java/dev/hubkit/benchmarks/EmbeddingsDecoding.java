package dev.hubkit.benchmarks;

import dev.hubkit.chat.EmbeddingRequest;
import dev.hubkit.chat.EmbeddingResponse;
import dev.hubkit.chat.EmbeddingsApi;
import dev.hubkit.chat.EncodingFormat;
import dev.hubkit.chat.internal.FloatArrayScanner;
import dev.hubkit.core.HubClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Decoding of the 64 x 1536 embeddings fixtures without a socket: {@code EmbeddingsApi.create} through a
 * {@link HubClient} whose OkHttp client answers every request from an application interceptor with the canned
 * body. Scores are nanoseconds per number (98,304 per reply), so {@code gc.alloc.rate.norm} is bytes per number:
 * 4 is the {@code float} itself, and times 98,304 gives bytes per reply.
 *
 * <ul>
 *   <li>{@code floatReply} / {@code base64Reply}: the public API, from request to {@link EmbeddingResponse};
 *   <li>{@code prettyFloatReply} / {@code doubleDigitsReply}: the same vectors pretty-printed one number a line, or
 *       with each number written as {@code Double.toString((double) f)} as OpenAI writes them;
 *   <li>{@code floatBodyOnly} / {@code base64BodyOnly}: the same canned call through plain OkHttp, only reading the
 *       body as bytes (what the transport costs before decoding starts), so decoding is the difference;
 *   <li>{@code floatNumbersOnly}: just the numbers of the float reply through the reader's number loop.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EmbeddingsDecoding {
  static final int NUMBERS = Fixtures.EMBEDDINGS * Fixtures.DIMENSIONS;
  private static final MediaType JSON = MediaType.get("application/json");

  private byte[] floatBody;
  private byte[] base64Body;
  private byte[] prettyBody;
  private byte[] doubleDigitsBody;
  private HubClient hub;
  private EmbeddingsApi embeddings;
  private OkHttpClient canned;
  private EmbeddingRequest floatRequest;
  private EmbeddingRequest base64Request;
  private EmbeddingRequest prettyRequest;
  private EmbeddingRequest doubleDigitsRequest;
  private Request rawFloat;
  private Request rawBase64;
  private int[] arrayStarts;
  private volatile boolean answeredBase64;

  /** Builds the fixtures and a client that never opens a socket. */
  @Setup(Level.Trial)
  public void start() {
    floatBody = Fixtures.embeddingsFloat();
    base64Body = Fixtures.embeddingsBase64();
    prettyBody = reprinted(floatBody, true, false);
    doubleDigitsBody = reprinted(floatBody, false, true);
    canned = new OkHttpClient.Builder().addInterceptor(this::answer).build();
    hub = HubClient.builder().baseUrl("http://hub.invalid/v1").apiKey("sk-bench").httpClient(canned).build();
    embeddings = EmbeddingsApi.of(hub);
    floatRequest = EmbeddingRequest.builder().model("text-embedding-3-small")
        .input(Arrays.asList("one", "two")).build();
    prettyRequest = EmbeddingRequest.builder().from(floatRequest).user("pretty").build();
    doubleDigitsRequest = EmbeddingRequest.builder().from(floatRequest).user("double").build();
    base64Request = EmbeddingRequest.builder().from(floatRequest).encodingFormat(EncodingFormat.BASE64).build();
    rawFloat = post("{\"model\":\"m\",\"input\":[\"one\",\"two\"]}");
    rawBase64 = post("{\"model\":\"m\",\"input\":[\"one\",\"two\"],\"encoding_format\":\"base64\"}");
    arrayStarts = arrayStarts(floatBody);
    EmbeddingResponse check = embeddings.create(floatRequest);
    boolean floatAnsweredAsFloat = !answeredBase64;
    EmbeddingResponse checkBase64 = embeddings.create(base64Request);
    if (!floatAnsweredAsFloat || !answeredBase64 || check.data().size() != Fixtures.EMBEDDINGS
        || check.data().get(0).dimensions() != Fixtures.DIMENSIONS || !check.equals(checkBase64)
        || !check.equals(embeddings.create(prettyRequest)) || !check.equals(embeddings.create(doubleDigitsRequest))) {
      throw new IllegalStateException("the fixtures do not decode to the same 64 x 1536 vectors");
    }
  }

  private Request post(String json) {
    return new Request.Builder().url("http://hub.invalid/v1/embeddings").post(RequestBody.create(json, JSON)).build();
  }

  /** The canned reply: base64 when the request asks for it, JSON numbers otherwise. */
  private Response answer(Interceptor.Chain chain) throws IOException {
    okio.Buffer sent = new okio.Buffer();
    chain.request().body().writeTo(sent);
    String json = sent.readUtf8();
    boolean base64 = json.contains("\"base64\"");
    answeredBase64 = base64;
    byte[] body = base64 ? base64Body
        : json.contains("\"user\":\"pretty\"") ? prettyBody
        : json.contains("\"user\":\"double\"") ? doubleDigitsBody
        : floatBody;
    return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
        .body(ResponseBody.create(body, JSON)).build();
  }

  /**
   * The float reply with its vectors written again: pretty-printed one number a line with eight spaces of indent
   * (as OpenAI's pretty-printed replies are), and/or each number as {@code Double.toString((double) f)}, the
   * 16-17 digit form of OpenAI's replies ({@code -0.006929283495992422}).
   */
  static byte[] reprinted(byte[] body, boolean pretty, boolean doubleDigits) {
    String json = new String(body, StandardCharsets.US_ASCII);
    Matcher vector = Pattern.compile("\"embedding\":\\[([^\\]]*)]").matcher(json);
    StringBuilder out = new StringBuilder(json.length() * 2);
    int last = 0;
    while (vector.find()) {
      out.append(json, last, vector.start()).append("\"embedding\": [");
      String separator = pretty ? "\n        " : "";
      for (String number : vector.group(1).split(",")) {
        out.append(separator).append(doubleDigits ? Double.toString(Float.parseFloat(number)) : number);
        separator = pretty ? ",\n        " : ",";
      }
      out.append(pretty ? "\n      ]" : "]");
      last = vector.end();
    }
    return out.append(json, last, json.length()).toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The offsets just after each {@code "embedding":[}. */
  private static int[] arrayStarts(byte[] body) {
    byte[] key = "\"embedding\":[".getBytes(StandardCharsets.US_ASCII);
    int[] starts = new int[Fixtures.EMBEDDINGS];
    int found = 0;
    for (int i = 0; i + key.length <= body.length && found < starts.length; i++) {
      if (Arrays.equals(body, i, i + key.length, key, 0, key.length)) {
        starts[found++] = i + key.length;
      }
    }
    if (found != starts.length) {
      throw new IllegalStateException("found " + found + " embedding arrays");
    }
    return starts;
  }

  /** Closes the client. */
  @TearDown(Level.Trial)
  public void stop() {
    hub.close();
    canned.dispatcher().executorService().shutdown();
  }

  /** The public API on the float reply. */
  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public EmbeddingResponse floatReply() {
    return embeddings.create(floatRequest);
  }

  /** The public API on the float reply pretty-printed, one number a line. */
  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public EmbeddingResponse prettyFloatReply() {
    return embeddings.create(prettyRequest);
  }

  /** The public API on the float reply with numbers of 16-17 digits ({@code Double.toString((double) f)}). */
  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public EmbeddingResponse doubleDigitsReply() {
    return embeddings.create(doubleDigitsRequest);
  }

  /** The public API on the base64 reply. */
  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public EmbeddingResponse base64Reply() {
    return embeddings.create(base64Request);
  }

  /** Plain OkHttp with the same interceptor, reading the float reply's bytes only. */
  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public byte[] floatBodyOnly() throws IOException {
    try (Response response = canned.newCall(rawFloat).execute()) {
      return response.body().bytes();
    }
  }

  /** Plain OkHttp with the same interceptor, reading the base64 reply's bytes only. */
  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public byte[] base64BodyOnly() throws IOException {
    try (Response response = canned.newCall(rawBase64).execute()) {
      return response.body().bytes();
    }
  }

  /**
   * The float reply's numbers only, through the reader's number loop ({@link FloatArrayScanner}): what the reply
   * costs without HTTP, the reply's other fields and the response objects.
   */
  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public float[] floatNumbersOnly() throws IOException {
    FloatArrayScanner scanner = new FloatArrayScanner(floatBody);
    float[] last = null;
    for (int start : arrayStarts) {
      last = scanner.read(start - 1);
    }
    return last;
  }
}
