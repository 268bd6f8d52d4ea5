package dev.hubkit.media;

import static dev.hubkit.media.MediaHub.bodyJson;
import static dev.hubkit.media.MediaHub.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubClient;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioApiTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path tempDir;
  private HubClient client;
  private AudioApi audio;

  @BeforeEach
  void setUp() {
    client = MediaHub.client(server);
    audio = AudioApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void speechSendsTheTextAndStreamsTheAudioToAFile() throws Exception {
    byte[] mp3 = new byte[50_000];
    new java.util.Random(5).nextBytes(mp3);
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "audio/mpeg")
        .body(new Buffer().write(mp3)).build());
    Path target = tempDir.resolve("hello.mp3");

    long written = audio.speech(SpeechRequest.builder().model("gpt-4o-mini-tts").input("Hello there")
        .voice("coral").responseFormat("mp3").speed(1.25).instructions("Cheerful").build(), target);

    assertEquals(mp3.length, written);
    assertArrayEquals(mp3, Files.readAllBytes(target));
    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/public/audio/speech", request.getTarget());
    JsonNode body = bodyJson(request);
    assertEquals("gpt-4o-mini-tts", body.get("model").asText());
    assertEquals("Hello there", body.get("input").asText());
    assertEquals("coral", body.get("voice").asText());
    assertEquals("mp3", body.get("response_format").asText());
    assertEquals(1.25, body.get("speed").asDouble());
    assertEquals("Cheerful", body.get("instructions").asText());
    assertEquals(6, body.size());
  }

  @Test
  void speechCanStreamIntoAnOutputStream() {
    server.enqueue(new MockResponse.Builder().body("RIFF-wav-bytes").build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    audio.speech(SpeechRequest.builder().model("tts-1").input("x").voice("alloy").build(), out);
    assertEquals("RIFF-wav-bytes", out.toString());
  }

  @Test
  void transcriptionUploadsTheFileAsMultipartAndReadsVerboseJson() throws Exception {
    server.enqueue(json(200, "{\"task\":\"transcribe\",\"language\":\"english\",\"duration\":2.5,"
        + "\"text\":\"Hello world.\",\"segments\":[{\"id\":0,\"start\":0.0,\"end\":2.5,\"text\":\"Hello world.\","
        + "\"avg_logprob\":-0.2}],\"words\":[{\"word\":\"Hello\",\"start\":0.0,\"end\":0.8},"
        + "{\"word\":\"world\",\"start\":0.9,\"end\":1.6}],\"usage\":{\"type\":\"duration\",\"seconds\":3}}"));
    byte[] wav = {'R', 'I', 'F', 'F', 1, 2, 3};
    Path file = Files.write(tempDir.resolve("hello.wav"), wav);

    Transcription result = audio.transcribe(TranscriptionRequest.builder().file(UploadFile.of(file))
        .model("whisper-1").language("en").prompt("Greetings").responseFormat("verbose_json")
        .addTimestampGranularity("segment").addTimestampGranularity("word").build());

    assertEquals("Hello world.", result.text());
    assertEquals(Optional.of(2.5), result.duration());
    assertEquals(1, result.segments().size());
    assertEquals(-0.2, result.segments().get(0).extra().get("avg_logprob"));
    assertEquals(Arrays.asList("Hello", "world"),
        Arrays.asList(result.words().get(0).word(), result.words().get(1).word()));
    assertEquals(0.9, result.words().get(1).start());
    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/public/audio/transcriptions", request.getTarget());
    Map<String, MediaHub.Part> parts = MediaHub.parts(request);
    assertEquals("form-data; name=\"file\"; filename=\"hello.wav\"", parts.get("file").disposition);
    assertEquals("audio/wav", parts.get("file").contentType);
    assertArrayEquals(wav, parts.get("file").bytes);
    assertEquals("whisper-1", parts.get("model").text());
    assertEquals("en", parts.get("language").text());
    assertEquals("verbose_json", parts.get("response_format").text());
    String raw = request.getBody().utf8();
    assertEquals(2, raw.split("name=\"timestamp_granularities\\[\\]\"", -1).length - 1, raw);
  }

  @Test
  void textAndSubtitleFormatsReturnTheReplyAsText() {
    String srt = "1\n00:00:00,000 --> 00:00:02,500\nHello world.\n";
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/plain").body(srt).build());
    Transcription result = audio.transcribe(TranscriptionRequest.builder()
        .file(UploadFile.of(new byte[] {1, 2}, "a.mp3", "audio/mpeg")).model("gpt-4o-transcribe")
        .responseFormat("srt").build());
    assertEquals(srt, result.text());
  }

  @Test
  void wordTimestampsWithoutVerboseJsonSayWhatToFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TranscriptionRequest.builder()
        .file(UploadFile.of(new byte[] {1}, "a.mp3", "audio/mpeg")).model("whisper-1")
        .addTimestampGranularity("word").build());
    assertEquals("timestampGranularities need responseFormat(\"verbose_json\")", e.getMessage());
  }
}
