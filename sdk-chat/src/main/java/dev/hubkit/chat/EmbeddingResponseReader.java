package dev.hubkit.chat;

import dev.hubkit.chat.internal.Base64Floats;
import dev.hubkit.chat.internal.FloatArrayScanner;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.ResponseReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an embeddings reply straight from its bytes. A 64 x 1536 reply is about 100,000 numbers, and tokenizing
 * them through Jackson costs several times what reading the bytes does (see benchmarks/README.md); this scans the
 * usual shape directly, with the numbers read by {@link FloatArrayScanner} (or base64 by {@link Base64Floats})
 * into one {@code float[]} per vector. Fields it does not model (and {@code usage}) still go through Jackson, from
 * their own bytes. Anything unusual (escapes in a key or string, nulls in modelled fields, repeated keys,
 * malformed JSON) sends the whole body to the ordinary Jackson reader, so results and errors are exactly the
 * ordinary ones.
 */
final class EmbeddingResponseReader implements ResponseReader<EmbeddingResponse> {
  private static final ResponseReader<EmbeddingResponse> JACKSON = ResponseReader.json(EmbeddingResponse.class);

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

  /** Thrown (without a stack trace) when the body leaves the shape the scan reads. */
  private static final class Unusual extends Exception {
    private static final long serialVersionUID = 1L;
    static final Unusual INSTANCE = new Unusual();

    private Unusual() {
      super(null, null, false, false);
    }
  }

  /** One pass over one body. */
  private static final class Scan {
    private final byte[] bytes;
    private int pos;
    private FloatArrayScanner numbers;
    private Base64Floats base64;
    private final String[] recent = new String[32];

    Scan(byte[] bytes) {
      this.bytes = bytes;
    }

    EmbeddingResponse response() throws Unusual {
      ImmutableEmbeddingResponse.Builder response = ImmutableEmbeddingResponse.builder();
      boolean seenObject = false;
      boolean seenData = false;
      boolean seenModel = false;
      boolean seenUsage = false;
      expect('{');
      if (!tryConsume('}')) {
        do {
          String key = key();
          if (key.equals("data") && !seenData) {
            seenData = true;
            expect('[');
            if (!tryConsume(']')) {
              do {
                response.addData(embedding());
              } while (tryConsume(','));
              expect(']');
            }
          } else if (key.equals("object") && !seenObject) {
            seenObject = true;
            response.object(string());
          } else if (key.equals("model") && !seenModel) {
            seenModel = true;
            response.model(string());
          } else if (key.equals("usage") && !seenUsage) {
            seenUsage = true;
            int start = skipWhitespace();
            if (start == bytes.length || bytes[start] != '{') {
              throw Unusual.INSTANCE;
            }
            response.usage(jackson(start, skipValue(), Usage.class));
          } else if (isModelled(key)) {
            throw Unusual.INSTANCE; // a repeated key: Jackson decides which one counts
          } else {
            response.putExtra(key, untyped());
          }
        } while (tryConsume(','));
        expect('}');
      }
      if (skipWhitespace() != bytes.length) {
        throw Unusual.INSTANCE;
      }
      return response.build();
    }

    private static boolean isModelled(String key) {
      return key.equals("data") || key.equals("object") || key.equals("model") || key.equals("usage");
    }

