package dev.hubkit.testing.internal;

import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.ClaudeReply;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.GeminiReply;
import dev.hubkit.testing.RecordedHubRequest;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Routes every request of a FakeHub: records it, serves {@code /files/} without authentication, checks the bearer
 * key, plays a queued fault that applies, and hands the rest to the endpoint for its method and path. Called on
 * several server threads at once; all state it reaches is thread-safe.
 */
public final class HubDispatcher extends Dispatcher {
  private final HubSettings settings;
  private final RequestLog log = new RequestLog();
  private final FaultQueue faults = new FaultQueue();
  private final ModelCatalog catalog;
  private final ChatEndpoint chat;
  private final EmbeddingsEndpoint embeddings;
  private final TasksEndpoint tasks;
  private final ImagesEndpoint images;
  private final VideoJobsEndpoint videos;
  private final FilesEndpoint files;
  private final AudioRerankEndpoint audioRerank;
  private final FamilyJobsEndpoint families;
  private final ClaudeEndpoint claude;
  private final GeminiEndpoint gemini;
  private final ResponsesEndpoint responses;

  /** A dispatcher for a hub configured by {@code settings}. */
  public HubDispatcher(HubSettings settings) {
    this.settings = settings;
    this.catalog = new ModelCatalog(settings);
    this.chat = new ChatEndpoint(settings, catalog);
    this.embeddings = new EmbeddingsEndpoint(settings, catalog);
    this.tasks = new TasksEndpoint(settings, catalog);
    this.images = new ImagesEndpoint(settings, catalog, tasks);
    this.videos = new VideoJobsEndpoint(settings, catalog);
    this.files = new FilesEndpoint(settings);
    this.audioRerank = new AudioRerankEndpoint(catalog);
    this.families = new FamilyJobsEndpoint(settings);
    this.claude = new ClaudeEndpoint(settings);
    this.gemini = new GeminiEndpoint(settings);
    this.responses = new ResponsesEndpoint(settings, catalog);
  }

  /** The requests received so far. */
  public RequestLog log() {
    return log;
  }

  /** Queues {@code reply} for the next chat completion. */
  public void enqueueReply(ChatReply reply) {
    chat.enqueue(reply);
  }

  /** Queues {@code reply} for the next Claude-format message. */
  public void enqueueClaudeReply(ClaudeReply reply) {
    claude.enqueue(reply);
  }

  /** Queues {@code reply} for the next Gemini generateContent or streamGenerateContent. */
  public void enqueueGeminiReply(GeminiReply reply) {
    gemini.enqueue(reply);
  }

  /** Queues {@code reply} for the next {@code POST /responses}. */
  public void enqueueResponse(ChatReply reply) {
    responses.enqueue(reply);
  }

  /** Queues {@code fault} for the next request it applies to. */
  public void enqueueFault(Fault fault) {
    faults.add(fault);
  }

  @Override
  public MockResponse dispatch(RecordedRequest raw) {
    byte[] body = raw.getBody() == null ? new byte[0] : raw.getBody().toByteArray();
    RecordedHubRequest request = new RecordedHubRequest(raw.getMethod(), raw.getUrl(), raw.getHeaders(), body,
        settings.prefix());
    log.add(request);
    if (request.fullPath().startsWith(FilesEndpoint.ROOT)) {
      return files.handle(request);
    }
    if (ClaudeEndpoint.serves(request.fullPath())) {
      return claude(request);
    }
    boolean family = FamilyJobsEndpoint.serves(request.fullPath()); // relays serve these at the host root
    if (!family && !RequestBodies.isBelow(settings.prefix(), request.fullPath())) {
      return unknownUrl(request);
    }
    String authorization = request.header("Authorization").orElse(null);
    boolean geminiRoute = GeminiEndpoint.route(request.path()) != null;
    if (geminiRoute && !("Bearer " + settings.apiKey()).equals(authorization)) {
      String googleKey = request.header("x-goog-api-key").orElse(null);
      if (!settings.apiKey().equals(googleKey)) {
        return GeminiEndpoint.error(401, "API key not valid. FakeHub expects its apiKey() as"
            + " 'Authorization: Bearer <key>' or 'x-goog-api-key: <key>'.");
      }
    } else if (!("Bearer " + settings.apiKey()).equals(authorization)) {
      return Wire.error(401, "invalid_request_error", "invalid_api_key", authorization == null
          ? "You didn't provide an API key. Send 'Authorization: Bearer <key>'."
          : "Incorrect API key provided. FakeHub expects its apiKey().");
    }
    boolean streaming = "/chat/completions".equals(request.path()) && chat.isStreaming(request)
        || GeminiEndpoint.isStreaming(request)
        || "/responses".equals(request.path()) && ResponsesEndpoint.isStreaming(request);
    Fault fault = faults.take(request, streaming, createsTask(request) || FamilyJobsEndpoint.creates(request));
    if (fault != null && fault.kind() == Fault.Kind.HTML_ERROR) {
      return Wire.htmlError(fault.status());
    }
    if (fault != null && fault.kind() == Fault.Kind.HTTP_ERROR) {
      return httpError(fault, geminiRoute);
    }
    return family ? families.handle(request, fault) : route(request, fault);
  }

