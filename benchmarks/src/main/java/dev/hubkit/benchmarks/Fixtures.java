package dev.hubkit.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/** The bodies of the {@link Fixture} replies, generated deterministically. */
final class Fixtures {
  static final int STREAM_CHUNKS = 20_000;
  static final int EMBEDDINGS = 64;
  static final int DIMENSIONS = 1536;

  private Fixtures() {}

  /** A realistic ~2 KB chat completion. */
  static byte[] chatCompletion() {
    StringBuilder content = new StringBuilder();
    Random random = new Random(1);
    String[] words = {"the", "model", "answers", "with", "a", "careful", "and", "detailed", "explanation", "of",
        "how", "streaming", "works", "over", "server-sent", "events", "between", "hubs", "clients"};
    while (content.length() < 1500) {
      content.append(words[random.nextInt(words.length)]).append(' ');
    }
    String json = "{\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":\"chat.completion\","
        + "\"created\":1741569952,\"model\":\"gpt-4o-2024-08-06\",\"choices\":[{\"index\":0,\"message\":{"
        + "\"role\":\"assistant\",\"content\":\"" + content.toString().trim() + "\",\"refusal\":null,"
        + "\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":19,"
        + "\"completion_tokens\":310,\"total_tokens\":329,\"prompt_tokens_details\":{\"cached_tokens\":0,"
        + "\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
        + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},\"service_tier\":\"default\","
        + "\"system_fingerprint\":\"fp_f5bdcc3276\"}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** A chat SSE stream of {@link #STREAM_CHUNKS} OpenAI-shaped chunks, a usage chunk and {@code [DONE]}. */
  static byte[] chatStream() {
    StringBuilder sse = new StringBuilder(STREAM_CHUNKS * 240);
    Random random = new Random(2);
    String prefix = "data: {\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":\"chat.completion.chunk\","
        + "\"created\":1741569952,\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":\"fp_f5bdcc3276\","
        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
    for (int i = 0; i < STREAM_CHUNKS; i++) {
      sse.append(prefix).append(i == 0 ? "Hello" : " tok" + random.nextInt(1000))
          .append("\"},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n");
    }
    sse.append("data: {\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":\"chat.completion.chunk\","
        + "\"created\":1741569952,\"model\":\"gpt-4o-2024-08-06\",\"choices\":[],\"usage\":{\"prompt_tokens\":19,"
        + "\"completion_tokens\":20000,\"total_tokens\":20019}}\n\ndata: [DONE]\n\n");
    return sse.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A Claude Messages stream of {@link #STREAM_CHUNKS} {@code text_delta} events between message_start,
   * content_block_start and content_block_stop, message_delta and message_stop, as Anthropic writes them
   * ({@code event:} line, then {@code data:}).
   */
  static byte[] claudeStream() {
    StringBuilder sse = new StringBuilder(STREAM_CHUNKS * 140);
    Random random = new Random(2);
    sse.append("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":"
        + "\"msg_01XFDUDYJgAACzvnptvVoYEL\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[],"
        + "\"model\":\"claude-sonnet-4-5-20250929\",\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"
        + "{\"input_tokens\":19,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,"
        + "\"output_tokens\":1}}}\n\n");
    sse.append("event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
        + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n");
    for (int i = 0; i < STREAM_CHUNKS; i++) {
      sse.append("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
          + "\"delta\":{\"type\":\"text_delta\",\"text\":\"").append(i == 0 ? "Hello" : " tok" + random.nextInt(1000))
          .append("\"}}\n\n");
    }
    sse.append("event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
        + "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
        + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":20000}}\n\n"
        + "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
    return sse.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A Gemini {@code streamGenerateContent?alt=sse} stream of {@link #STREAM_CHUNKS} chunks shaped as Gemini sends
   * them (one text part, role, index, running usage, model version, response id; CRLF between events), the last
   * with its {@code finishReason} and thought signature, and no {@code [DONE]}.
   */
  static byte[] geminiStream() {
    StringBuilder sse = new StringBuilder(STREAM_CHUNKS * 260);
    Random random = new Random(4);
    String prefix = "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"";
    String suffix = "\"}],\"role\": \"model\"},\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 19,"
        + "\"totalTokenCount\": 19},\"modelVersion\": \"gemini-2.5-flash\",\"responseId\": \"k3ZaaOjVEoC4nvgP0dbUgAk\"}"
        + "\r\n\r\n";
    for (int i = 0; i < STREAM_CHUNKS - 1; i++) {
      sse.append(prefix).append(i == 0 ? "Hello" : " tok" + random.nextInt(1000)).append(suffix);
    }
    sse.append(prefix).append(" end.\",\"thoughtSignature\": \"EjQKMgEMOdbHsigAbCdEfGh\"}],\"role\": \"model\"},"
        + "\"finishReason\": \"STOP\",\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 19,"
        + "\"candidatesTokenCount\": 20000,\"totalTokenCount\": 20019},\"modelVersion\": \"gemini-2.5-flash\","
        + "\"responseId\": \"k3ZaaOjVEoC4nvgP0dbUgAk\"}\r\n\r\n");
    return sse.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A Responses API stream as OpenAI sends it: {@code response.created}, {@code response.in_progress}, a message
   * item and its part starting, {@link #STREAM_CHUNKS} {@code response.output_text.delta} events (each with
   * {@code event:} and {@code data:} lines), the text, part and item done, then {@code response.completed}.
   */
  static byte[] responsesStream() {
    StringBuilder sse = new StringBuilder(STREAM_CHUNKS * 240);
    Random random = new Random(2);
    String response = "{\"id\":\"resp_67ccd3a9da748190baa7f1570fe91ac604becb25c45c1d41\",\"object\":\"response\","
        + "\"created_at\":1741476777,\"status\":\"in_progress\",\"error\":null,\"incomplete_details\":null,"
        + "\"model\":\"gpt-4o-2024-08-06\",\"output\":[],\"usage\":null}";
    String item = "msg_67ccd3acc8d48190a77525dc6de64b4104becb25c45c1d41";
    int sequence = 0;
    sse.append("event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":")
        .append(sequence++).append(",\"response\":").append(response).append("}\n\n");
    sse.append("event: response.in_progress\ndata: {\"type\":\"response.in_progress\",\"sequence_number\":")
        .append(sequence++).append(",\"response\":").append(response).append("}\n\n");
    sse.append("event: response.output_item.added\ndata: {\"type\":\"response.output_item.added\","
        + "\"sequence_number\":").append(sequence++).append(",\"output_index\":0,\"item\":{\"id\":\"").append(item)
        .append("\",\"type\":\"message\",\"status\":\"in_progress\",\"content\":[],\"role\":\"assistant\"}}\n\n");
    sse.append("event: response.content_part.added\ndata: {\"type\":\"response.content_part.added\","
        + "\"sequence_number\":").append(sequence++).append(",\"item_id\":\"").append(item)
        .append("\",\"output_index\":0,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"\","
            + "\"annotations\":[]}}\n\n");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < STREAM_CHUNKS; i++) {
      String delta = i == 0 ? "Hello" : " tok" + random.nextInt(1000);
      text.append(delta);
      sse.append("event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\","
          + "\"sequence_number\":").append(sequence++).append(",\"item_id\":\"").append(item)
          .append("\",\"output_index\":0,\"content_index\":0,\"delta\":\"").append(delta)
          .append("\",\"logprobs\":[]}\n\n");
    }
    String done = "{\"id\":\"" + item + "\",\"type\":\"message\",\"status\":\"completed\",\"content\":[{\"type\":"
        + "\"output_text\",\"text\":\"" + text + "\",\"annotations\":[]}],\"role\":\"assistant\"}";
    sse.append("event: response.output_item.done\ndata: {\"type\":\"response.output_item.done\",\"sequence_number\":")
        .append(sequence++).append(",\"output_index\":0,\"item\":").append(done).append("}\n\n");
    sse.append("event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":")
        .append(sequence).append(",\"response\":").append(response.replace("in_progress", "completed")
            .replace("\"output\":[],\"usage\":null", "\"output\":[" + done + "],\"usage\":{\"input_tokens\":19,"
                + "\"output_tokens\":20000,\"total_tokens\":20019}")).append("}\n\n");
    return sse.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A 64 x 1536 embeddings reply with numbers written as JSON floats. */
  static byte[] embeddingsFloat() {
    return embeddings(false);
  }

  /** The same vectors as base64 little-endian float32. */
  static byte[] embeddingsBase64() {
    return embeddings(true);
  }

  private static byte[] embeddings(boolean base64) {
    Random random = new Random(3);
    StringBuilder json = new StringBuilder(EMBEDDINGS * DIMENSIONS * 14);
    json.append("{\"object\":\"list\",\"data\":[");
    for (int e = 0; e < EMBEDDINGS; e++) {
      if (e > 0) {
        json.append(',');
      }
      json.append("{\"object\":\"embedding\",\"index\":").append(e).append(",\"embedding\":");
      float[] vector = new float[DIMENSIONS];
      for (int d = 0; d < DIMENSIONS; d++) {
        vector[d] = (float) (random.nextGaussian() * 0.03);
      }
      if (base64) {
        ByteBuffer bytes = ByteBuffer.allocate(DIMENSIONS * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
          bytes.putFloat(v);
        }
        json.append('"').append(Base64.getEncoder().encodeToString(bytes.array())).append('"');
      } else {
        json.append('[');
        for (int d = 0; d < DIMENSIONS; d++) {
          if (d > 0) {
            json.append(',');
          }
          json.append(vector[d]);
        }
        json.append(']');
      }
      json.append('}');
    }
    json.append("],\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":512,\"total_tokens\":512}}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
