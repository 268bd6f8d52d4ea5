package dev.hubkit.core.internal;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;

/**
 * The dispatcher, threads and connection pool of an HTTP client HubKit creates. On Java 21 and later its calls run
 * on virtual threads, found by reflection at run time (the library is compiled for Java 8 and runs on Android):
 * a stream then holds a parked virtual thread of a few KB instead of a platform thread, so the stream limit can be
 * high. Elsewhere they run on OkHttp's own pool of platform threads, and the stream limit stays at 64.
 */
public final class CallThreads {
  /** Dispatcher places for calls that are not streams, on top of the stream limit. */
  public static final int CALL_SLOTS = 64;
  /** Default stream limit when calls run on platform threads: one thread per stream. */
  public static final int PLATFORM_THREAD_STREAMS = 64;
  /** Default stream limit on virtual threads: bounded by sockets (one connection each), not by threads. */
  public static final int VIRTUAL_THREAD_STREAMS = 1024;
  /** Idle connections kept per client: as many as calls run at once, so waves of polls reuse them. */
  static final int IDLE_CONNECTIONS = CALL_SLOTS;

  private CallThreads() {}

  /**
   * Looks up virtual threads on this runtime.
   *
   * @return a factory of virtual threads named {@code hubkit-call-N}, or empty on a runtime without them (Java 8
   *     to 20, Android; Java 19 and 20 without preview features throw when asked)
   */
  public static Optional<ThreadFactory> virtualThreadFactory() {
    try {
      Method ofVirtual = Thread.class.getMethod("ofVirtual");
      Class<?> builder = Class.forName("java.lang.Thread$Builder");
      Object named = builder.getMethod("name", String.class, long.class)
          .invoke(ofVirtual.invoke(null), "hubkit-call-", 0L);
      return Optional.of((ThreadFactory) builder.getMethod("factory").invoke(named));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
      return Optional.empty(); // no virtual threads on this runtime: the caller chooses platform threads
    }
  }

  /**
   * The default stream limit of an HTTP client HubKit creates.
   *
   * @param virtualThreads whether its calls run on virtual threads
   * @return {@link #VIRTUAL_THREAD_STREAMS} or {@link #PLATFORM_THREAD_STREAMS}
   */
  public static int defaultStreamLimit(boolean virtualThreads) {
    return virtualThreads ? VIRTUAL_THREAD_STREAMS : PLATFORM_THREAD_STREAMS;
  }

  /**
   * A dispatcher running calls on a new thread of {@code virtualThreads} each when present, else on OkHttp's pool;
   * it runs {@code streamLimit} streams and {@link #CALL_SLOTS} other calls at once, all to one host if need be
   * ({@link StreamSlots} keeps streams from taking the other calls' places).
   *
   * @param virtualThreads the result of {@link #virtualThreadFactory()}, or empty for platform threads
   * @param streamLimit HubKit's stream limit
   * @return a new dispatcher
   */
  public static Dispatcher dispatcher(Optional<ThreadFactory> virtualThreads, int streamLimit) {
    Dispatcher dispatcher = virtualThreads.isPresent()
        ? new Dispatcher(threadPerCall(virtualThreads.get()))
        : new Dispatcher();
    int places = (int) Math.min(Integer.MAX_VALUE, (long) streamLimit + CALL_SLOTS);
    dispatcher.setMaxRequests(places);
    dispatcher.setMaxRequestsPerHost(places);
    return dispatcher;
  }

  /**
   * The pool of an HTTP client HubKit creates.
   *
   * @return a pool keeping {@link #IDLE_CONNECTIONS} idle connections for 5 minutes
   */
  public static ConnectionPool connectionPool() {
    return new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES);
  }

  /**
   * An executor starting a new thread of {@code threads} for each call and ending it after: virtual threads are
   * not pooled. The dispatcher bounds how many run; {@code shutdown()} works as on OkHttp's own executor.
   */
  static ExecutorService threadPerCall(ThreadFactory threads) {
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 0, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
  }
}