  private MockResponse route(RecordedHubRequest request, Fault fault) {
    String method = request.method();
    String[] segments = request.path().substring(1).split("/", -1);
    String route = method + " " + request.path();
    if ("POST".equals(method) && GeminiEndpoint.route(request.path()) != null) {
      return gemini.handle(request, fault);
    }
    switch (route) {
      case "POST /chat/completions": return chat.handle(request, fault);
      case "POST /embeddings": return embeddings.handle(request);
      case "GET /models": return catalog.list();
      case "POST /images/generations": return images.generate(request, fault);
      case "POST /images/edits": return images.edit(request);
      case "POST /videos/generations": return tasks.createVideo(request, fault);
      case "POST /videos": return videos.create(request, fault);
      case "GET /videos": return videos.list(request);
      case "POST /audio/speech": return audioRerank.speech(request);
      case "POST /audio/transcriptions": return audioRerank.transcription(request);
      case "POST /rerank": return audioRerank.rerank(request);
      case "POST /responses": return responses.create(request, fault);
      default: break;
    }
    if (segments.length == 2 && "tasks".equals(segments[0]) && "GET".equals(method)) {
      return tasks.poll(request, segments[1]);
    }
    if (segments.length >= 2 && "responses".equals(segments[0]) && !segments[1].isEmpty()) {
      MockResponse stored = storedResponse(request, segments);
      if (stored != null) {
        return stored;
      }
    }
    if (segments.length >= 2 && "videos".equals(segments[0]) && !segments[1].isEmpty()) {
      String id = segments[1];
      if (segments.length == 2 && "GET".equals(method)) {
        return videos.retrieve(id);
      }
      if (segments.length == 2 && "DELETE".equals(method)) {
        return videos.delete(id);
      }
      if (segments.length == 3 && "remix".equals(segments[2]) && "POST".equals(method)) {
        return videos.remix(request, id, fault);
      }
      if (segments.length == 3 && "content".equals(segments[2]) && "GET".equals(method)) {
        return videos.content(request, id);
      }
    }
    return unknownUrl(request);
  }

  private MockResponse claude(RecordedHubRequest request) {
    MockResponse refused = claude.check(request);
    if (refused != null) {
      return refused;
    }
    Fault fault = faults.take(request, claude.isStreaming(request), false);
    if (fault != null && fault.kind() == Fault.Kind.HTML_ERROR) {
      return Wire.htmlError(fault.status());
    }
    return fault != null && fault.kind() == Fault.Kind.HTTP_ERROR ? ClaudeEndpoint.fault(fault)
        : claude.handle(request, fault);
  }

  /** {@code GET|DELETE /responses/{id}}, {@code POST /responses/{id}/cancel}, {@code GET .../input_items}. */
  private MockResponse storedResponse(RecordedHubRequest request, String[] segments) {
    String method = request.method();
    if (segments.length == 2) {
      return "GET".equals(method) ? responses.retrieve(segments[1])
          : "DELETE".equals(method) ? responses.delete(segments[1]) : null;
    }
    if (segments.length == 3 && "cancel".equals(segments[2]) && "POST".equals(method)) {
      return responses.cancel(segments[1]);
    }
    if (segments.length == 3 && "input_items".equals(segments[2]) && "GET".equals(method)) {
      return responses.inputItems(request, segments[1]);
    }
    return null;
  }

  private boolean createsTask(RecordedHubRequest request) {
    if (!"POST".equals(request.method())) {
      return false;
    }
    String path = request.path();
    return "/videos/generations".equals(path) || "/videos".equals(path)
        || (path.startsWith("/videos/") && path.endsWith("/remix"))
        || ("/images/generations".equals(path) && images.createsTask(request))
        || ("/responses".equals(path) && ResponsesEndpoint.isBackground(request));
  }

  private static MockResponse httpError(Fault fault, boolean geminiRoute) {
    MockResponse.Builder reply = (geminiRoute ? GeminiEndpoint.error(fault.status(), fault.message().orElse(""))
        : Wire.error(fault.status(), Wire.errorType(fault.status()), fault.code().orElse(null),
            fault.message().orElse(""))).newBuilder();
    if (fault.retryAfter().isPresent()) {
      long millis = fault.retryAfter().get().toMillis();
      reply.setHeader("Retry-After", String.valueOf((millis + 999) / 1000));
      reply.setHeader("retry-after-ms", String.valueOf(millis));
    }
    return reply.build();
  }

  private static MockResponse unknownUrl(RecordedHubRequest request) {
    return Wire.notFound("unknown_url", "Unknown request URL: " + request.method() + " " + request.fullPath()
        + ". FakeHub serves its API below baseUrl().");
  }
}
