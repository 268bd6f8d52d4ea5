package dev.hubkit.anthropic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a map attribute hold null values (Immutables recognises it by its simple name), so an unknown member sent
 * as {@code null} is kept in {@code extra()} instead of failing the reply.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
@interface AllowNulls {}
