package dev.hubkit.chat.internal;

import dev.hubkit.chat.ChatChoice;
import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.FinishReason;
import dev.hubkit.core.ApiError;
import dev.hubkit.core.ApiException;
import java.util.List;

/**
 * A choice that stopped with an error finish reason is a failure, not an answer: OpenRouter's {@code error} after a
 * provider failed mid-stream, a gateway's {@code "finish_reason":"overloaded_error"} with empty content followed by
 * {@code [DONE]}. It becomes the ApiException of the error type it names (Claude's types map to their HTTP
 * statuses: {@code overloaded_error} is a ServerException), with what arrived before it as the partial reply.
 */
public final class ErrorFinish {
  private ErrorFinish() {}

  /**
   * Throws when a choice of a whole reply stopped with an error.
   *
   * @param completion the reply
   * @param method the call's method
   * @param path the call's path
   * @return the completion, when no choice stopped with an error
   * @throws ApiException for the first choice that did, with the completion as its partial reply
   */
  public static ChatCompletion check(ChatCompletion completion, String method, String path) {
    List<ChatChoice> choices = completion.choices();
    for (int i = 0; i < choices.size(); i++) {
      FinishReason reason = choices.get(i).finishReason().orElse(null);
      if (FinishReason.ERROR.equals(reason)) {
        throw exception(reason, method, path, false, completion);
      }
    }
    return completion;
  }

  /**
   * @param reason an error finish reason
   * @param method the call's method
   * @param path the call's path
   * @param inStream whether it came in a stream
   * @param partial what arrived before it
   * @return the exception that ends the call
   */
  static ApiException exception(FinishReason reason, String method, String path, boolean inStream,
      ChatCompletion partial) {
    String type = reason.raw();
    ApiError error = ApiError.builder().statusCode(status(type)).method(method).path(path).inStream(inStream)
        .type(type).message("the model stopped with finish_reason " + type + " before finishing its answer;"
            + " the text received so far is ApiException.partialReply(ChatCompletion.class)")
        .build();
    return ApiException.of(error, partial);
  }

  /** The HTTP status Anthropic gives its error types; 200 (an error inside a 200 reply) for any other. */
  private static int status(String type) {
    switch (type) {
      case "invalid_request_error":
        return 400;
      case "authentication_error":
        return 401;
      case "permission_error":
        return 403;
      case "not_found_error":
        return 404;
      case "rate_limit_error":
        return 429;
      case "api_error":
        return 500;
      case "timeout_error":
        return 504;
      case "overloaded_error":
        return 529;
      default:
        return 200;
    }
  }
}
