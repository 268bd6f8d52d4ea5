package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AudioAndRerankTest {
  private final FakeHub hub = FakeHub.start();
  private final HubCalls calls = new HubCalls(hub);

  @AfterEach
  void close() {
    hub.close();
  }

  private static MultipartBody transcription(String format, String... granularities) {
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", "talk.wav", RequestBody.create(new byte[300], MediaType.get("audio/wav")))
        .addFormDataPart("model", "whisper-1")
        .addFormDataPart("response_format", format);
    for (String granularity : granularities) {
      body.addFormDataPart("timestamp_granularities[]", granularity);
    }
    return body.build();
  }

  @Test
  void speechAnswersAudioBytesForTheInput() {
    HubCalls.Reply reply = calls.postJson("/audio/speech",
        "{\"model\":\"gpt-4o-mini-tts\",\"input\":\"Hi there\",\"voice\":\"alloy\"}");
    assertEquals(200, reply.code());
    assertEquals("audio/mpeg", reply.headers().get("Content-Type"));
    assertEquals(8 * 1024, reply.bytes().length);
  }

  @Test
  void transcriptionAnswersInTheFormatAskedFor() throws Exception {
    assertEquals("Transcript of talk.wav (300 bytes).",
        calls.post("/audio/transcriptions", transcription("json")).json().get("text").asText());
    assertEquals("Transcript of talk.wav (300 bytes).",
        calls.post("/audio/transcriptions", transcription("text")).text());
    assertTrue(calls.post("/audio/transcriptions", transcription("srt")).text()
        .startsWith("1\n00:00:00,000 --> 00:00:02,000\nTranscript of talk.wav"));
    JsonNode verbose = calls.post("/audio/transcriptions", transcription("verbose_json", "word")).json();
    assertEquals("Transcript", verbose.at("/words/0/word").asText());
    assertTrue(verbose.path("segments").isMissingNode());
    assertEquals("talk.wav", hub.lastRequest("/audio/transcriptions").part("file").get().filename().get());
  }

  @Test
  void rerankOrdersDocumentsByTheWordsTheyShareWithTheQuery() throws Exception {
    JsonNode reply = calls.postJson("/rerank", "{\"model\":\"rerank-v3.5\",\"query\":\"capital of France\","
        + "\"documents\":[\"Berlin is in Germany\",\"Paris is the capital of France\",\"France has wine\"],"
        + "\"top_n\":2,\"return_documents\":true}").json();
    assertEquals(2, reply.get("results").size());
    assertEquals(1, reply.at("/results/0/index").asInt());
    assertEquals(1.0, reply.at("/results/0/relevance_score").asDouble());
    assertEquals("Paris is the capital of France", reply.at("/results/0/document/text").asText());
    assertEquals(2, reply.at("/results/1/index").asInt());
  }

  @Test
  void audioAndRerankModelsAreCheckedLikeTheOthers() {
    assertEquals(400, calls.postJson("/rerank", "{\"model\":\"gpt-5\",\"query\":\"q\",\"documents\":[\"d\"]}")
        .code());
    assertEquals(404, calls.postJson("/audio/speech", "{\"model\":\"nope\",\"input\":\"x\",\"voice\":\"a\"}").code());
  }
}
