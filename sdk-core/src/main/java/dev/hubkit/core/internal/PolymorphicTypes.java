package dev.hubkit.core.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeNameIdResolver;
import dev.hubkit.core.UnsupportedSchemaTypeException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jackson's polymorphic types in a strict schema: a type with {@code @JsonTypeInfo(use = NAME)} (the type id in a
 * property) or {@code use = DEDUCTION} is an {@code anyOf} of its concrete {@code @JsonSubTypes}, each with its
 * type id property as a one-value enum. Type ids as Jackson writes them ({@code @JsonSubTypes.Type(name = ...)},
 * {@code @JsonTypeName}, or its default).
 */
final class PolymorphicTypes {
  private final ObjectMapper mapper;
  private final JsonTypeInfo info;
  private final Class<?> base;

  private PolymorphicTypes(ObjectMapper mapper, JsonTypeInfo info, Class<?> base) {
    this.mapper = mapper;
    this.info = info;
    this.base = base;
  }

  /**
   * The polymorphism {@code type} takes part in, or {@code null} when it has no {@code @JsonTypeInfo} (on itself or
   * a supertype) or {@code use = NONE}.
   *
   * @throws UnsupportedSchemaTypeException for type ids a strict schema cannot express (class names, wrappers)
   */
  static PolymorphicTypes of(ObjectMapper mapper, Class<?> type, String path) {
    Class<?> base = declaringClass(type);
    if (base == null) {
      return null;
    }
    JsonTypeInfo info = base.getAnnotation(JsonTypeInfo.class);
    if (info.use() == JsonTypeInfo.Id.NONE) {
      return null;
    }
    boolean named = info.use() == JsonTypeInfo.Id.NAME && (info.include() == JsonTypeInfo.As.PROPERTY
        || info.include() == JsonTypeInfo.As.EXISTING_PROPERTY);
    if (!named && info.use() != JsonTypeInfo.Id.DEDUCTION) {
      throw new UnsupportedSchemaTypeException(path, base.getSimpleName() + " is polymorphic with "
          + "@JsonTypeInfo(use = " + info.use() + ", include = " + info.include() + "), which a strict schema "
          + "cannot express: use @JsonTypeInfo(use = Id.NAME) with the type id in a property, or Id.DEDUCTION");
    }
    return new PolymorphicTypes(mapper, info, base);
  }

  /** The property holding the type id, or {@code null} when Jackson deduces the type from the properties. */
  String idProperty() {
    if (info.use() == JsonTypeInfo.Id.DEDUCTION) {
      return null;
    }
    return info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
  }

  /**
   * The concrete classes {@code type} may be, with their type ids: those the base's {@code @JsonSubTypes} lists in
   * its order, then others Jackson found by class name (Jackson's own order follows identity hash codes, which
   * would make the schema differ from run to run).
   */
  Map<Class<?>, String> concreteSubtypes(Class<?> type) {
    SerializationConfig config = mapper.getSerializationConfig();
    JavaType baseType = mapper.constructType(base);
    Collection<NamedType> named = mapper.getSubtypeResolver()
        .collectAndResolveSubtypesByClass(config, config.introspectClassAnnotations(baseType).getClassInfo());
    TypeNameIdResolver ids = TypeNameIdResolver.construct(config, baseType, named, true, false);
    List<Class<?>> classes = new ArrayList<>();
    for (NamedType one : named) {
      Class<?> candidate = one.getType();
      if (type.isAssignableFrom(candidate) && !candidate.isInterface()
          && !Modifier.isAbstract(candidate.getModifiers()) && !classes.contains(candidate)) {
        classes.add(candidate);
      }
    }
    final List<Class<?>> declared = declaredOrder();
    Collections.sort(classes, (a, b) -> {
      int byDeclaration = Integer.compare(position(declared, a), position(declared, b));
      return byDeclaration != 0 ? byDeclaration : a.getName().compareTo(b.getName());
    });
    Map<Class<?>, String> subtypes = new LinkedHashMap<>();
    for (Class<?> candidate : classes) {
      subtypes.put(candidate, ids.idFromValueAndType(null, candidate));
    }
    return subtypes;
  }

  /**
   * The type id of the concrete class {@code type}.
   *
   * @throws UnsupportedSchemaTypeException when Jackson could not read it back (not among the subtypes)
   */
  String typeId(Class<?> type, String path) {
    String id = concreteSubtypes(base).get(type);
    if (id == null) {
      throw new UnsupportedSchemaTypeException(path, type.getSimpleName() + " is not among the @JsonSubTypes of "
          + base.getSimpleName() + ", so Jackson cannot read it back: list it there");
    }
    return id;
  }

  private List<Class<?>> declaredOrder() {
    List<Class<?>> declared = new ArrayList<>();
    JsonSubTypes subTypes = base.getAnnotation(JsonSubTypes.class);
    if (subTypes != null) {
      for (JsonSubTypes.Type one : subTypes.value()) {
        declared.add(one.value());
      }
    }
    return declared;
  }

  private static int position(List<Class<?>> declared, Class<?> type) {
    int position = declared.indexOf(type);
    return position < 0 ? Integer.MAX_VALUE : position;
  }

  private static Class<?> declaringClass(Class<?> type) {
    if (type == null || type == Object.class) {
      return null;
    }
    if (type.isAnnotationPresent(JsonTypeInfo.class)) {
      return type;
    }
    Class<?> found = declaringClass(type.getSuperclass());
    for (Class<?> implemented : type.getInterfaces()) {
      found = found != null ? found : declaringClass(implemented);
    }
    return found;
  }
}
