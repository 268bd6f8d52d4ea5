package dev.hubkit.gemini;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.internal.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartTest {
  @TempDir Path dir;

  @Test
  void inlineFilesGetTheirMimeTypeFromTheirBytesElseFromTheirName() throws Exception {
    Path pdf = Files.write(dir.resolve("report.bin"), "%PDF-1.7\n...".getBytes());
    Path audio = Files.write(dir.resolve("voice.mp3"), new byte[] {1, 2, 3});
    Path unknown = Files.write(dir.resolve("data.xyz"), new byte[] {1, 2, 3});
    assertEquals("application/pdf", Part.inlineFile(pdf).inlineData().get().mimeType());
    assertEquals("audio/mp3", Part.inlineFile(audio).inlineData().get().mimeType());
    assertArrayEquals(new byte[] {1, 2, 3}, Part.inlineFile(audio).inlineData().get().data());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Part.inlineFile(unknown));
    assertTrue(e.getMessage().contains("Part.inlineData"), e.getMessage());
    assertEquals("image/jpeg", Part.inlineData(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).inlineData()
        .get().mimeType());
  }

  @Test
  void toStringShortensSignaturesAndNeverPrintsInlineData() {
    byte[] big = new byte[10_000];
    String signature = Base64.getEncoder().encodeToString(new byte[600]);
    Part part = Part.builder().from(Part.inlineData("image/png", big)).thoughtSignature(signature).build();
    String text = part.toString();
    assertFalse(text.contains("AAAAAAAAAA"), text);
    assertTrue(text.contains("10000 bytes") && text.contains(signature.length() + " chars"), text);
  }

  @Test
  void aPartOfAnUnknownKindRoundTripsWithItsJson() throws Exception {
    String json = "{\"toolCall\":{\"id\":\"t1\",\"args\":{\"q\":[1,\"two\"]}},\"thoughtSignature\":\"c2ln\"}";
    Part part = Json.mapper().readValue(json, Part.class);
    assertEquals(Part.Kind.OTHER, part.kind());
    assertEquals("c2ln", part.thoughtSignature().get());
    assertEquals(Json.mapper().readTree(json), Json.mapper().valueToTree(part));
  }

  @Test
  void aRequestWithoutContentsSaysWhatToAdd() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> GenerateContentRequest.builder().build());
    assertTrue(e.getMessage().contains("addContent"), e.getMessage());
  }
}
