package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.anthropic.internal.MediaTypes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code document} block of a request: a PDF (inline or by URL) or plain text Claude reads, optionally with
 * citations enabled ({@code DocumentBlock.pdfFile(path).withCitations()}).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableDocumentBlock.class)
@JsonDeserialize(as = ImmutableDocumentBlock.class)
public interface DocumentBlock extends ContentBlock {
  @Override
  @Value.Default
  default String type() {
    return "document";
  }

  /**
   * Where the document is.
   *
   * @return where the document is
   */
  BlockSource source();

  /**
   * A title Claude sees and citations repeat.
   *
   * @return A title Claude sees and citations repeat
   */
  Optional<String> title();

  /**
   * Context about the document that Claude sees but does not cite.
   *
   * @return context about the document that Claude sees but does not cite
   */
  Optional<String> context();

  /**
   * The citation setting, {@code {"enabled": true}} when citations are on.
   *
   * @return the citation setting, {@code {"enabled": true}} when citations are on
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> citations();

  /**
   * A prompt-cache breakpoint after this block.
   *
   * @return A prompt-cache breakpoint after this block
   */
  @JsonProperty("cache_control")
  Optional<CacheControl> cacheControl();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * This document with citations enabled, so that Claude's text blocks cite its pages or characters.
   *
   * @return the copy
   */
  default DocumentBlock withCitations() {
    return builder().from(this).putCitation("enabled", Boolean.TRUE).build();
  }

  /**
   * An inline PDF.
   *
   * @param pdf the PDF's bytes
   * @return the block
   * @throws IllegalArgumentException when the bytes do not start with {@code %PDF-}
   */
  static DocumentBlock pdf(byte[] pdf) {
    MediaTypes.requirePdf(pdf, "these " + pdf.length + " bytes");
    return builder().source(BlockSource.base64("application/pdf", pdf)).build();
  }

  /**
   * A document read from a file: a PDF (told by its first bytes) inline as base64, or a {@code .txt}/{@code .md}
   * file as plain text.
   *
   * @param file the document
   * @return the block
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when the file is neither a PDF nor plain text
   */
  static DocumentBlock ofFile(Path file) {
    byte[] bytes = MediaTypes.read(file);
    if (MediaTypes.isPdf(bytes)) {
      return builder().source(BlockSource.base64("application/pdf", bytes)).build();
    }
    return builder().source(MediaTypes.plainTextSource(bytes, file)).build();
  }

  /**
   * A PDF Claude fetches.
   *
   * @param url an https address
   * @return the block
   */
  static DocumentBlock pdfUrl(String url) {
    return builder().source(BlockSource.url(url)).build();
  }

  /**
   * A plain-text document.
   *
   * @param text the document's text
   * @return the block
   */
  static DocumentBlock text(String text) {
    return builder().source(BlockSource.builder().type("text").mediaType("text/plain")
        .data(Objects.requireNonNull(text, "text")).build()).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DocumentBlock} values. */
  final class Builder extends ImmutableDocumentBlock.Builder {}
}
