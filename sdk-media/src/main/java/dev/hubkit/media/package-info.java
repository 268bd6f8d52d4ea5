/**
 * Images, videos, audio and hub tasks: {@link dev.hubkit.media.ImagesApi}, {@link dev.hubkit.media.VideosApi},
 * {@link dev.hubkit.media.AudioApi}, {@link dev.hubkit.media.TasksApi} and their values.
 *
 * <p>Nothing in this package returns or accepts {@code null} unless it is marked {@code @Nullable} (JSpecify's
 * {@code @NullMarked}); absent values are {@link java.util.Optional}. Everything under
 * {@code dev.hubkit.media.internal} may change without notice.
 */
@NullMarked
package dev.hubkit.media;

import org.jspecify.annotations.NullMarked;
