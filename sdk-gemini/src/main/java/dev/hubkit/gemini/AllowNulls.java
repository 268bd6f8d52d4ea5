package dev.hubkit.gemini;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a map attribute hold null values (Immutables recognises it by its simple name): JSON arguments, schemas
 * and unknown members may contain {@code null}, and a reply carrying one must not fail.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
@interface AllowNulls {}
