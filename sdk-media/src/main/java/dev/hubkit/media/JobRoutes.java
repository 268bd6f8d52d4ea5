package dev.hubkit.media;

/**
 * The built-in {@link JobRoute}s, from the shapes real hubs and relays serve. Paths that start with {@code /} are
 * below the hub's host root, as relays serve them; the CHMU routes are below the base URL, as the rest of its API.
 */
public final class JobRoutes {
  private static final String MJ_FETCH = "/mj/task/{id}/fetch";
  private static final String MJ_MANY = "/mj/task/list-by-condition";

  private JobRoutes() {}

  /**
   * CHMU Hub images: {@code POST {base}/images/generations} returns a {@code task_id}, polled at
   * {@code GET {base}/tasks/{id}}.
   *
   * @return the route
   */
  public static JobRoute chmuImages() {
    return JobRoute.builder().name("CHMU image").submitPath("images/generations").pollPath("tasks/{id}").build();
  }

  /**
   * CHMU Hub videos: {@code POST {base}/videos/generations}, polled at {@code GET {base}/tasks/{id}}.
   *
   * @return the route
   */
  public static JobRoute chmuVideos() {
    return JobRoute.builder().name("CHMU video").submitPath("videos/generations").pollPath("tasks/{id}").build();
  }

  /**
   * new-api's unified video endpoint: {@code POST /v1/video/generations} returns {@code {"task_id",...}}, polled at
   * {@code GET /v1/video/generations/{task_id}}, which answers flat or as {@code {"code":"success","data":{...}}}.
   *
   * @return the route
   */
  public static JobRoute newApiVideo() {
    return JobRoute.builder().name("new-api video").submitPath("/v1/video/generations")
        .pollPath("/v1/video/generations/{id}").build();
  }

  /**
   * Midjourney proxy {@code POST /mj/submit/imagine} ({@code {"prompt", "base64Array"?}}): the reply's
   * {@code result} is the task id (codes 1, 21, 22; 23 queue full and 24 banned prompt are errors), polled at
   * {@code GET /mj/task/{id}/fetch} or, with other pending tasks, {@code POST /mj/task/list-by-condition}. A finished
   * task's {@link TaskStatus#buttons()} lead on with {@link #midjourneyAction()}.
   *
   * @return the route
   */
  public static JobRoute midjourneyImagine() {
    return midjourney("imagine");
  }

  /**
   * Midjourney {@code POST /mj/submit/blend} ({@code {"base64Array":[...], "dimensions"?}}), polled as imagine.
   *
   * @return the route
   */
  public static JobRoute midjourneyBlend() {
    return midjourney("blend");
  }

  /**
   * Midjourney {@code POST /mj/submit/describe} ({@code {"base64"}}), polled as imagine; the prompts it finds are in
   * the finished task's {@code prompt} and {@code properties.finalPrompt} ({@link TaskStatus#json()}).
   *
   * @return the route
   */
  public static JobRoute midjourneyDescribe() {
    return midjourney("describe");
  }

  /**
   * Midjourney {@code POST /mj/submit/action} ({@code {"taskId", "customId"}}): presses a button of a finished
   * task (upscale, variation, reroll, zoom; {@link TaskStatus#buttons()}), which starts a new task, polled as
   * imagine. {@link JobsApi#press} builds the body.
   *
   * @return the route
   */
  public static JobRoute midjourneyAction() {
    return midjourney("action");
  }

  /**
   * Suno {@code POST /suno/submit/music}: inspiration mode sends {@code gpt_description_prompt}, custom mode
   * {@code prompt} (the lyrics) with {@code title} and {@code tags}; {@code mv} picks the model. The reply's
   * {@code data} is the task id, polled at {@code GET /suno/fetch/{id}} or, with other pending tasks,
   * {@code POST /suno/fetch}; the finished task's clips carry {@code audio_url}, {@code image_url} and
   * {@code video_url} ({@link TaskStatus#clips()}).
   *
   * @return the route
   */
  public static JobRoute sunoMusic() {
    return suno("music");
  }

  /**
   * Suno {@code POST /suno/submit/lyrics} ({@code {"prompt"}}), polled as music.
   *
   * @return the route
   */
  public static JobRoute sunoLyrics() {
    return suno("lyrics");
  }

  /**
   * Kling {@code POST /kling/v1/videos/text2video}, polled at {@code GET /kling/v1/videos/text2video/{task_id}};
   * replies are {@code {"code":0,"message":"SUCCEED","data":{"task_id","task_status","task_result":{...}}}}.
   *
   * @return the route
   */
  public static JobRoute klingTextToVideo() {
    return kling("text-to-video", "/kling/v1/videos/text2video");
  }

  /**
   * Kling {@code POST /kling/v1/videos/image2video}, polled at the same path {@code /{task_id}}.
   *
   * @return the route
   */
  public static JobRoute klingImageToVideo() {
    return kling("image-to-video", "/kling/v1/videos/image2video");
  }

  /**
   * Kling {@code POST /kling/v1/images/generations}, polled at the same path {@code /{task_id}}.
   *
   * @return the route
   */
  public static JobRoute klingImages() {
    return kling("images", "/kling/v1/images/generations");
  }

  private static JobRoute midjourney(String action) {
    return JobRoute.builder().name("midjourney " + action).submitPath("/mj/submit/" + action).pollPath(MJ_FETCH)
        .manyIdsPath(MJ_MANY).build();
  }

  private static JobRoute suno(String action) {
    return JobRoute.builder().name("suno " + action).submitPath("/suno/submit/" + action)
        .pollPath("/suno/fetch/{id}").manyIdsPath("/suno/fetch").build();
  }

  private static JobRoute kling(String name, String path) {
    return JobRoute.builder().name("kling " + name).submitPath(path).pollPath(path + "/{id}").build();
  }
}
