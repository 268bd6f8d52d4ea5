package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a property may be null in a strict schema (besides {@code Optional}, which always may): annotated
 * {@code @Nullable} (any annotation of that simple name: JSR 305, JSpecify's declaration form, Jakarta, JetBrains,
 * AndroidX, Checker) or {@code @CheckForNull}; or a boxed primitive ({@code Integer}, {@code Boolean}, ...) of a
 * plain class or record not marked {@code @JsonProperty(required = true)}. Accessors of an Immutables value are
 * never null unless annotated, as Immutables itself rejects a null there.
 */
final class PropertyNullability {
  private static final Set<String> NULLABLE_NAMES = new HashSet<>(Arrays.asList("Nullable", "CheckForNull"));
  private static final Set<Class<?>> BOXED = new HashSet<>(Arrays.<Class<?>>asList(Integer.class, Long.class,
      Short.class, Byte.class, Double.class, Float.class, Boolean.class, Character.class));

  private PropertyNullability() {}

  static boolean isNullable(BeanPropertyDefinition property, boolean accessorStyle) {
    if (annotatedNullable(property.getField()) || annotatedNullable(property.getGetter())
        || annotatedNullable(property.getSetter()) || annotatedNullable(property.getConstructorParameter())) {
      return true;
    }
    if (property.isRequired() || accessorStyle) {
      return false;
    }
    return BOXED.contains(property.getPrimaryType().getRawClass());
  }

  private static boolean annotatedNullable(AnnotatedMember member) {
    if (member == null) {
      return false;
    }
    for (Annotation annotation : member.getAllAnnotations().annotations()) {
      if (NULLABLE_NAMES.contains(annotation.annotationType().getSimpleName())) {
        return true;
      }
    }
    return false;
  }
}
