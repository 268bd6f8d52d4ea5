package dev.hubkit.core;

import dev.hubkit.core.internal.CallThreads;
import dev.hubkit.core.internal.ClientState;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.LoggingInterceptor;
import dev.hubkit.core.internal.OkHttpVersion;
import dev.hubkit.core.internal.OriginAuthInterceptor;
import dev.hubkit.core.internal.RetryInterceptor;
import dev.hubkit.core.internal.PollSlots;
import dev.hubkit.core.internal.StreamSlots;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The connection to one hub: its base URL (with any path prefix, such as {@code https://api.chmuhub.com/v1/public}
 * or {@code https://host/api/v1}), the API key, timeouts, retries and default headers. Immutable and thread-safe:
 * build one per hub and share it; {@link #withOptions} and {@link #newBuilder} derive variants that share its
 * connection pool. The API classes of the other modules ({@code ChatApi.of(client)}, ...) take it.
 *
 * <p>The API key is sent only to the base URL's scheme, host and port, never to another host (result downloads,
 * redirects), and appears in no {@code toString()} or exception message. {@link #close()} releases the threads
 * and connections of an HTTP client HubKit created; a caller-supplied {@link OkHttpClient} stays the caller's.
 *
 * <h2>Many streams and many jobs in one JVM</h2>
 * A stream (blocking or {@code streamAsync}) holds a dispatcher place, a connection and a thread until its answer
 * ends; a call ({@code createAsync}, a task poll) holds them for one round trip. So that a thousand pending jobs
 * and hundreds of live streams share one client, the HTTP client HubKit creates is built thus:
 * <ul>
 *   <li>Threads: on Java 21 and later its calls run on virtual threads (found at run time; the library still runs
 *       on Java 8 and Android), so a live stream holds a parked virtual thread, not a platform thread. Elsewhere
 *       they run on OkHttp's pool of platform threads, one per running call. {@link Builder#virtualThreads} turns
 *       virtual threads off.
 *   <li>Places: its dispatcher runs {@link Builder#maxConcurrentStreams} streams (default 1,024 on virtual
 *       threads, 64 on platform threads) plus 64 other calls at once, all to the hub if need be. HubKit counts its
 *       streams itself and holds back those over the limit, in order, so streams never take the 64 places of the
 *       calls: a {@code createAsync} or a poll does not wait for another user's answer to end. A stream that waits
 *       for a place is reported to {@link Builder#streamSlotListener}, never silent.
 *   <li>Connections: its pool keeps up to 64 idle connections for 5 minutes (OkHttp keeps 5), so polls of many
 *       jobs reuse connections instead of opening one per wave; {@link PollingPolicy#jitter()} spreads the waves.
 * </ul>
 * {@link #close()} ends every stream this client and the clients derived from it opened (a blocking one too, whose
 * call HubKit keeps on the dispatcher until the stream ends: {@code httpClient().dispatcher().cancelAll()} reaches
 * it as well). A caller's {@link OkHttpClient} ({@link Builder#httpClient}) keeps its dispatcher, executor, pool
 * and limits: HubKit adds no stream limit of its own unless {@link Builder#maxConcurrentStreams} is set, and still
 * reports a stream its dispatcher holds back.
 */
public final class HubClient implements AutoCloseable {
  /** The environment variable {@link #fromEnv()} reads the API key from. */
  public static final String API_KEY_ENV = "HUBKIT_API_KEY";
  /** The environment variable {@link #fromEnv()} reads the base URL from. */
  public static final String BASE_URL_ENV = "HUBKIT_BASE_URL";
  /** HubKit's version, sent in the default user agent. */
  public static final String VERSION = "0.1.0-SNAPSHOT";

  private final Builder settings;
  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final RequestOptions defaultOptions;
  private final HubTransport transport;
  private final boolean ownsHttpClient;
  private final StreamSlots streams;
  private final boolean ownsStreams;
  private final ClientState state;

  private HubClient(Builder settings, OkHttpClient httpClient, RequestOptions defaultOptions, boolean ownsHttpClient,
      StreamSlots streams, boolean ownsStreams, PollSlots polls, ClientState state) {
    this.settings = settings.copy();
    this.settings.streams = streams;
    this.settings.polls = polls;
    this.state = state;
    this.ownsHttpClient = ownsHttpClient;
    this.streams = streams;
    this.ownsStreams = ownsStreams;
    this.baseUrl = settings.baseUrl;
    this.httpClient = httpClient;
    this.defaultOptions = defaultOptions;
    this.transport = new HubTransport(baseUrl, httpClient, defaultOptions, settings.userAgent, settings.apiKey,
        streams, polls, state);
  }

  /**
   * Starts a builder; {@link Builder#baseUrl} is required.
   *
   * @return a new builder with the default timeouts, retries and user agent
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client for the hub named by {@code HUBKIT_BASE_URL}, authenticated with {@code HUBKIT_API_KEY}.
   *
   * @return a new client with the default settings, over its own OkHttp client
   * @throws HubException naming the variable that is missing or blank
   * @throws IllegalArgumentException when {@code HUBKIT_BASE_URL} is not an http(s) URL, or carries a query,
   *     fragment or credentials
   */
  public static HubClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * As {@link #fromEnv()}, reading the variables from {@code environment}.
   *
   * @param environment the variables, such as {@code System.getenv()}; values are trimmed
   * @return a new client with the default settings, over its own OkHttp client
   * @throws HubException naming the variable that is missing or blank
   * @throws IllegalArgumentException when {@code HUBKIT_BASE_URL} is not an http(s) URL, or carries a query,
   *     fragment or credentials
   */
  public static HubClient fromEnv(Map<String, String> environment) {
    String key = environment.get(API_KEY_ENV);
    if (key == null || key.trim().isEmpty()) {
      throw new HubException(API_KEY_ENV + " is not set: export the hub's API key as " + API_KEY_ENV
          + ", or build the client with HubClient.builder().apiKey(...)");
    }
    String url = environment.get(BASE_URL_ENV);
    if (url == null || url.trim().isEmpty()) {
      throw new HubException(BASE_URL_ENV + " is not set: export the hub's base URL including its path prefix,"
          + " e.g. " + BASE_URL_ENV + "=https://api.chmuhub.com/v1/public");
    }
    return builder().apiKey(key.trim()).baseUrl(url.trim()).build();
  }

  /**
   * The base URL every API path is appended to.
   *
   * @return the base URL with its path prefix, without a trailing slash
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The options every call starts from.
   *
   * @return the builder's default options, with those of {@link #withOptions} layered over them; a call's own
   *     options are layered over these
   */
  public RequestOptions defaultOptions() {
    return defaultOptions;
  }

  /**
   * The OkHttp client HubKit sends through, with HubKit's interceptors. It adds the API key only to requests for
   * the base URL's origin, so it is safe to use for a hub endpoint HubKit does not model.
   *
   * @return the client HubKit sends through; the same instance for the clients {@link #withOptions} derives
   */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /**
   * A client with {@code options} layered over this one's defaults, sharing this client's connections.
   *
   * @param options the options to layer over this client's defaults; what they set wins
   * @return a new client; this one is unchanged
   */
  public HubClient withOptions(RequestOptions options) {
    return new HubClient(settings, httpClient, defaultOptions.mergedWith(options), false, streams, false,
        transport.pollSlots(), state);
  }

  /**
   * A builder holding this client's settings; what it builds shares this client's connection pool.
   *
   * @return a new builder; changing it leaves this client unchanged
   */
  public Builder newBuilder() {
    Builder builder = settings.copy();
    builder.defaultOptions = defaultOptions;
    if (builder.baseHttpClient == null) {
      builder.shared = httpClient;
      builder.sharedState = state;
    } else {
      builder.streams = null; // a new client over the caller's OkHttpClient counts its own streams
    }
    return builder;
  }

  /**
   * Internal: the transport the API modules send through. Not part of the public API; it may change in any
   * release.
   *
   * @return this client's transport
   */
  public HubTransport transport() {
    return transport;
  }

  /**
   * Ends every stream this client and the clients derived from it opened (they fail with a
   * {@link StreamInterruptedException} or, still waiting for a slot, a {@link CallCanceledException}), then releases
   * the threads and idle connections of the HTTP client HubKit created for this client; idempotent. Clients derived
   * from this one ({@link #withOptions}, {@link #newBuilder}) share them and stop working too; closing a derived
   * client ends no streams. Every call made afterwards, blocking or asynchronous, on this client or one derived from
   * it, fails at once with {@link ClientClosedException} (an asynchronous one returns a future failed with it), and
   * a call waiting to be retried is not sent again. Every task wait of this client's APIs and of the clients
   * derived from it ends at once: its {@code TaskFuture} fails with {@link ClientClosedException}, and the job goes
   * on on the hub.
   */
  @Override
  public void close() {
    state.close();
    if (ownsStreams) {
      streams.closeAll();
    }
    if (ownsHttpClient) {
      httpClient.dispatcher().executorService().shutdown();
      httpClient.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "HubClient{baseUrl=" + baseUrl + ", apiKey=" + (settings.apiKey == null ? "none" : "****") + "}";
  }

  /** Builds a {@link HubClient}. Not thread-safe; the client it builds is. */
  public static final class Builder {
    private String apiKey;
    private HttpUrl baseUrl;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RequestOptions defaultOptions = RequestOptions.none();
    private String userAgent = "hubkit-java/" + VERSION;
    private OkHttpClient baseHttpClient;
    private OkHttpClient shared;
    private ClientState sharedState;
    private HttpLogger logger;
    private HttpLogger.Level logLevel = HttpLogger.Level.NONE;
    private Integer maxConcurrentStreams;
    private StreamSlotListener streamSlotListener;
    private Boolean virtualThreads;
    private StreamSlots streams;
    private int maxConcurrentPolls = PollSlots.DEFAULT_LIMIT;
    private PollSlots polls;

    private Builder() {}

    /**
     * How many task polls (the status requests of {@code TaskFuture} waits) this client and the clients derived
     * from it send at once (default 16). Waits that fall due together beyond it queue in order, holding no thread,
     * and each poll starts when another ends, so the polls of a thousand pending jobs hold at most this many calls
     * (and connections) at once, however late a slow machine runs their steps. Other calls ({@code createAsync}, streams) never wait
     * behind polls. A many-ids poll (Midjourney, Suno) takes one place for all its ids. The waits of sdk-media's
     * images, tasks, videos and jobs APIs take places, and so do a background response's polls
     * ({@code ResponsesApi}).
     *
     * @param maxConcurrentPolls at least 1
     * @return this builder
     * @throws IllegalArgumentException when it is less than 1
     * @throws IllegalStateException on a builder from {@link HubClient#newBuilder()} that shares its client's
     *     dispatcher, whose polls share that client's limit
     */
    public Builder maxConcurrentPolls(int maxConcurrentPolls) {
      requireOwnDispatcher("maxConcurrentPolls");
      if (maxConcurrentPolls < 1) {
        throw new IllegalArgumentException("maxConcurrentPolls must be at least 1, was " + maxConcurrentPolls);
      }
      this.maxConcurrentPolls = maxConcurrentPolls;
      return this;
    }

    /**
     * How many streams (blocking and {@code streamAsync}) run at once; more wait, in order, for one to end and are
     * reported to {@link #streamSlotListener}. Default for the HTTP client HubKit creates: 1,024 when its calls run
     * on virtual threads (Java 21 and later), 64 on platform threads, where each stream holds one; its dispatcher
     * gets 64 places for other calls on top, so streams never hold back a {@code createAsync} or a poll. With a
     * caller's {@link #httpClient} HubKit sets no limit unless this is called, and the caller's dispatcher limits
     * apply too.
     *
     * @param maxConcurrentStreams at least 1
     * @return this builder
     * @throws IllegalArgumentException when it is less than 1
     * @throws IllegalStateException on a builder from {@link HubClient#newBuilder()} that shares its client's
     *     dispatcher, whose limits are fixed
     */
    public Builder maxConcurrentStreams(int maxConcurrentStreams) {
      requireOwnDispatcher("maxConcurrentStreams");
      if (maxConcurrentStreams < 1) {
        throw new IllegalArgumentException("maxConcurrentStreams must be at least 1, was " + maxConcurrentStreams);
      }
      this.maxConcurrentStreams = maxConcurrentStreams;
      return this;
    }

    /**
     * Hears every stream that must wait for a slot (see {@link StreamSlotListener}), from HubKit's stream limit or
     * the dispatcher's limits.
     *
     * @param listener told when a stream starts and stops waiting
     * @return this builder
     * @throws IllegalStateException on a builder from {@link HubClient#newBuilder()} that shares its client's
     *     dispatcher (the listener set on the first builder hears its streams)
     */
    public Builder streamSlotListener(StreamSlotListener listener) {
      requireOwnDispatcher("streamSlotListener");
      this.streamSlotListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Whether the HTTP client HubKit creates runs its calls on virtual threads when the runtime has them (Java 21
     * and later; default {@code true}). Off, they run on OkHttp's pool of platform threads and the default stream
     * limit is 64.
     *
     * @param enabled {@code false} for platform threads on every runtime
     * @return this builder
     * @throws IllegalStateException on a builder from {@link HubClient#newBuilder()} that shares its client's
     *     dispatcher
     */
    public Builder virtualThreads(boolean enabled) {
      requireOwnDispatcher("virtualThreads");
      this.virtualThreads = enabled;
      return this;
    }

    private void requireOwnDispatcher(String setting) {
      if (shared != null) {
        throw new IllegalStateException(setting + " cannot change on a builder from HubClient.newBuilder(): it"
            + " shares its client's dispatcher, whose limits are fixed; set it on HubClient.builder()");
      }
    }

    /**
     * Logs every HTTP exchange with the hub at {@code level} to {@code logger}. Credentials are masked in every
     * line; bodies are logged only at {@link HttpLogger.Level#BODY}, and never those of streams or uploads.
     *
     * @param level how much of each exchange to log
     * @param logger where the lines go
     * @return this builder
     * @throws NullPointerException when either is null
     */
    public Builder logging(HttpLogger.Level level, HttpLogger logger) {
      this.logLevel = Objects.requireNonNull(level, "level");
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /**
     * The hub's API key, sent as {@code Authorization: Bearer <key>} to the base URL's origin only.
     *
     * @param apiKey the key, never logged or printed
     * @return this builder
     * @throws NullPointerException when it is null
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * The hub's base URL including its path prefix; API paths are appended to it as given, e.g.
     * {@code https://api.chmuhub.com/v1/public} + {@code /chat/completions}.
     *
     * @param baseUrl the URL, trimmed; trailing slashes are dropped
     * @return this builder
     * @throws IllegalArgumentException when it is not an http(s) URL, or carries a query, fragment or credentials
     */
    public Builder baseUrl(String baseUrl) {
      HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl").trim());
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl must be an http:// or https:// URL, was '" + baseUrl + "'");
      }
      return baseUrl(parsed);
    }

    /**
     * As {@link #baseUrl(String)}.
     *
     * @param baseUrl the URL; trailing slashes are dropped
     * @return this builder
     * @throws IllegalArgumentException when it carries a query, fragment or credentials
     */
    public Builder baseUrl(HttpUrl baseUrl) {
      HttpUrl url = Objects.requireNonNull(baseUrl, "baseUrl");
      if (url.query() != null || url.fragment() != null) {
        throw new IllegalArgumentException("baseUrl must not carry a query or fragment: " + url.redact());
      }
      if (!url.username().isEmpty() || !url.password().isEmpty()) {
        throw new IllegalArgumentException("baseUrl must not carry credentials: set apiKey instead");
      }
      // A trailing slash would produce "//" when paths are appended; keep the prefix exactly as given otherwise.
      while (url.pathSegments().size() > 1 && url.pathSegments().get(url.pathSegments().size() - 1).isEmpty()) {
        url = url.newBuilder().removePathSegment(url.pathSegments().size() - 1).build();
      }
      this.baseUrl = url;
      return this;
    }

    /**
     * Time allowed to open a connection (default 10 s).
     *
     * @param timeout the limit
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Longest silence while reading a reply, also between two events of a stream (default 3 min).
     *
     * @param timeout the limit
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /**
     * Longest stall while sending a request body (default 3 min).
     *
     * @param timeout the limit
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive("writeTimeout", timeout);
      return this;
    }

    /**
     * Whole-call limit of a non-streaming call, retries included (default 10 min). Streams are not cut by it once
     * they deliver: they are bounded by the read timeout between events.
     *
     * @param timeout the limit
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return this;
    }

    /**
     * Retries after the first attempt, keeping the rest of the retry policy (default 2; 0 turns retries off).
     *
     * @param maxRetries how many times a failed attempt may be retried
     * @return this builder
     * @throws IllegalArgumentException when it is negative
     */
    public Builder maxRetries(int maxRetries) {
      this.retryPolicy = RetryPolicy.builder().from(retryPolicy).maxRetries(maxRetries).build();
      return this;
    }

    /**
     * The whole retry policy.
     *
     * @param retryPolicy which failures are retried, how often, and how long to wait between attempts
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * A header sent with every call to the hub.
     *
     * @param name the header's name
     * @param value its value
     * @return this builder
     */
    public Builder defaultHeader(String name, String value) {
      this.defaultOptions = defaultOptions.mergedWith(RequestOptions.builder().header(name, value).build());
      return this;
    }

    /**
     * Options every call starts from: headers, query parameters, body fields, timeout, retries.
     *
     * @param options the defaults; they replace earlier ones, including headers from {@link #defaultHeader}
     * @return this builder
     */
    public Builder defaultOptions(RequestOptions options) {
      this.defaultOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The {@code User-Agent} header (default {@code hubkit-java/<version>}).
     *
     * @param userAgent the header's value
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /**
     * An OkHttp client to share its connection pool, dispatcher and interceptors; HubKit derives its own from it
     * with {@code newBuilder()} and leaves the original unchanged. Timeouts set on this builder override its. The
     * {@link HubClient#httpClient()} of another HubClient works too: that client's key, retries and logging are
     * left out, and this one's take their place.
     *
     * <p>Its {@link Dispatcher}, executor and pool are used as they are, limits included: each stream (blocking or
     * {@code streamAsync}) holds one of its async places per host until it ends, and OkHttp's default
     * {@code maxRequestsPerHost} is 5 and {@code maxRequests} 64, so raise both to the streams the app runs at once
     * plus room for its other calls; a stream they hold back is reported to {@link #streamSlotListener}. For many
     * streams on Java 21 and later, give the dispatcher a virtual-thread executor; for many pending jobs, a
     * {@code ConnectionPool} that keeps dozens of idle connections instead of OkHttp's 5. Its {@code cancelAll()}
     * cancels the HubKit calls it is running too, streams included, blocking ones too: they fail with a
     * {@link StreamInterruptedException} rather than end as if complete.
     *
     * @param httpClient the client to derive HubKit's own from; left unchanged
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.baseHttpClient = Objects.requireNonNull(httpClient, "httpClient");
      this.shared = null;
      this.sharedState = null;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client
     * @throws IllegalStateException when no base URL was set, {@code virtualThreads} was set together with
     *     {@link #httpClient}, or the OkHttp on the class path is 3 or 4 (the message says how to fix the build)
     */
    public HubClient build() {
      OkHttpVersion.requireFive();
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required, e.g. HubClient.builder().baseUrl("
            + "\"https://api.chmuhub.com/v1/public\"), or use HubClient.fromEnv() with " + BASE_URL_ENV);
      }
      if (baseHttpClient != null && virtualThreads != null) {
        throw new IllegalStateException("virtualThreads applies to the HTTP client HubKit creates; a caller's"
            + " OkHttpClient keeps its dispatcher's executor: give its Dispatcher the executor you want instead");
      }
      boolean ownStreams = shared == null || streams == null;
      boolean createsHttpClient = baseHttpClient == null && shared == null;
      Optional<ThreadFactory> virtual = createsHttpClient && !Boolean.FALSE.equals(virtualThreads)
          ? CallThreads.virtualThreadFactory() : Optional.<ThreadFactory>empty();
      int streamLimit = maxConcurrentStreams != null ? maxConcurrentStreams
          : baseHttpClient != null ? Integer.MAX_VALUE : CallThreads.defaultStreamLimit(virtual.isPresent());
      StreamSlots slots = ownStreams ? new StreamSlots(streamLimit, streamSlotListener) : streams;
      PollSlots pollSlots = ownStreams || polls == null ? new PollSlots(maxConcurrentPolls) : polls;
      return new HubClient(this, httpClient(virtual, streamLimit), defaultOptions, createsHttpClient, slots,
          ownStreams, pollSlots, sharedState != null ? sharedState : new ClientState());
    }

    private OkHttpClient httpClient(Optional<ThreadFactory> virtualThreads, int streamLimit) {
      OkHttpClient.Builder http;
      if (baseHttpClient != null || shared != null) {
        // Another HubClient's httpClient() carries that client's key, retries and logger: this one adds its own.
        http = (baseHttpClient != null ? baseHttpClient : shared).newBuilder();
        http.interceptors().removeIf(i -> i instanceof RetryInterceptor);
        http.networkInterceptors().removeIf(i -> i instanceof OriginAuthInterceptor || i instanceof LoggingInterceptor);
      } else {
        http = new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(3, TimeUnit.MINUTES)
            .writeTimeout(3, TimeUnit.MINUTES)
            .callTimeout(10, TimeUnit.MINUTES)
            .dispatcher(CallThreads.dispatcher(virtualThreads, streamLimit))
            .connectionPool(CallThreads.connectionPool());
      }
      if (connectTimeout != null) {
        http.connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (readTimeout != null) {
        http.readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (writeTimeout != null) {
        http.writeTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (callTimeout != null) {
        http.callTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      http.addInterceptor(new RetryInterceptor(retryPolicy));
      http.addNetworkInterceptor(new OriginAuthInterceptor(baseUrl, apiKey));
      if (logger != null && logLevel != HttpLogger.Level.NONE) {
        http.addNetworkInterceptor(new LoggingInterceptor(logger, logLevel, apiKey));
      }
      return http.build();
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.apiKey = apiKey;
      copy.baseUrl = baseUrl;
      copy.connectTimeout = connectTimeout;
      copy.readTimeout = readTimeout;
      copy.writeTimeout = writeTimeout;
      copy.callTimeout = callTimeout;
      copy.retryPolicy = retryPolicy;
      copy.defaultOptions = defaultOptions;
      copy.userAgent = userAgent;
      copy.baseHttpClient = baseHttpClient;
      copy.shared = shared;
      copy.sharedState = sharedState;
      copy.logger = logger;
      copy.logLevel = logLevel;
      copy.maxConcurrentStreams = maxConcurrentStreams;
      copy.streamSlotListener = streamSlotListener;
      copy.virtualThreads = virtualThreads;
      copy.streams = streams;
      copy.maxConcurrentPolls = maxConcurrentPolls;
      copy.polls = polls;
      return copy;
    }

    private static Duration positive(String name, Duration value) {
      RequestOptions.requirePositive(name, Objects.requireNonNull(value, name));
      return value;
    }

    @Override
    public String toString() {
      return "HubClient.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "****") + "}";
    }
  }
}
