package dev.hubkit.examples;

import dev.hubkit.media.AudioApi;
import dev.hubkit.media.SpeechRequest;
import dev.hubkit.media.Transcription;
import dev.hubkit.media.TranscriptionRequest;
import dev.hubkit.media.UploadFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turn text into speech in a file, then the file back into text with timed words. */
public final class SpeechAndTranscription {
  private SpeechAndTranscription() {}

  /** Runs the example; see {@link ExampleHub} for where it connects. */
  public static void main(String[] args) throws Exception {
    try (ExampleHub hub = ExampleHub.connect("SpeechAndTranscription")) {
      AudioApi audio = AudioApi.of(hub.client());
      Path speech = Files.createTempFile("hubkit-speech-", ".mp3");
      long bytes = audio.speech(SpeechRequest.builder()
          .model(ExampleHub.model("HUBKIT_SPEECH_MODEL", "gpt-4o-mini-tts"))
          .input("HubKit puts every model behind one API.")
          .voice("coral")
          .responseFormat("mp3")
          .build(), speech);
      System.out.println("Speech: " + bytes + " bytes in " + speech);

      Transcription transcript = audio.transcribe(TranscriptionRequest.builder()
          .file(UploadFile.of(speech))
          .model(ExampleHub.model("HUBKIT_TRANSCRIPTION_MODEL", "whisper-1"))
          .responseFormat("verbose_json")
          .addTimestampGranularity("word")
          .build());
      System.out.println("Transcript: " + transcript.text());
      transcript.words().stream().limit(3).forEach(word ->
          System.out.printf("  %.2f-%.2f s  %s%n", word.start(), word.end(), word.word()));
      Files.deleteIfExists(speech);
    }
  }
}
