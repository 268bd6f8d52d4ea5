/**
 * Gemini's generateContent format through the hub: {@link dev.hubkit.gemini.GeminiApi}, its contents, parts,
 * candidates, stream chunks and embeddings.
 *
 * <p>Nothing in this package returns or accepts {@code null} unless it is marked {@code @Nullable} (JSpecify's
 * {@code @NullMarked}); absent values are {@link java.util.Optional}. Everything under
 * {@code dev.hubkit.gemini.internal} may change without notice.
 */
@NullMarked
package dev.hubkit.gemini;

import org.jspecify.annotations.NullMarked;
