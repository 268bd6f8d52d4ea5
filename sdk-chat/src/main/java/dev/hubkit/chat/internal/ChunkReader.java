package dev.hubkit.chat.internal;

import static dev.hubkit.chat.internal.ChatKeys.CHOICES;
import static dev.hubkit.chat.internal.ChatKeys.CREATED;
import static dev.hubkit.chat.internal.ChatKeys.ERROR;
import static dev.hubkit.chat.internal.ChatKeys.ID;
import static dev.hubkit.chat.internal.ChatKeys.MODEL;
import static dev.hubkit.chat.internal.ChatKeys.OBJECT;
import static dev.hubkit.chat.internal.ChatKeys.SYSTEM_FINGERPRINT;
import static dev.hubkit.chat.internal.ChatKeys.USAGE;

import dev.hubkit.chat.ChatChunkChoice;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatStreamAccumulator;
import dev.hubkit.chat.Usage;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.hubkit.chat.internal.JsonCursor.Recent;
import dev.hubkit.chat.internal.JsonCursor.Unusual;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.StreamEnd;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes the chunks of one chat stream. Streams deliver thousands of chunks a second, so the usual chunk shape
 * (text, reasoning or refusal deltas, role, finish reason, string and null extras such as {@code service_tier} and
 * {@code logprobs}) is read straight from the event bytes into the values, and what repeats from chunk to chunk is
 * not read again: every chunk of a stream usually starts with the same bytes ({@code id}, {@code object},
 * {@code created}, {@code model}, {@code system_fingerprint}) up to {@code "choices"}, so when a chunk starts with
 * exactly the previous one's bytes up to there, their values are taken over and reading starts at
 * {@code "choices"}. As it reads every member, the fast path also tells errors apart, so the stream skips its own
 * search for them. Everything else (tool-call deltas, usage, content parts, logprob objects, escapes in keys,
 * repeated keys, errors, malformed JSON) goes to {@link ChunkDeserializer} through Jackson, which gives the same
 * values and the same failures: the fast path only ever takes inputs both read alike (see ChunkReaderTest).
 */
public final class ChunkReader implements EventDecoder<ChatCompletionChunk> {
  private final ObjectReader jackson;
  private final JsonCursor json = new JsonCursor();
  private final WireValues values;
  private final ChunkChoiceReader choices;
  private final Recent idText = new Recent();
  private final Recent objectText = new Recent();
  private final Recent modelText = new Recent();
  private final Recent fingerprintText = new Recent();
  private final Recent extraText = new Recent();
  private String extraName;
  private String lastExtraName;

  /** The members read before {@code "choices"} in the last chunk, and the bytes they were read from. */
  private final Members prefixMembers = new Members();
  private final Recent prefix = new Recent();
  private final ChunkTemplate template;
  private final StreamEnd<ChatCompletionChunk> end;

  /**
   * A reader for one stream.
   *
   * @param jackson reads what the fast path does not
   * @param values makes the values read
   */
  public ChunkReader(ObjectReader jackson, WireValues values) {
    this(jackson, values, new ChoicesFinished(new ChatStreamAccumulator(), "POST", "chat/completions"));
  }

  /**
   * A reader for one stream, whose end {@code end} tracks.
   *
   * @param jackson reads what the fast path does not
   * @param values makes the values read
   * @param end this stream's tracker, which {@link #newStreamEnd()} returns
   */
  public ChunkReader(ObjectReader jackson, WireValues values, StreamEnd<ChatCompletionChunk> end) {
    this.end = end;
    this.jackson = jackson;
    this.values = values;
    this.choices = new ChunkChoiceReader(json, values);
    this.template = new ChunkTemplate(values);
  }

  /** The chunk read from the event bytes, when it has the usual shape and is not an error; null otherwise. */
  @Override
  public ChatCompletionChunk decodeOrdinary(byte[] data, int offset, int length) {
    json.reset(data, offset, length);
    try {
      ChatCompletionChunk chunk = template.read(json, offset, length);
      if (chunk != null) {
        return chunk;
      }
      json.reset(data, offset, length);
      chunk = chunk(data, offset, length);
      template.remember(data, offset, length, choices, chunk);
      return chunk;
    } catch (Unusual unusual) {
      return null;
    }
  }

  /** This stream's tracker, given at construction: a reader reads one stream. */
  @Override
  public StreamEnd<ChatCompletionChunk> newStreamEnd() {
    return end;
  }

  /** Any chunk, through Jackson: the stream calls this for what {@link #decodeOrdinary} left. */
  @Override
  public ChatCompletionChunk decode(byte[] data, int offset, int length) throws IOException {
    return jackson.readValue(data, offset, length);
  }

