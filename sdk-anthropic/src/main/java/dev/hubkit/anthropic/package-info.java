/**
 * Claude's Messages format through the hub: {@link dev.hubkit.anthropic.MessagesApi}, its requests, content blocks,
 * replies and stream events.
 *
 * <p>Nothing in this package returns or accepts {@code null} unless it is marked {@code @Nullable} (JSpecify's
 * {@code @NullMarked}); absent values are {@link java.util.Optional}. Everything under
 * {@code dev.hubkit.anthropic.internal} may change without notice.
 */
@NullMarked
package dev.hubkit.anthropic;

import org.jspecify.annotations.NullMarked;
