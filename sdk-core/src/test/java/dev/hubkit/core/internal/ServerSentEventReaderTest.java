package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ServerSentEventReaderTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void readsDataEventTypesAndSkipsCommentsAndOtherFields() throws IOException {
    String input = ": keep-alive\nid: 7\nretry: 100\nevent: delta\ndata: {\"a\":1}\n\ndata:{\"b\":2}\n\n"
        + "event: ignored\n\ndata: [DONE]\n\n";
    assertEquals(Arrays.asList("delta|{\"a\":1}", "null|{\"b\":2}", "null|[DONE]"), events(bytes(input), 1000));
  }

  @Test
  void aRepeatedEventNameIsTheSameStringAndAnotherNameIsRead() throws IOException {
    ServerSentEventReader reader = new ServerSentEventReader(TricklingSource.of(bytes(
        "event: delta\ndata: 1\n\nevent: delta\ndata: 2\n\nevent: delte\ndata: 3\n\nevent: caf\u00e9\ndata: 4\n\n"
            + "event: caf\u00e9\ndata: 5\n\ndata: 6\n\n"), 1000, new SplittableRandom(3)));
    List<String> names = new ArrayList<>();
    while (reader.next()) {
      names.add(reader.eventType());
    }
    assertEquals(Arrays.asList("delta", "delta", "delte", "caf\u00e9", "caf\u00e9", null), names);
    assertSame(names.get(0), names.get(1));
  }

  @Test
  void joinsMultiLineDataWithLineFeeds() throws IOException {
    assertEquals(Arrays.asList("null|one\ntwo\n\nfour"), events(bytes("data: one\ndata:two\ndata\ndata: four\n\n"), 3));
  }

  @Test
  void acceptsCrLfAndLoneCrLineEndsEvenWhenSplitBetweenReads() throws IOException {
    String input = "data: a\r\n\r\ndata: b\r\rdata: c\n\r\n";
    for (int piece = 1; piece <= input.length(); piece++) {
      assertEquals(Arrays.asList("null|a", "null|b", "null|c"), events(bytes(input), piece), "pieces of " + piece);
    }
  }

  @Test
  void dropsAByteOrderMarkOnlyAtTheStartEvenWhenItArrivesByteByByte() throws IOException {
    // Later in the stream the mark is part of the line: its field name is "\uFEFFdata", not "data".
    byte[] input = concat(BOM, bytes("data: x\n\n"), BOM, bytes("data: y\n\n"));
    for (int piece = 1; piece <= 4; piece++) {
      assertEquals(Arrays.asList("null|x"), events(input, piece), "pieces of " + piece);
    }
  }

  @Test
  void readsLinesLongerThanTheBufferAndKeepsDataAcrossRefills() throws IOException {
    char[] big = new char[100_000];
    Arrays.fill(big, 'x');
    String line = new String(big);
    String input = "data: " + line + "\n: comment\n" + "data: tail\n\ndata: next\n\n";
    assertEquals(Arrays.asList("null|" + line + "\ntail", "null|next"), events(bytes(input), 4096));
    assertEquals(Arrays.asList("null|" + line + "\ntail", "null|next"), events(bytes(input), 7));
  }

  @Test
  void discardsATrailingEventWithoutItsBlankLine() throws IOException {
    assertEquals(Arrays.asList("null|a"), events(bytes("data: a\n\ndata: b\n"), 2));
    assertEquals(Arrays.asList("null|a"), events(bytes("data: a\n\ndata: b"), 2));
  }

  @Test
  void readsLikeTheSpecificationsAlgorithmWhateverTheInputAndHowItArrives() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    String[] pieces = {"data:", "data: ", "data", "event:", "event: error", ": c", "id: 1", "retry: 9", "dat",
        "x", "{\"a\":\"\u00e9\u20ac\"}", "\n", "\n", "\n", "\r", "\r\n", " ", ":", "[DONE]"};
    for (int round = 0; round < 20_000; round++) {
      ByteArrayOutputStream input = new ByteArrayOutputStream();
      if (random.nextInt(10) == 0) {
        input.write(BOM, 0, random.nextInt(1, 4));
      }
      int count = random.nextInt(0, 40);
      for (int i = 0; i < count; i++) {
        byte[] piece = bytes(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(200) == 0) {
          piece = new byte[random.nextInt(10_000, 40_000)];
          Arrays.fill(piece, (byte) 'z');
        }
        input.write(piece, 0, piece.length);
      }
      byte[] bytes = input.toByteArray();
      int maxPiece = random.nextInt(1, 64);
      assertEquals(reference(bytes), events(bytes, maxPiece), () -> "input: " + new String(bytes));
    }
  }

  /** The events as "type|data", read from {@code input} arriving in pieces of at most {@code maxPiece} bytes. */
  private static List<String> events(byte[] input, int maxPiece) throws IOException {
    ServerSentEventReader reader = new ServerSentEventReader(TricklingSource.of(input, maxPiece, new SplittableRandom(3)));
    List<String> events = new ArrayList<>();
    while (reader.next()) {
      String data = new String(reader.data(), reader.dataOffset(), reader.dataLength(), StandardCharsets.UTF_8);
      events.add(reader.eventType() + "|" + data);
    }
    return events;
  }

  /** The event stream interpretation of the HTML specification, written as plainly as it reads there. */
  private static List<String> reference(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> events = new ArrayList<>();
    StringBuilder data = null;
    String type = null;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        continue;
      }
      String line = text.substring(start, i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
      if (line.isEmpty()) {
        if (data != null) {
          events.add(type + "|" + data);
        }
        data = null;
        type = null;
        continue;
      }
      if (line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String name = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      if (name.equals("data")) {
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      } else if (name.equals("event")) {
        type = value;
      }
    }
    return events;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.write(part, 0, part.length);
    }
    return all.toByteArray();
  }
}
