package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hubkit.anthropic.MessagesApi;
import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.EmbeddingsApi;
import dev.hubkit.chat.RerankApi;
import dev.hubkit.chat.ResponsesApi;
import dev.hubkit.core.ModelsApi;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.gemini.GeminiApi;
import dev.hubkit.media.AudioApi;
import dev.hubkit.media.ImagesApi;
import dev.hubkit.media.JobsApi;
import dev.hubkit.media.TasksApi;
import dev.hubkit.media.VideosApi;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * What the README promises of every API class: each call takes {@code RequestOptions} in one of its overloads, and
 * each blocking call has an {@code ...Async} twin, except the few the README names as blocking only.
 */
class ApiShapeTest {
  private static final List<Class<?>> APIS = Arrays.asList(ChatApi.class, EmbeddingsApi.class, ResponsesApi.class,
      RerankApi.class, ModelsApi.class, MessagesApi.class, GeminiApi.class, ImagesApi.class, VideosApi.class,
      TasksApi.class, JobsApi.class, AudioApi.class);

  /** The calls the README names as blocking only: fallback streams, and a lazy iteration over pages. */
  private static final List<String> BLOCKING_ONLY = Arrays.asList("ChatApi.streamWithFallback",
      "ResponsesApi.streamWithFallback", "MessagesApi.streamWithFallback", "GeminiApi.streamWithFallback",
      "ResponsesApi.allInputItems");

  private static boolean isCall(Method method) {
    return Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
        && method.getDeclaringClass() != Object.class && !method.getName().startsWith("with")
        && !method.getName().equals("toString");
  }

  @Test
  void everyCallTakesRequestOptionsInOneOfItsOverloads() {
    List<String> without = new ArrayList<>();
    for (Class<?> api : APIS) {
      TreeSet<String> names = new TreeSet<>();
      TreeSet<String> withOptions = new TreeSet<>();
      for (Method method : api.getMethods()) {
        if (isCall(method)) {
          names.add(method.getName());
          Class<?>[] parameters = method.getParameterTypes();
          if (parameters.length > 0 && parameters[parameters.length - 1] == RequestOptions.class) {
            withOptions.add(method.getName());
          }
        }
      }
      names.removeAll(withOptions);
      names.forEach(name -> without.add(api.getSimpleName() + "." + name));
    }
    assertEquals(new ArrayList<String>(), without);
  }

  @Test
  void everyBlockingCallHasAnAsyncTwinButTheOnesTheReadmeNames() {
    List<String> missing = new ArrayList<>();
    for (Class<?> api : APIS) {
      TreeSet<String> names = new TreeSet<>();
      for (Method method : api.getMethods()) {
        if (isCall(method)) {
          names.add(method.getName());
        }
      }
      for (Method method : api.getMethods()) {
        String name = method.getName();
        boolean blocking = !CompletionStage.class.isAssignableFrom(method.getReturnType());
        if (isCall(method) && blocking && !name.endsWith("Async") && !names.contains(name + "Async")
            && !BLOCKING_ONLY.contains(api.getSimpleName() + "." + name)) {
          missing.add(api.getSimpleName() + "." + name);
        }
      }
    }
    assertEquals(new ArrayList<String>(), new ArrayList<>(new TreeSet<>(missing)));
  }
}
