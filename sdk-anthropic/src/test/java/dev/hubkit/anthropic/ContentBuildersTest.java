package dev.hubkit.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentBuildersTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  @Test
  void aPdfFileBecomesABase64PdfDocumentWhateverItsName() throws Exception {
    Path file = dir.resolve("report.bin");
    Files.write(file, PDF);
    DocumentBlock document = DocumentBlock.ofFile(file);
    assertEquals("base64", document.source().type());
    assertEquals(Optional.of("application/pdf"), document.source().mediaType());
    assertEquals(Optional.of(Base64.getEncoder().encodeToString(PDF)), document.source().data());
    assertFalse(document.toString().contains(document.source().data().get()), "toString leaves the data out");
  }

  @Test
  void aTextFileBecomesAPlainTextDocumentAndOtherFilesAreRejected() throws Exception {
    Path notes = dir.resolve("notes.md");
    Files.write(notes, "# Notes".getBytes(StandardCharsets.UTF_8));
    assertEquals(DocumentBlock.text("# Notes"), DocumentBlock.ofFile(notes));
    Path binary = dir.resolve("photo.png");
    Files.write(binary, PNG);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentBlock.ofFile(binary));
    assertTrue(e.getMessage().contains("PDF"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DocumentBlock.pdf(PNG));
  }

  @Test
  void anImageTypeIsToldFromItsBytes() throws Exception {
    assertEquals(Optional.of("image/png"), ImageBlock.of(PNG).source().mediaType());
    Path jpeg = dir.resolve("x.jpg");
    Files.write(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
    assertEquals(Optional.of("image/jpeg"), ImageBlock.ofFile(jpeg).source().mediaType());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageBlock.of(PDF));
    assertTrue(e.getMessage().contains("BlockSource.base64"), e.getMessage());
  }

  @Test
  void aUrlSourceNeedsAnAddress() {
    assertEquals("https://x.example/a.pdf", DocumentBlock.pdfUrl("https://x.example/a.pdf").source().url().get());
    assertThrows(IllegalArgumentException.class, () -> ImageBlock.ofUrl(" "));
  }
}
