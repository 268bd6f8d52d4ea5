package dev.hubkit.chat.responses;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a map attribute hold null values: Immutables recognises this annotation by its simple name. Used on
 * {@code extra()} maps, so an unknown field a hub sends as {@code null} (OpenAI's {@code "logprobs": null}) is
 * kept instead of failing the whole reply.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
@interface AllowNulls {}
