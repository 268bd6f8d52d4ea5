package dev.hubkit.chat.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hubkit.chat.EmbeddingResponse;
import dev.hubkit.chat.TestWireValues;
import dev.hubkit.core.internal.TricklingSource;
import dev.hubkit.core.internal.ResponseReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte-level embeddings reader must give exactly what the Jackson reader gives, for any body, whether it has
 * the body whole or reads it as it arrives in pieces of any size ({@link TricklingSource}).
 */
class EmbeddingResponseReaderTest {
  private static final ResponseReader<EmbeddingResponse> JACKSON = ResponseReader.json(EmbeddingResponse.class);
  private final EmbeddingResponseReader reader = new EmbeddingResponseReader(TestWireValues.VALUES);

  private void assertReadsLikeJackson(String json) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    SplittableRandom random = new SplittableRandom(json.hashCode());
    int[] largestPieces = {1 + random.nextInt(16), 1 + random.nextInt(8192), 8192};
    EmbeddingResponse expected;
    try {
      expected = JACKSON.read(body);
    } catch (Exception jacksonError) {
      Exception error = assertThrows(Exception.class, () -> reader.read(body), json);
      assertEquals(jacksonError.getClass(), error.getClass(), json);
      for (int largest : largestPieces) {
        Exception arriving = assertThrows(Exception.class, () -> reader.read(TricklingSource.arriving(body, largest, random)));
        assertEquals(jacksonError.getClass(), arriving.getClass(), "in pieces of up to " + largest + ": " + json);
      }
      return;
    }
    assertSameVectors(expected, reader.read(body), json);
    for (int largest : largestPieces) {
      assertSameVectors(expected, reader.read(TricklingSource.arriving(body, largest, random)),
          "in pieces of up to " + largest + ": " + json);
    }
  }

  private static void assertSameVectors(EmbeddingResponse expected, EmbeddingResponse actual, String message) {
    assertEquals(expected, actual, message);
    for (int i = 0; i < expected.data().size(); i++) {
      assertArrayEquals(expected.data().get(i).embedding(), actual.data().get(i).embedding(), message);
    }
  }

  private static String floats(float[] vector, String format) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < vector.length; i++) {
      json.append(i == 0 ? "" : ",").append(format == null ? Float.toString(vector[i])
          : String.format(Locale.ROOT, format, vector[i]));
    }
    return json.append(']').toString();
  }

  private static String base64(float[] vector) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(vector);
    return "\"" + Base64.getEncoder().encodeToString(bytes.array()) + "\"";
  }

  @Test
  void openAiShapedRepliesReadExactlyAsJacksonReadsThem() throws Exception {
    SplittableRandom random = new SplittableRandom(3);
    String[] formats = {"%.10f", null, "%.17g", "%e", "%.3f"};
    for (String format : formats) {
      StringBuilder json = new StringBuilder("{\"object\":\"list\",\"data\":[");
      for (int v = 0; v < 8; v++) {
        float[] vector = new float[random.nextInt(1, 3000)];
        for (int i = 0; i < vector.length; i++) {
          vector[i] = (float) ((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 3)));
        }
        json.append(v == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(v)
            .append(",\"embedding\":").append(v % 3 == 2 ? base64(vector) : floats(vector, format)).append('}');
      }
      json.append("],\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":8,\"total_tokens\":8}}");
      assertReadsLikeJackson(json.toString());
    }
  }

  /** A reply as OpenAI pretty-prints it: one number a line, numbers as {@code Double.toString((double) f)}. */
  private static String prettyReply(SplittableRandom random, int vectors, int dimensions, boolean doubleDigits) {
    StringBuilder json = new StringBuilder("{\n  \"object\": \"list\",\n  \"data\": [\n");
    for (int v = 0; v < vectors; v++) {
      json.append(v == 0 ? "" : ",\n").append("    {\n      \"object\": \"embedding\",\n      \"index\": ").append(v)
          .append(",\n      \"embedding\": [\n");
      for (int i = 0; i < dimensions; i++) {
        float value = (float) (random.nextGaussian() * 0.03);
        json.append(i == 0 ? "" : ",\n").append("        ")
            .append(doubleDigits ? Double.toString(value) : Float.toString(value));
      }
      json.append("\n      ]\n    }");
    }
    return json.append("\n  ],\n  \"model\": \"text-embedding-3-small\",\n  \"usage\": {\n    \"prompt_tokens\": 8,\n")
        .append("    \"total_tokens\": 8\n  }\n}\n").toString();
  }

  @Test
  void prettyPrintedRepliesReadExactlyAsJacksonReadsThem() throws Exception {
    SplittableRandom random = new SplittableRandom(4);
    assertReadsLikeJackson(prettyReply(random, 4, 1536, true));
    assertReadsLikeJackson(prettyReply(random, 4, 1536, false));
    assertReadsLikeJackson(prettyReply(random, 3, 1, true).replace("\n", "\r\n").replace("  ", "\t"));
  }

  @Test
  void usualRepliesStayOnTheByteLevelScan() throws Exception {
    SplittableRandom random = new SplittableRandom(6);
    for (String body : new String[] {prettyReply(random, 2, 300, true), prettyReply(random, 2, 300, false),
        prettyReply(random, 1, 1, true).replace("\n", "\r\n").replace("  ", "\t"),
        "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":"
            + base64(new float[] {1, -0.5f, 3.25f, 1e-40f, Float.MAX_VALUE}) + "}],\"model\":\"m\",\"usage\":{}}"}) {
      assertStaysOnTheScan(body, random, 1, 7, 1000, 8192);
    }
  }

  @Test
  void largeRepliesArrivingInPiecesStayOnTheByteLevelScan() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    float[][] vectors = new float[4][10_000]; // base64 strings of 53 KB: longer than the look-ahead
    StringBuilder numbers = new StringBuilder("{\"object\":\"list\",\"data\":[");
    StringBuilder strings = new StringBuilder(numbers);
    for (int v = 0; v < vectors.length; v++) {
      for (int i = 0; i < vectors[v].length; i++) {
        vectors[v][i] = (float) (random.nextGaussian() * 0.03);
      }
      String head = (v == 0 ? "" : ",") + "{\"object\":\"embedding\",\"index\":" + v + ",\"embedding\":";
      numbers.append(head).append(floats(vectors[v], "%.17g")).append('}');
      strings.append(head).append(base64(vectors[v])).append('}');
    }
    String tail = "],\"model\":\"m\",\"usage\":{\"prompt_tokens\":8,\"total_tokens\":8}}";
    // vectors longer than the look-ahead: compact, pretty-printed (one number a line) and base64
    for (String body : new String[] {numbers + tail, prettyReply(random, 3, 3072, true), strings + tail}) {
      assertStaysOnTheScan(body, random, 100, 8192);
      assertReadsLikeJackson(body);
    }
  }

  private static void assertStaysOnTheScan(String body, SplittableRandom random, int... largestPieces)
      throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertNotNull(new EmbeddingResponseReader(TestWireValues.VALUES).scanned(bytes), body);
    for (int largest : largestPieces) {
      assertNotNull(new EmbeddingResponseReader(TestWireValues.VALUES).scanned(TricklingSource.arriving(bytes, largest, random)),
          "in pieces of up to " + largest + ": " + body.substring(0, Math.min(body.length(), 300)));
    }
  }

  @Test
  void everyCutOfAPrettyPrintedReplyReadsAsJacksonReadsIt() throws Exception {
    String body = prettyReply(new SplittableRandom(5), 2, 6, true);
    for (int length = 0; length <= body.length(); length++) {
      assertReadsLikeJackson(body.substring(0, length));
    }
  }

  @Test
  void unusualButValidRepliesReadAsJacksonReadsThem() throws Exception {
    String[] bodies = {
      "{}",
      "{\"data\":[]}",
      " \n{ \"data\" : [ { \"embedding\" : [ 1 , -0 , 0.5e-3 , 2E+2 ] , \"index\" : 3 } ] }\n ",
      "{\"data\":[{\"index\":0,\"embedding\":[0.1],\"object\":\"embedding\",\"extra\":{\"a\":[1,2,{\"b\":null}]}}]}",
      "{\"data\":[{\"embedding\":[0.1]}],\"id\":\"x\",\"created\":12,\"flag\":true,\"none\":null,\"f\":1.5}",
      "{\"data\":[{\"embedding\":[0.1],\"note\":\"caf\u00e9\",\"esc\":\"a\\\"b\"}]}",
      "{\"model\":\"m\\u00e9\",\"data\":[{\"embedding\":[1]}]}",
      "{\"data\":[{\"embedding\":[1]}],\"data\":[{\"embedding\":[2]}]}",
      "{\"data\":[{\"embedding\":[1],\"index\":1,\"index\":2}]}",
      "{\"data\":[{\"embedding\":[1],\"x\":1,\"x\":2}]}",
      "{\"data\":[{\"index\":\"4\",\"embedding\":[1]}]}",
      "{\"data\":[{\"index\":0,\"embedding\":null}]}",
      "{\"data\":[{\"index\":0}]}",
      "{\"data\":{\"index\":0,\"embedding\":[1]}}",
      "{\"model\":null,\"object\":null,\"usage\":null,\"data\":[{\"embedding\":[1]}]}",
      "{\"data\":[{\"embedding\":\"AACAPw==\"}]}",
      "{\"data\":[{\"embedding\":\"AACAP\\/==\"}]}",
      "{\"data\":[{\"embedding\":[1e999, -1e-999, 123456789012345678901234567890]}]}",
      "{\"data\":[{\"embedding\":[-0.006929283495992422,1.4E-45,-0.0,0,1e-50,3.4028236E38,16777217]}]}",
      "{\"data\":[{\"embedding\":[1,2,3]},{\"embedding\":[1,2]},{\"embedding\":[]},{\"embedding\":[4,5,6,7]}]}",
      "{\"data\":[{\"embedding\":\"AACAPwAAAEAAAEBAAACAQAAAoEAAAMBAAADgQAAAAEE=\"},{\"embedding\":\"AACAPw\"}]}",
      "{\"data\":[{\"embedding\":[1]}]} trailing",
      "{\"usage\":{\"prompt_tokens\":\"45\",\"total_tokens\":45},\"data\":[{\"embedding\":[1]}]}",
      "{\"data\":[],\"x\":1,\"x\":2}",
    };
    for (String body : bodies) {
      assertReadsLikeJackson(body);
    }
  }

  @Test
  void everyCutOfAReplyReadsAsJacksonReadsIt() throws Exception {
    String body = "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":"
        + "[-0.0375247076,1e-3,0]},{\"index\":1,\"embedding\":\"AACAPw==\",\"x\":[1,{\"y\":\"z\"}]}],"
        + "\"model\":\"m\",\"usage\":{\"prompt_tokens\":2,\"total_tokens\":2},\"extra\":null}";
    for (int length = 0; length <= body.length(); length++) {
      assertReadsLikeJackson(body.substring(0, length));
    }
  }

  @Test
  void malformedRepliesFailAsJacksonFailsThem() throws Exception {
    String[] bodies = {
      "{\"data\":[{\"embedding\":[1,]}]}",
      "{\"data\":[{\"embedding\":[01]}]}",
      "{\"data\":[{\"embedding\":[1.]}]}",
      "{\"data\":[{\"embedding\":[.5]}]}",
      "{\"data\":[{\"embedding\":[null]}]}",
      "{\"data\":[{\"embedding\":[\"1\"]}]}",
      "{\"data\":[{\"embedding\":[NaN]}]}",
      "{\"data\":[{\"embedding\":\"not base64!\"}]}",
      "{\"data\":[{\"embedding\":\"AACA\"}]}",
      "{\"data\":[{\"embedding\":\"AACAPwAAAEAAAEBAAACAQAAAoEAA=MBAAADgQAAAAEE=\"}]}",
      "{\"data\":[{\"embedding\":\"AACAPwAAAEAAAEBAAACAQAAAoEAAAMBAAADgQAAAAE\"}]}",
      "{\"data\":[{\"embedding\":[0.0045683915,-0.008482207, 0.1 2]}]}",
      "{\"data\":[{\"embedding\":[0.0045683915,-0.008482207,-0.03499946a]}]}",
      "{\"data\":[{\"embedding\":[1]}",
      "{\"data\":[{\"embedding\":[1]},]}",
      "{\"data\":[{\"embedding\":[1] \"index\":0}]}",
      "{\"data\":[{\"embedding\":[1]}],\"x\":}",
      "{\"data\":[{\"embedding\":[1]}],\"x\":[1,}",
      "{\"data\":[{\"embedding\":[1]}],\"x\":\"unterminated}",
      "[1,2]",
      "",
    };
    for (String body : bodies) {
      assertReadsLikeJackson(body);
    }
  }
}
