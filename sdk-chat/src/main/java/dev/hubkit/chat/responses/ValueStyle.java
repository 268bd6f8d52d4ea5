package dev.hubkit.chat.responses;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Immutables conventions for the values of this package: hidden implementations, no runtime dependency, and
 * singular adders for list attributes ({@code addTool}, {@code addInclude}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true),
    // Only this (always present) annotation may be added from the class path: no org.immutables.value.Generated
    // on the generated classes, which a user's -Xlint:all -Werror build would otherwise trip over.
    allowedClasspathAnnotations = Override.class)
@interface ValueStyle {}
