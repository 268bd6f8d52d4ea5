package dev.hubkit.chat;

import dev.hubkit.chat.internal.Base64Floats;
import dev.hubkit.chat.internal.FloatArrayScanner;
import dev.hubkit.chat.internal.JsonCursor;
import dev.hubkit.chat.internal.JsonCursor.Recent;
import dev.hubkit.chat.internal.JsonCursor.Unusual;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.ResponseReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an embeddings reply straight from its bytes. A 64 x 1536 reply is about 100,000 numbers, and tokenizing
 * them through Jackson costs several times what reading the bytes does (see benchmarks/README.md); this scans the
 * usual shape directly, with the numbers read by {@link FloatArrayScanner} (or base64 by {@link Base64Floats})
 * into one {@code float[]} per vector, and the rest through {@link JsonCursor}. Fields it does not model (and
 * {@code usage}) still go through Jackson, from their own bytes. Anything unusual (escapes in a key, nulls in
 * modelled fields, repeated keys, malformed JSON) sends the whole body to the ordinary Jackson reader, so results
 * and errors are exactly the ordinary ones.
 */
final class EmbeddingResponseReader implements ResponseReader<EmbeddingResponse> {
  private static final ResponseReader<EmbeddingResponse> JACKSON = ResponseReader.json(EmbeddingResponse.class);
  private static final byte[] DATA = JsonCursor.name("data");
  private static final byte[] OBJECT = JsonCursor.name("object");
  private static final byte[] MODEL = JsonCursor.name("model");
  private static final byte[] USAGE = JsonCursor.name("usage");
  private static final byte[] INDEX = JsonCursor.name("index");
  private static final byte[] EMBEDDING = JsonCursor.name("embedding");

  @Override
  public EmbeddingResponse read(byte[] body) throws IOException {
    EmbeddingResponse response = scanned(body);
    return response != null ? response : JACKSON.read(body);
  }

  /** The reply as the byte-level scan reads it, or null when the body is unusual and goes to Jackson. */
  static EmbeddingResponse scanned(byte[] body) {
    try {
      return new Scan(body).response();
    } catch (Unusual e) {
      return null;
    }
  }

  /** One pass over one body. */
  private static final class Scan {
    private final byte[] bytes;
    private final JsonCursor json = new JsonCursor();
    private FloatArrayScanner numbers;
    private Base64Floats base64;
    /** Every embedding repeats its unmodelled keys and values ({@code "object": "embedding"}): shared, not copied. */
    private String extraName;
    private final Recent extraValue = new Recent();

    Scan(byte[] bytes) {
      this.bytes = bytes;
      json.reset(bytes, 0, bytes.length);
    }

    EmbeddingResponse response() throws Unusual {
      ImmutableEmbeddingResponse.Builder response = ImmutableEmbeddingResponse.builder();
      int seen = 0;
      json.expect('{');
      for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
        json.nextKey();
        if (json.keyIs(DATA)) {
          seen = JsonCursor.once(seen, 1);
          json.expect('[');
          if (!json.tryConsume(']')) {
            do {
              response.addData(embedding());
            } while (json.tryConsume(','));
            json.expect(']');
          }
        } else if (json.keyIs(OBJECT)) {
          seen = JsonCursor.once(seen, 2);
          response.object(json.string());
        } else if (json.keyIs(MODEL)) {
          seen = JsonCursor.once(seen, 4);
          response.model(json.string());
        } else if (json.keyIs(USAGE)) {
          seen = JsonCursor.once(seen, 8);
          if (json.peek() != '{') {
            throw Unusual.INSTANCE;
          }
          response.usage(jackson(Usage.class));
        } else {
          response.putExtra(json.key(null), untyped());
        }
      }
      if (!json.atEnd()) {
        throw Unusual.INSTANCE;
      }
      return response.build();
    }

    private Embedding embedding() throws Unusual {
      int index = 0;
      int seen = 0;
      float[] vector = null;
      Map<String, Object> extra = null;
      json.expect('{');
      for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
        json.nextKey();
        if (json.keyIs(INDEX)) {
          seen = JsonCursor.once(seen, 1);
          index = json.intValue();
        } else if (json.keyIs(EMBEDDING)) {
          seen = JsonCursor.once(seen, 2);
          vector = vector();
        } else {
          String name = extraName = json.key(extraName);
          if (extra == null) {
            extra = new LinkedHashMap<>();
          }
          if (extra.containsKey(name)) {
            throw Unusual.INSTANCE;
          }
          extra.put(name, json.peek() == '"' ? json.string(extraValue) : untyped());
        }
      }
      if (vector == null) {
        throw Unusual.INSTANCE;
      }
      Embedding embedding = new Embedding(index, vector);
      if (extra != null) {
        extra.forEach(embedding::putExtra);
      }
      return embedding;
    }

    private float[] vector() throws Unusual {
      int next = json.peek();
      if (next == '"') {
        return base64(json.position());
      }
      if (next != '[') {
        throw Unusual.INSTANCE;
      }
      if (numbers == null) {
        numbers = new FloatArrayScanner(bytes);
      }
      float[] vector = numbers.read(json.position());
      if (vector == null) {
        throw Unusual.INSTANCE;
      }
      json.seek(numbers.end());
      return vector;
    }

    /** A base64 string of little-endian float32 values, whose opening quote is at {@code bytes[quote]}. */
    private float[] base64(int quote) throws Unusual {
      if (base64 == null) {
        base64 = new Base64Floats();
      }
      float[] values = base64.read(bytes, quote + 1);
      if (values == null) {
        throw Unusual.INSTANCE;
      }
      json.seek(base64.end());
      return values;
    }

    /** An unmodelled value as Jackson's untyped reading gives it; plain strings (most of them) directly. */
    private Object untyped() throws Unusual {
      return json.peek() == '"' ? json.string() : jackson(Object.class);
    }

    /** Reads the next value with Jackson, from its own bytes; a failure sends the whole body to Jackson. */
    private <T> T jackson(Class<T> type) throws Unusual {
      int start = json.position();
      int end = json.skipValue();
      try {
        return Json.mapper().readValue(bytes, start, end - start, type);
      } catch (IOException e) {
        throw Unusual.INSTANCE;
      }
    }
  }
}
