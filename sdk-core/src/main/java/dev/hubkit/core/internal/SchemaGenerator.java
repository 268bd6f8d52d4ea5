package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.UnsupportedSchemaTypeException;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns a Java type into a JSON schema OpenAI's strict mode accepts, from Jackson's own view of the type (the
 * mapper's naming, {@code @JsonProperty}, {@code @JsonIgnore}, {@code @JsonPropertyDescription},
 * {@code @JsonClassDescription}): every property required, {@code additionalProperties: false}, optional values
 * nullable, nested classes in {@code $defs}. One instance per schema; not thread-safe.
 */
public final class SchemaGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();
  private final Map<JavaType, String> definitionNames = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private JavaType root;

  private SchemaGenerator(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The strict schema of {@code type} as HubKit's mapper reads and writes it.
   *
   * @param type a class with properties
   * @return the schema
   * @throws UnsupportedSchemaTypeException when a property's type cannot be expressed strictly
   */
  public static ObjectNode strictSchema(Class<?> type) {
    return new SchemaGenerator(Json.mapper()).generate(type);
  }

  private ObjectNode generate(Class<?> type) {
    root = mapper.constructType(type);
    String path = type.getSimpleName();
    Class<?> raw = type;
    if (ScalarSchemas.of(raw, mapper, path) != null || root.isContainerType() || root.isReferenceType()
        || OptionalInt.class == raw || OptionalLong.class == raw || OptionalDouble.class == raw) {
      throw new UnsupportedSchemaTypeException(path, "a strict schema's top level must be an object with "
          + "properties, not " + root.toCanonical() + ": wrap the value in a class with one property");
    }
    rejectOpaque(root, path);
    PolymorphicTypes polymorphic = PolymorphicTypes.of(mapper, raw, path);
    if (polymorphic != null && !polymorphic.concreteSubtypes(raw).keySet().equals(Collections.singleton(raw))) {
      throw new UnsupportedSchemaTypeException(path, "a strict schema's top level must be one object, not a choice "
          + "of " + raw.getSimpleName() + "'s subtypes: wrap the value in a class with one property");
    }
    ObjectNode schema = NODES.objectNode();
    inProgress.add("#");
    objectSchema(root, schema, path);
    inProgress.remove("#");
    SchemaReferences.keepReachableDefinitions(schema, definitions);
    return schema;
  }

  private ObjectNode valueSchema(JavaType type, String path, boolean nullable) {
    Class<?> raw = type.getRawClass();
    if (type.isReferenceType()) { // Optional<T> and its kin: absent is null on the wire
      return valueSchema(type.getReferencedType(), path, true);
    }
    if (raw == OptionalInt.class || raw == OptionalLong.class) {
      return valueSchema(mapper.constructType(long.class), path, true);
    }
    if (raw == OptionalDouble.class) {
      return valueSchema(mapper.constructType(double.class), path, true);
    }
    ObjectNode schema = nonNullSchema(type, path);
    return nullable ? SchemaReferences.nullable(schema) : schema;
  }

  private ObjectNode nonNullSchema(JavaType type, String path) {
    Class<?> raw = type.getRawClass();
    ObjectNode scalar = ScalarSchemas.of(raw, mapper, path);
    if (scalar != null) {
      return scalar;
    }
    if (type.isMapLikeType()) {
      throw new UnsupportedSchemaTypeException(path, "a map (" + type.toCanonical() + ") has free-form keys, "
          + "which strict mode forbids (every object needs its properties named and additionalProperties: false): "
          + "use a class with one property per key, or a List of a class with 'key' and 'value' properties");
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      ObjectNode array = NODES.objectNode().put("type", "array");
      array.set("items", valueSchema(type.getContentType(), path + "[]", false));
      return array;
    }
    rejectOpaque(type, path);
    return reference(type, path);
  }

  /** Rejects what has no properties of its own to describe: {@code Object}, JSON trees, other JDK classes. */
  private static void rejectOpaque(JavaType type, String path) {
    Class<?> raw = type.getRawClass();
    if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
      throw new UnsupportedSchemaTypeException(path, raw.getSimpleName() + " may be any JSON value, which a "
          + "strict schema cannot express: use a concrete class, a String, a number or a List of one of them");
    }
    if (raw.isPrimitive() || raw.getName().startsWith("java.") || raw.getName().startsWith("javax.")) {
      throw new UnsupportedSchemaTypeException(path, type.toCanonical() + " has no strict JSON schema: use a "
          + "String, a number, a boolean, an enum, a java.time type, a List or a class of your own");
    }
  }

  private ObjectNode reference(JavaType type, String path) {
    PolymorphicTypes polymorphic = PolymorphicTypes.of(mapper, type.getRawClass(), path);
    if (polymorphic != null) {
      Map<Class<?>, String> subtypes = polymorphic.concreteSubtypes(type.getRawClass());
      if (subtypes.isEmpty()) {
        throw new UnsupportedSchemaTypeException(path, type.getRawClass().getSimpleName() + " is polymorphic "
            + "(@JsonTypeInfo) but Jackson knows no concrete subtype of it: list them in @JsonSubTypes");
      }
      if (subtypes.size() == 1) {
        Class<?> only = subtypes.keySet().iterator().next();
        return definition(mapper.constructType(only), path);
      }
      if (subtypes.size() > 1) {
        ObjectNode anyOf = NODES.objectNode();
        ArrayNode branches = anyOf.putArray("anyOf");
        for (Class<?> subtype : subtypes.keySet()) {
          branches.add(definition(mapper.constructType(subtype), path + "(" + subtypes.get(subtype) + ")"));
        }
        return anyOf;
      }
    }
    return definition(type, path);
  }

  /** A {@code $ref} to the type's definition, made on first use. */
  private ObjectNode definition(JavaType type, String path) {
    if (type.equals(root)) {
      return NODES.objectNode().put("$ref", "#");
    }
    String name = definitionNames.get(type);
    if (name == null) {
      name = uniqueName(type);
      definitionNames.put(type, name);
      ObjectNode definition = NODES.objectNode();
      definitions.put(name, definition);
      inProgress.add(name);
      objectSchema(type, definition, path);
      inProgress.remove(name);
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  private void objectSchema(JavaType declared, ObjectNode schema, String path) {
    JavaType type = concreteType(declared, path);
    boolean accessorStyle = type != declared; // an Immutables value read through @JsonDeserialize(as = ...)
    BeanDescription bean = mapper.getSerializationConfig().introspect(type);
    schema.put("type", "object");
    String description = bean.findClassDescription();
    if (description == null && accessorStyle) {
      description = mapper.getSerializationConfig().introspectClassAnnotations(declared).findClassDescription();
    }
    if (description != null) {
      schema.put("description", description);
    }
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = schema.putArray("required");
    PolymorphicTypes polymorphic = PolymorphicTypes.of(mapper, type.getRawClass(), path);
    String idProperty = polymorphic == null ? null : polymorphic.idProperty();
    if (idProperty != null) {
      ObjectNode id = properties.putObject(idProperty).put("type", "string");
      id.putArray("enum").add(polymorphic.typeId(type.getRawClass(), path));
      required.add(idProperty);
    }
    for (BeanPropertyDefinition property : PropertyOrder.of(bean, mapper)) {
      if (property.getName().equals(idProperty)) {
        continue; // an EXISTING_PROPERTY type id: its one value is the subtype's id
      }
      String propertyPath = path + "." + property.getName();
      if (property.getAccessor() != null && mapper.getSerializationConfig().getAnnotationIntrospector()
          .findUnwrappingNameTransformer(property.getAccessor()) != null) {
        throw new UnsupportedSchemaTypeException(propertyPath, "@JsonUnwrapped properties are not expressed in "
            + "strict schemas: declare the properties on the class itself, or keep the nested object");
      }
      boolean nullable = PropertyNullability.isNullable(property, accessorStyle);
      ObjectNode propertySchema = valueSchema(property.getPrimaryType(), propertyPath, nullable);
      String propertyDescription = property.getMetadata().getDescription();
      if (propertyDescription != null) {
        propertySchema = SchemaReferences.described(propertySchema, propertyDescription, definitions, inProgress);
      }
      properties.set(property.getName(), propertySchema);
      required.add(property.getName());
    }
    if (properties.size() == 0) {
      throw new UnsupportedSchemaTypeException(path, declared.toCanonical() + " has no property Jackson can see: "
          + "give it getters, public fields or @JsonProperty annotations (an empty object tells the model nothing)");
    }
    schema.put("additionalProperties", false);
  }

  /** The class to introspect: the type itself, or the concrete class an abstract one names for Jackson. */
  private JavaType concreteType(JavaType type, String path) {
    Class<?> raw = type.getRawClass();
    if (!raw.isInterface() && !Modifier.isAbstract(raw.getModifiers())) {
      return type;
    }
    Class<?> concrete = concreteClass(raw);
    if (concrete == null) {
      throw new UnsupportedSchemaTypeException(path, raw.getSimpleName() + " is abstract and names no concrete "
          + "class: annotate it with @JsonDeserialize(as = TheImplementation.class) (Immutables values do), or use "
          + "a concrete class");
    }
    return mapper.getTypeFactory().constructSpecializedType(type, concrete);
  }

  private static Class<?> concreteClass(Class<?> raw) {
    JsonDeserialize deserialize = raw.getAnnotation(JsonDeserialize.class);
    if (deserialize != null && deserialize.as() != Void.class && raw.isAssignableFrom(deserialize.as())) {
      return deserialize.as();
    }
    JsonSerialize serialize = raw.getAnnotation(JsonSerialize.class);
    if (serialize != null && serialize.as() != Void.class && raw.isAssignableFrom(serialize.as())) {
      return serialize.as();
    }
    return null;
  }

  /** The class's simple name, made unique (and valid in a JSON pointer) when two classes share it. */
  private String uniqueName(JavaType type) {
    StringBuilder name = new StringBuilder(type.getRawClass().getSimpleName());
    for (int i = 0; i < type.containedTypeCount(); i++) {
      name.append(i == 0 ? "Of" : "And").append(type.containedType(i).getRawClass().getSimpleName());
    }
    String base = name.toString().replaceAll("[^A-Za-z0-9_-]", "_");
    String unique = base;
    for (int n = 2; definitions.containsKey(unique); n++) {
      unique = base + "_" + n;
    }
    return unique;
  }
}
