/**
 * The values of OpenAI's Responses API ({@link dev.hubkit.chat.ResponsesApi}): requests, input and output items,
 * content parts, tools and stream events.
 *
 * <p>Nothing in this package returns or accepts {@code null} unless it is marked {@code @Nullable} (JSpecify's
 * {@code @NullMarked}); absent values are {@link java.util.Optional}. Everything under
 * {@code dev.hubkit.chat.responses.internal} may change without notice.
 */
@NullMarked
package dev.hubkit.chat.responses;

import org.jspecify.annotations.NullMarked;
