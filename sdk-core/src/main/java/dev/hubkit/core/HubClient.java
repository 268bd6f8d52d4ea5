package dev.hubkit.core;

import dev.hubkit.core.internal.ClientState;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.LoggingInterceptor;
import dev.hubkit.core.internal.OriginAuthInterceptor;
import dev.hubkit.core.internal.RetryInterceptor;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
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
 * <p>An HTTP client HubKit creates runs up to 64 asynchronous calls at once, all of them to the hub if need be:
 * a {@code streamAsync} holds its place until its stream ends, so OkHttp's default of 5 calls per host would leave
 * a sixth stream, and every {@code createAsync} or task poll behind it, waiting.
 */
public final class HubClient implements AutoCloseable {
  /** The environment variable {@link #fromEnv()} reads the API key from. */
  public static final String API_KEY_ENV = "HUBKIT_API_KEY";
  /** The environment variable {@link #fromEnv()} reads the base URL from. */
  public static final String BASE_URL_ENV = "HUBKIT_BASE_URL";
  /** HubKit's version, sent in the default user agent. */
  public static final String VERSION = "0.1.0-SNAPSHOT";
  /** How many asynchronous calls an HTTP client HubKit creates runs at once, in total and to one host. */
  private static final int MAX_ASYNC_CALLS = 64;

  private final Builder settings;
  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final RequestOptions defaultOptions;
  private final HubTransport transport;
  private final boolean ownsHttpClient;
  private final ClientState state;

  private HubClient(Builder settings, OkHttpClient httpClient, RequestOptions defaultOptions,
      boolean ownsHttpClient, ClientState state) {
    this.settings = settings.copy();
    this.state = state;
    this.ownsHttpClient = ownsHttpClient;
    this.baseUrl = settings.baseUrl;
    this.httpClient = httpClient;
    this.defaultOptions = defaultOptions;
    this.transport = new HubTransport(baseUrl, httpClient, defaultOptions, settings.userAgent, settings.apiKey, state);
  }

  /** Starts a builder; {@link Builder#baseUrl} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client for the hub named by {@code HUBKIT_BASE_URL}, authenticated with {@code HUBKIT_API_KEY}.
   *
   * @throws HubException naming the variable that is missing or blank
   */
  public static HubClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /** As {@link #fromEnv()}, reading the variables from {@code environment}. */
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

  /** The base URL every API path is appended to, without a trailing slash. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The options every call starts from. */
  public RequestOptions defaultOptions() {
    return defaultOptions;
  }

  /**
   * The OkHttp client HubKit sends through, with HubKit's interceptors. It adds the API key only to requests for
   * the base URL's origin, so it is safe to use for a hub endpoint HubKit does not model.
   */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /** A client with {@code options} layered over this one's defaults, sharing this client's connections. */
  public HubClient withOptions(RequestOptions options) {
    return new HubClient(settings, httpClient, defaultOptions.mergedWith(options), false, state);
  }

  /** A builder holding this client's settings; what it builds shares this client's connection pool. */
  public Builder newBuilder() {
    Builder builder = settings.copy();
    builder.defaultOptions = defaultOptions;
    if (builder.baseHttpClient == null) {
      builder.shared = httpClient;
      builder.sharedState = state;
    }
    return builder;
  }

  /**
   * Internal: the transport the API modules send through. Not part of the public API; it may change in any
   * release.
   */
  public HubTransport transport() {
    return transport;
  }

  /**
   * Releases the threads and idle connections of the HTTP client HubKit created for this client; idempotent.
   * Clients derived from this one ({@link #withOptions}, {@link #newBuilder}) share them and stop working too.
   * Every call made afterwards, blocking or asynchronous, on this client or one derived from it, fails at once
   * with {@link ClientClosedException} (an asynchronous one returns a future failed with it), and a call waiting to
   * be retried is not sent again.
   */
  @Override
  public void close() {
    state.close();
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

    private Builder() {}

    /**
     * Logs every HTTP exchange with the hub at {@code level} to {@code logger}. Credentials are masked in every
     * line; bodies are logged only at {@link HttpLogger.Level#BODY}, and never those of streams or uploads.
     */
    public Builder logging(HttpLogger.Level level, HttpLogger logger) {
      this.logLevel = Objects.requireNonNull(level, "level");
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /** The hub's API key, sent as {@code Authorization: Bearer <key>} to the base URL's origin only. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * The hub's base URL including its path prefix; API paths are appended to it as given, e.g.
     * {@code https://api.chmuhub.com/v1/public} + {@code /chat/completions}.
     *
     * @throws IllegalArgumentException when it is not an http(s) URL
     */
    public Builder baseUrl(String baseUrl) {
      HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl").trim());
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl must be an http:// or https:// URL, was '" + baseUrl + "'");
      }
      return baseUrl(parsed);
    }

    /** As {@link #baseUrl(String)}. */
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

    /** Time allowed to open a connection (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** Longest silence while reading a reply, also between two events of a stream (default 3 min). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /** Longest stall while sending a request body (default 3 min). */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive("writeTimeout", timeout);
      return this;
    }

    /**
     * Whole-call limit of a non-streaming call, retries included (default 10 min). Streams are not cut by it once
     * they deliver: they are bounded by the read timeout between events.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return this;
    }

    /** Retries after the first attempt, keeping the rest of the retry policy (default 2; 0 turns retries off). */
    public Builder maxRetries(int maxRetries) {
      this.retryPolicy = RetryPolicy.builder().from(retryPolicy).maxRetries(maxRetries).build();
      return this;
    }

    /** The whole retry policy. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** A header sent with every call to the hub. */
    public Builder defaultHeader(String name, String value) {
      this.defaultOptions = defaultOptions.mergedWith(RequestOptions.builder().header(name, value).build());
      return this;
    }

    /** Options every call starts from: headers, query parameters, body fields, timeout, retries. */
    public Builder defaultOptions(RequestOptions options) {
      this.defaultOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /** The {@code User-Agent} header (default {@code hubkit-java/<version>}). */
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
     * <p>Its {@link Dispatcher} is used as it is, limits included: each {@code streamAsync} holds one of its calls
     * per host until the stream ends, and OkHttp's default {@code maxRequestsPerHost} is 5, so raise it (as HubKit
     * does to 64 for a client it creates) if the app runs more streams at once. Its {@code cancelAll()} cancels the
     * HubKit calls it is running too, {@code streamAsync} streams included: they fail with a
     * {@link HubConnectionException} rather than end as if complete.
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
     * @throws IllegalStateException when no base URL was set
     */
    public HubClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required, e.g. HubClient.builder().baseUrl("
            + "\"https://api.chmuhub.com/v1/public\"), or use HubClient.fromEnv() with " + BASE_URL_ENV);
      }
      return new HubClient(this, httpClient(), defaultOptions, baseHttpClient == null && shared == null,
          sharedState != null ? sharedState : new ClientState());
    }

    private OkHttpClient httpClient() {
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
            .dispatcher(dispatcher());
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

    /** A dispatcher whose limits fit calls that last as long as a stream, instead of OkHttp's 5 per host. */
    private static Dispatcher dispatcher() {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(MAX_ASYNC_CALLS);
      dispatcher.setMaxRequestsPerHost(MAX_ASYNC_CALLS);
      return dispatcher;
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
