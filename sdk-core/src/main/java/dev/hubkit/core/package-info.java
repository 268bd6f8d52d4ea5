/**
 * HubKit's core: {@link dev.hubkit.core.HubClient} (one per hub, shared), {@link dev.hubkit.core.RequestOptions},
 * the unchecked {@link dev.hubkit.core.HubException} family, streams, task polling and model fallback.
 *
 * <p>Nothing in this package returns or accepts {@code null} unless it is marked {@code @Nullable} (JSpecify's
 * {@code @NullMarked}): absent values are {@link java.util.Optional}, so Kotlin sees real nullability instead of
 * platform types. Everything under {@code dev.hubkit.core.internal} may change without notice.
 */
@NullMarked
package dev.hubkit.core;

import org.jspecify.annotations.NullMarked;
