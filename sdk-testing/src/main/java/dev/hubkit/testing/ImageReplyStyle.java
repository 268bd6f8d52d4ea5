package dev.hubkit.testing;

/** How the fake hub answers {@code POST /images/generations}: as OpenAI does, or as CHMU Hub does. */
public enum ImageReplyStyle {
  /** Synchronous OpenAI reply: {@code {"created":..,"data":[{"url":..}]}}, or {@code b64_json} when asked for. */
  OPENAI_SYNC,
  /**
   * CHMU Hub task: {@code {"task_id":"img_..","status":"GENERATING","model":..}}, then {@code GET /tasks/{id}}
   * progresses to {@code COMPLETED} with {@code imageUrl} and an {@code images} list.
   */
  TASK
}
