package dev.hubkit.media;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubConnectionException;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.Json;
import dev.hubkit.media.internal.Downloads;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.MultipartBody;
import okhttp3.Response;

/**
 * Speech and transcription: {@code POST {base}/audio/speech} streams the spoken text to a file or stream, and
 * {@code POST {base}/audio/transcriptions} uploads audio as multipart and reads the text back in the format asked
 * for. Thread-safe.
 */
public final class AudioApi {
  private static final List<String> TEXT_FORMATS = Arrays.asList("text", "srt", "vtt");

  private final HubTransport transport;

  private AudioApi(HubTransport transport) {
    this.transport = transport;
  }

  /**
   * The audio API of {@code client}'s hub.
   *
   * @param client the client whose hub, key and transport the calls use
   * @return an audio API sharing {@code client}'s connection pool; cheap, keep one or make one per call
   */
  public static AudioApi of(HubClient client) {
    return new AudioApi(Objects.requireNonNull(client, "client").transport());
  }

  /**
   * Speaks the text into {@code target}, streamed as it arrives (through a temporary file, so a failure leaves
   * nothing behind).
   *
   * @param request the text and voice
   * @param target where to write the audio
   * @return the bytes written
   */
  public long speech(SpeechRequest request, Path target) {
    return speech(request, target, RequestOptions.none());
  }

  /**
   * As {@link #speech(SpeechRequest, Path)}, with per-call options.
   *
   * @param request the text and voice
   * @param target where to write the audio
   * @param options per-call options
   * @return the bytes written
   */
  public long speech(SpeechRequest request, Path target, RequestOptions options) {
    return Downloads.toPath(transport.executeRaw(speechCall(request).withOptions(options)), target,
        TransferListener.NONE, "the speech audio");
  }

  /**
   * As {@link #speech(SpeechRequest, Path, RequestOptions)}, without blocking the caller: the audio streams to the
   * file on OkHttp's callback thread.
   *
   * @param request the text and voice
   * @param target where to write the audio
   * @param options per-call options
   * @return the bytes written, or the same exceptions
   */
  public CompletableFuture<Long> speechAsync(SpeechRequest request, Path target, RequestOptions options) {
    return transport.executeRawAsync(speechCall(request).withOptions(options),
        reply -> Downloads.toPath(reply, target, TransferListener.NONE, "the speech audio"));
  }

  /**
   * As {@link #speech(SpeechRequest, Path)}, into {@code out}, which is left open.
   *
   * @param request the text and voice
   * @param out where to write the audio
   * @return the bytes written
   */
  public long speech(SpeechRequest request, OutputStream out) {
    return speech(request, out, RequestOptions.none());
  }

  /**
   * As {@link #speech(SpeechRequest, OutputStream)}, with per-call options.
   *
   * @param request the text and voice
   * @param out where to write the audio, left open
   * @param options per-call options
   * @return the bytes written
   */
  public long speech(SpeechRequest request, OutputStream out, RequestOptions options) {
    return Downloads.toStream(transport.executeRaw(speechCall(request).withOptions(options)), out,
        TransferListener.NONE, "the speech audio");
  }

  /**
   * As {@link #speech(SpeechRequest, OutputStream, RequestOptions)}, without blocking the caller: the audio is
   * written to {@code out} on OkHttp's callback thread, and {@code out} is left open.
   *
   * @param request the text and voice
   * @param out where to write the audio
   * @param options per-call options
   * @return the bytes written, or the same exceptions
   */
  public CompletableFuture<Long> speechAsync(SpeechRequest request, OutputStream out, RequestOptions options) {
    return transport.executeRawAsync(speechCall(request).withOptions(options),
        reply -> Downloads.toStream(reply, out, TransferListener.NONE, "the speech audio"));
  }

  /**
   * Transcribes the audio file. For {@code text}, {@code srt} and {@code vtt} replies the whole reply is the
   * {@link Transcription#text()}.
   *
   * @param request the file and model
   * @return the transcription
   * @throws MalformedResponseException when a JSON reply cannot be read
   */
  public Transcription transcribe(TranscriptionRequest request) {
    return transcribe(request, RequestOptions.none());
  }

  /**
   * As {@link #transcribe(TranscriptionRequest)}, with per-call options.
   *
   * @param request the file and model
   * @param options per-call options
   * @return the transcription
   */
  public Transcription transcribe(TranscriptionRequest request, RequestOptions options) {
    try (Response response = transport.executeRaw(transcription(request).withOptions(options))) {
      return readTranscription(response, request);
    }
  }

  /**
   * As {@link #transcribe(TranscriptionRequest, RequestOptions)}, without blocking.
   *
   * @param request the file and model
   * @param options per-call options
   * @return the transcription, or the same exceptions
   */
  public CompletableFuture<Transcription> transcribeAsync(TranscriptionRequest request, RequestOptions options) {
    return transport.executeRawAsync(transcription(request).withOptions(options),
        reply -> readTranscription(reply, request));
  }

  private static HubRequest transcription(TranscriptionRequest request) {
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", request.file().filename(), request.file().toRequestBody(TransferListener.NONE))
        .addFormDataPart("model", request.model());
    request.language().ifPresent(language -> body.addFormDataPart("language", language));
    request.prompt().ifPresent(prompt -> body.addFormDataPart("prompt", prompt));
    request.responseFormat().ifPresent(format -> body.addFormDataPart("response_format", format));
    request.temperature().ifPresent(t -> body.addFormDataPart("temperature", String.valueOf(t)));
    for (String granularity : request.timestampGranularities()) {
      body.addFormDataPart("timestamp_granularities[]", granularity);
    }
    return HubRequest.post(body.build(), "audio", "transcriptions");
  }

  private static Transcription readTranscription(Response response, TranscriptionRequest request) {
    String format = request.responseFormat().orElse("json");
    String text;
    try {
      text = response.body().string();
    } catch (IOException e) {
      throw new HubConnectionException("the transcription reply broke off: " + e.getMessage(), e);
    }
    if (TEXT_FORMATS.contains(format)) {
      return Transcription.builder().text(text).build();
    }
    try {
      return Json.mapper().readValue(text, Transcription.class);
    } catch (IOException e) {
      throw new MalformedResponseException("POST audio/transcriptions returned a " + format
          + " reply HubKit cannot read: " + (text.length() > 200 ? text.substring(0, 200) + "..." : text), e);
    }
  }

  private static HubRequest speechCall(SpeechRequest request) {
    return HubRequest.postJson(Objects.requireNonNull(request, "request"), "audio", "speech");
  }
}