  private ChatCompletionChunk chunk(byte[] data, int offset, int length) throws Unusual {
    Members members = new Members();
    List<ChatChunkChoice> choiceList = Collections.emptyList();
    boolean resumed = startsWithPrefix(data, offset, length);
    boolean more;
    if (resumed) {
      members.copy(prefixMembers);
      json.skip(prefix.length());
      more = true;
    } else {
      json.expect('{');
      more = !json.tryConsume('}');
    }
    for (; more; more = json.moreMembers()) {
      int keyStart = json.position();
      json.nextKey();
      if (json.keyIs(CHOICES)) {
        if (!resumed && keyStart > offset + 1) {
          rememberPrefix(data, offset, keyStart - offset, members);
        }
        members.once(Members.CHOICES);
        if (!json.tryNull()) {
          choiceList = choices.read();
        }
      } else {
        member(members);
      }
    }
    if (!json.atEnd()) {
      throw Unusual.INSTANCE;
    }
    return members.chunk(choiceList, values);
  }

  /** Reads one member other than {@code choices}. */
  private void member(Members members) throws Unusual {
    if (json.keyIs(ID)) {
      members.once(Members.ID);
      members.id = json.tryNull() ? null : json.string(idText);
    } else if (json.keyIs(OBJECT)) {
      members.once(Members.OBJECT);
      members.object = json.tryNull() ? null : json.string(objectText);
      if ("error".equals(members.object)) {
        throw Unusual.INSTANCE; // vLLM's error object: the stream reports it
      }
    } else if (json.keyIs(CREATED)) {
      members.once(Members.CREATED);
      members.created = json.tryNull() ? null : boxed(json.integer());
    } else if (json.keyIs(MODEL)) {
      members.once(Members.MODEL);
      members.model = json.tryNull() ? null : json.string(modelText);
    } else if (json.keyIs(SYSTEM_FINGERPRINT)) {
      members.once(Members.FINGERPRINT);
      members.fingerprint = json.tryNull() ? null : json.string(fingerprintText);
    } else if (json.keyIs(USAGE)) {
      members.once(Members.USAGE);
      if (!json.tryNull()) {
        throw Unusual.INSTANCE; // once per stream: Jackson reads it
      }
    } else if (json.keyIs(ERROR)) {
      throw Unusual.INSTANCE; // an error sent inside the stream: the stream reports it
    } else {
      String name = lastExtraName = json.key(lastExtraName);
      members.extra = ChunkChoiceReader.with(members.extra, name, repeatedExtra(name));
    }
  }

  /** The same Long as the previous chunk's when the value is the same. */
  private Long boxed(long value) {
    Long last = prefixMembers.created;
    return last != null && last == value ? last : Long.valueOf(value);
  }

  /** As an unmodelled string or null, sharing the first unmodelled member's value with the previous chunk's. */
  private String repeatedExtra(String name) throws Unusual {
    if (json.tryNull()) {
      return null;
    }
    if (extraName == null) {
      extraName = name;
    }
    return extraName.equals(name) ? json.string(extraText) : json.string();
  }

  private boolean startsWithPrefix(byte[] data, int offset, int length) {
    return prefix.length() > 0 && prefix.length() < length && json.startsWith(prefix);
  }

  private void rememberPrefix(byte[] data, int offset, int length, Members members) {
    prefix.remember(Arrays.copyOfRange(data, offset, offset + length), null);
    prefixMembers.copy(members);
  }

  /** The top-level members of one chunk as they are read. */
  private static final class Members {
    static final int ID = 1;
    static final int OBJECT = 2;
    static final int CREATED = 4;
    static final int MODEL = 8;
    static final int FINGERPRINT = 16;
    static final int CHOICES = 32;
    static final int USAGE = 64;

    private int seen;
    private String id;
    private String object;
    private Long created;
    private String model;
    private String fingerprint;
    /** Unmodelled members: replaced, never changed, once built, so that a copy may share it. */
    private Map<String, Object> extra = Collections.emptyMap();

    /** Marks a modelled member as read; a repeated key is Unusual. */
    void once(int member) throws Unusual {
      seen = JsonCursor.once(seen, member);
    }

    void copy(Members other) {
      seen = other.seen;
      id = other.id;
      object = other.object;
      created = other.created;
      model = other.model;
      fingerprint = other.fingerprint;
      extra = other.extra;
    }

    ChatCompletionChunk chunk(List<ChatChunkChoice> choices, WireValues values) {
      return values.chunk(Optional.ofNullable(id), Optional.ofNullable(object),
          Optional.ofNullable(created), Optional.ofNullable(model), choices, Optional.<Usage>empty(),
          Optional.ofNullable(fingerprint), extra);
    }
  }
}
