/**
 * OpenAI-format chat through a hub: {@link dev.hubkit.chat.ChatApi} (with SSE streams), embeddings, responses,
 * rerank and their values.
 *
 * <p>Nothing in this package returns or accepts {@code null} unless it is marked {@code @Nullable} (JSpecify's
 * {@code @NullMarked}); absent values are {@link java.util.Optional}. Everything under
 * {@code dev.hubkit.chat.internal} may change without notice.
 */
@NullMarked
package dev.hubkit.chat;

import org.jspecify.annotations.NullMarked;