    private Embedding embedding() throws Unusual {
      expect('{');
      int index = 0;
      boolean seenIndex = false;
      float[] vector = null;
      Map<String, Object> extra = null;
      if (!tryConsume('}')) {
        do {
          String key = key();
          if (key.equals("index")) {
            if (seenIndex) {
              throw Unusual.INSTANCE;
            }
            seenIndex = true;
            index = index();
          } else if (key.equals("embedding")) {
            if (vector != null) {
              throw Unusual.INSTANCE;
            }
            vector = vector();
          } else {
            if (extra == null) {
              extra = new LinkedHashMap<>();
            }
            if (extra.containsKey(key)) {
              throw Unusual.INSTANCE;
            }
            extra.put(key, untyped());
          }
        } while (tryConsume(','));
        expect('}');
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
      int start = skipWhitespace();
      if (start == bytes.length || (bytes[start] != '[' && bytes[start] != '"')) {
        throw Unusual.INSTANCE;
      }
      if (bytes[start] == '"') {
        return base64(start);
      }
      if (numbers == null) {
        numbers = new FloatArrayScanner(bytes);
      }
      float[] vector = numbers.read(start);
      if (vector == null) {
        throw Unusual.INSTANCE;
      }
      pos = numbers.end();
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
      pos = base64.end();
      return values;
    }

    private int index() throws Unusual {
      int start = skipWhitespace();
      int value = 0;
      while (pos < bytes.length && bytes[pos] >= '0' && bytes[pos] <= '9' && pos - start < 9) {
        value = value * 10 + (bytes[pos++] - '0');
      }
      if (pos == start || (bytes[start] == '0' && pos - start > 1) || (pos < bytes.length && isNumberByte(bytes[pos]))) {
        throw Unusual.INSTANCE;
      }
      return value;
    }

    /** An unmodelled value as Jackson's untyped reading gives it; plain strings (most of them) directly. */
    private Object untyped() throws Unusual {
      int start = skipWhitespace();
      if (start < bytes.length && bytes[start] == '"') {
        return string();
      }
      return jackson(start, skipValue(), Object.class);
    }

    /** Reads {@code bytes[start, end)} with Jackson; a failure sends the whole body to Jackson for its message. */
    private <T> T jackson(int start, int end, Class<T> type) throws Unusual {
      try {
        return Json.mapper().readValue(bytes, start, end - start, type);
      } catch (IOException e) {
        throw Unusual.INSTANCE;
      }
    }

    /** A key without escapes, and the colon after it. */
    private String key() throws Unusual {
      String key = string();
      expect(':');
      return key;
    }

    /** A plain ASCII string without escapes or control characters; anything else is left to Jackson. */
    private String string() throws Unusual {
      expect('"');
      int start = pos;
      while (pos < bytes.length && bytes[pos] != '"') {
        if (bytes[pos] == '\\' || bytes[pos] < 0x20) {
          throw Unusual.INSTANCE;
        }
        pos++;
      }
      if (pos == bytes.length) {
        throw Unusual.INSTANCE;
      }
      return repeated(start, pos++);
    }

    /**
     * The String of the ASCII {@code bytes[start, end)}, the same instance as an earlier equal one where the small
     * cache still holds it: every embedding repeats its keys and {@code "object": "embedding"}.
     */
    private String repeated(int start, int end) {
      int slot = (end - start) * 31 + bytes[start < end ? start : 0] & (recent.length - 1);
      String cached = recent[slot];
      if (cached != null && cached.length() == end - start) {
        int i = 0;
        while (i < end - start && cached.charAt(i) == bytes[start + i]) {
          i++;
        }
        if (i == end - start) {
          return cached;
        }
      }
      return recent[slot] = new String(bytes, start, end - start, StandardCharsets.US_ASCII);
    }

    /** Skips one JSON value of any kind (Jackson checks it afterwards); returns the position after it. */
    private int skipValue() throws Unusual {
      int depth = 0;
      skipWhitespace();
      do {
        if (pos >= bytes.length) {
          throw Unusual.INSTANCE;
        }
        byte b = bytes[pos];
        if (b == '"') {
          for (pos++; pos < bytes.length && bytes[pos] != '"'; pos++) {
            if (bytes[pos] == '\\') {
              pos++;
            }
          }
          pos++;
        } else if (b == '{' || b == '[') {
          depth++;
          pos++;
        } else if (b == '}' || b == ']') {
          depth--;
          pos++;
        } else if (b == ',' || b == ':' || isWhitespace(b)) {
          if (depth == 0) {
            throw Unusual.INSTANCE;
          }
          pos++;
        } else {
          while (pos < bytes.length && !isDelimiter(bytes[pos])) {
            pos++;
          }
        }
      } while (depth > 0);
      if (depth < 0 || pos > bytes.length) {
        throw Unusual.INSTANCE;
      }
      return pos;
    }

    private void expect(char c) throws Unusual {
      if (!tryConsume(c)) {
        throw Unusual.INSTANCE;
      }
    }

    private boolean tryConsume(char c) {
      skipWhitespace();
      if (pos < bytes.length && bytes[pos] == c) {
        pos++;
        return true;
      }
      return false;
    }

    private int skipWhitespace() {
      while (pos < bytes.length && isWhitespace(bytes[pos])) {
        pos++;
      }
      return pos;
    }

    private static boolean isWhitespace(byte b) {
      return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static boolean isDelimiter(byte b) {
      return b == ',' || b == '}' || b == ']' || b == ':' || b == '"' || b == '{' || b == '[' || isWhitespace(b);
    }

    private static boolean isNumberByte(byte b) {
      return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }
  }
}
