package dev.hubkit.chat.internal;

import dev.hubkit.chat.Embedding;
import dev.hubkit.chat.EmbeddingResponse;
import dev.hubkit.chat.internal.JsonCursor.Recent;
import dev.hubkit.chat.internal.JsonCursor.Unusual;
import dev.hubkit.core.internal.IncomingBody;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.ResponseReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an embeddings reply straight from its bytes. A 64 x 1536 reply is about 100,000 numbers, and tokenizing
 * them through Jackson costs several times what reading the bytes does (see benchmarks/README.md); this scans the
 * usual shape directly, with the numbers read by {@link FloatArrayScanner} (or base64 by {@link Base64Floats})
 * into one {@code float[]} per vector, {@code usage} by {@link UsageReader} as in chat replies, and the rest
 * through {@link JsonCursor}. Fields it does not model still go through Jackson, from their own bytes. Anything
 * unusual (escapes in a key, nulls in modelled fields, repeated keys, malformed JSON) sends the whole body to the
 * ordinary Jackson reader, so results and errors are exactly the ordinary ones.
 *
 * <p>The scan runs while the body arrives ({@link #read(IncomingBody)}): decoding a reply of a megabyte costs about
 * what receiving it does, and scanning each piece as it comes uses the time the thread would otherwise spend
 * waiting for the next one (and reads bytes still in the cache). The
 * numbers' scanner reads more of the body as it goes; every member starts with at least {@link #LOOK_AHEAD} bytes
 * (or the rest of the body) arrived, and a member longer than that cannot be read from the bytes it has (the
 * cursor stops where they stop, never past them) and sends the scan back to the start, on the whole body.
 */
public final class EmbeddingResponseReader implements ResponseReader<EmbeddingResponse> {
  private static final ResponseReader<EmbeddingResponse> JACKSON = ResponseReader.json(EmbeddingResponse.class);
  private static final byte[] DATA = JsonCursor.name("data");
  private static final byte[] OBJECT = JsonCursor.name("object");
  private static final byte[] MODEL = JsonCursor.name("model");
  private static final byte[] USAGE = JsonCursor.name("usage");
  private static final byte[] INDEX = JsonCursor.name("index");
  private static final byte[] EMBEDDING = JsonCursor.name("embedding");
  /** Bytes that have arrived beyond the start of each member before it is read (see the class). */
  static final int LOOK_AHEAD = 32 << 10;

  private final WireValues values;

  /**
   * A reader of embeddings replies.
   *
   * @param values makes the embeddings read
   */
  public EmbeddingResponseReader(WireValues values) {
    this.values = values;
  }

  @Override
  public EmbeddingResponse read(byte[] body) throws IOException {
    EmbeddingResponse response = scanned(body);
    return response != null ? response : JACKSON.read(body);
  }

  @Override
  public EmbeddingResponse read(IncomingBody body) throws IOException {
    EmbeddingResponse response = scanned(body);
    return response != null ? response : read(body.all());
  }

  /** The reply as the byte-level scan reads it, or null when the body is unusual and goes to Jackson. */
  EmbeddingResponse scanned(byte[] body) throws IOException {
    return scanned(IncomingBody.of(body));
  }

  /**
   * As {@link #scanned(byte[])}, reading the body as the scan goes; null also when a member was longer than the
   * look-ahead (then the whole body is scanned again).
   */
  EmbeddingResponse scanned(IncomingBody body) throws IOException {
    try {
      return new Scan(body, values).response();
    } catch (Unusual e) {
      return null;
    }
  }

  /** One pass over one body. */
  private static final class Scan {
    private final IncomingBody body;
    private final WireValues values;
    private final JsonCursor json = new JsonCursor();
    private FloatArrayScanner numbers;
    private Base64Floats base64;
    /** Every embedding repeats its unmodelled keys and values ({@code "object": "embedding"}): shared, not copied. */
    private String extraName;
    private final Recent extraValue = new Recent();

    Scan(IncomingBody body, WireValues values) throws IOException {
      this.body = body;
      this.values = values;
      body.require(LOOK_AHEAD);
      json.reset(body.bytes(), 0, body.filled());
    }

    /** Makes {@link #LOOK_AHEAD} bytes from the cursor's position (or the rest of the body) readable. */
    private void lookAhead() throws IOException {
      int position = json.position();
      if (body.filled() - position < LOOK_AHEAD && !body.complete()) {
        body.require((long) position + LOOK_AHEAD);
        takeIn(position);
      }
    }

    /** Points the cursor, at {@code position}, at everything that has arrived. */
    private void takeIn(int position) {
      json.reset(body.bytes(), 0, body.filled());
      json.seek(position);
    }

    EmbeddingResponse response() throws Unusual, IOException {
      EmbeddingResponse.Builder response = EmbeddingResponse.builder();
      int seen = 0;
      json.expect('{');
      for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
        lookAhead();
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
          response.usage(UsageReader.usage(json));
        } else {
          response.putExtra(json.key(null), json.untyped());
        }
      }
      int position = json.position();
      body.all();
      takeIn(position);
      if (!json.atEnd()) {
        throw Unusual.INSTANCE;
      }
      return response.build();
    }

    private Embedding embedding() throws Unusual, IOException {
      int index = 0;
      int seen = 0;
      float[] vector = null;
      Map<String, Object> extra = null;
      lookAhead();
      json.expect('{');
      for (boolean more = !json.tryConsume('}'); more; more = json.moreMembers()) {
        lookAhead();
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
          extra.put(name, json.peek() == '"' ? json.string(extraValue) : json.untyped());
        }
      }
      if (vector == null) {
        throw Unusual.INSTANCE;
      }
      return values.embedding(index, vector, extra);
    }

    private float[] vector() throws Unusual, IOException {
      int next = json.peek();
      if (next == '"') {
        return base64(json.position());
      }
      if (next != '[') {
        throw Unusual.INSTANCE;
      }
      if (numbers == null) {
        numbers = new FloatArrayScanner(body);
      }
      float[] vector = numbers.read(json.position());
      if (vector == null) {
        throw Unusual.INSTANCE;
      }
      takeIn(numbers.end()); // the scanner may have read more of the body
      lookAhead(); // for what follows a vector longer than the look-ahead
      return vector;
    }

    /**
     * A base64 string of little-endian float32 values, whose opening quote is at {@code bytes[quote]}. A string
     * not closed within the bytes that have arrived is tried again with twice as many, until the body ends.
     */
    private float[] base64(int quote) throws Unusual, IOException {
      if (base64 == null) {
        base64 = new Base64Floats();
      }
      float[] values;
      while ((values = base64.read(body.bytes(), quote + 1, body.filled())) == null && !body.complete()) {
        body.require((long) body.filled() + Math.max(LOOK_AHEAD, body.filled() - quote));
      }
      if (values == null) {
        throw Unusual.INSTANCE;
      }
      takeIn(base64.end());
      lookAhead();
      return values;
    }
  }
}
