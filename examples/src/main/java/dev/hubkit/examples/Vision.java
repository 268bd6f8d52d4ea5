package dev.hubkit.examples;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ContentPart;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.imageio.ImageIO;

/**
 * Ask a vision model about a local image, sent inline as a base64 data URI. Pass an image path as the first
 * argument, or let the example draw one.
 */
public final class Vision {
  private Vision() {}

  /** Runs the example; {@code args[0]} may name a PNG, JPEG, WebP or GIF file. */
  public static void main(String[] args) throws IOException {
    Path image = args.length > 0 ? Paths.get(args[0]) : drawAnImage();
    try (ExampleHub hub = ExampleHub.connect("Vision")) {
      ChatRequest request = ChatRequest.builder()
          .model(ExampleHub.model("HUBKIT_VISION_MODEL", "claude-sonnet-4.5"))
          .addMessage(ChatMessage.user(
              ContentPart.text("What is in this picture? Answer in one sentence."),
              ContentPart.imageFile(image)))
          .maxTokens(200)
          .build();
      System.out.println("Image: " + image + " (" + Files.size(image) + " bytes)");
      System.out.println("Answer: " + ChatApi.of(hub.client()).create(request).text());
    }
  }

  private static Path drawAnImage() {
    BufferedImage picture = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 64, 64);
    g.setColor(Color.RED);
    g.fillOval(12, 12, 40, 40);
    g.dispose();
    try {
      Path file = Files.createTempFile("hubkit-vision-", ".png");
      file.toFile().deleteOnExit();
      ImageIO.write(picture, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
