package dev.hubkit.core.internal;

import okhttp3.Response;

/** Reads a raw successful reply, e.g. streams its body to a file; HubKit closes the reply after. */
@FunctionalInterface
public interface RawReplyHandler<T> {
  /** Reads {@code response}; what it throws fails the call. */
  T read(Response response);
}
