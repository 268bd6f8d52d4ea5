package dev.hubkit.core;

/** Holds the shared empty {@link RequestOptions}, so calls without options allocate none. */
final class NoRequestOptions {
  static final RequestOptions INSTANCE = RequestOptions.builder().build();

  private NoRequestOptions() {}
}
