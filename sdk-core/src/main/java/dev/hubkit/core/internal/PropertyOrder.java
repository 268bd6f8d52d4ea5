package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a schema's properties: the order the class declares its fields (superclass first), which a model
 * follows when it writes the JSON, so a {@code reasoning} field declared before an {@code answer} is written first.
 * Jackson's own order moves renamed properties to the end; an explicit {@code @JsonPropertyOrder} is kept as is.
 */
final class PropertyOrder {
  private PropertyOrder() {}

  static List<BeanPropertyDefinition> of(BeanDescription bean, ObjectMapper mapper) {
    List<BeanPropertyDefinition> properties = new ArrayList<>(bean.findProperties());
    if (mapper.getSerializationConfig().getAnnotationIntrospector()
        .findSerializationPropertyOrder(bean.getClassInfo()) != null) {
      return properties;
    }
    final Map<String, Integer> positions = fieldPositions(bean.getBeanClass());
    Collections.sort(properties, (a, b) -> Integer.compare(position(a, positions), position(b, positions)));
    return properties;
  }

  private static int position(BeanPropertyDefinition property, Map<String, Integer> positions) {
    String field = property.getField() != null ? property.getField().getName() : property.getInternalName();
    Integer position = positions.get(field);
    return position == null ? Integer.MAX_VALUE : position;
  }

  private static Map<String, Integer> fieldPositions(Class<?> type) {
    Deque<Class<?>> hierarchy = new ArrayDeque<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.push(c);
    }
    Map<String, Integer> positions = new HashMap<>();
    for (Class<?> c : hierarchy) {
      for (Field field : c.getDeclaredFields()) {
        if (!positions.containsKey(field.getName())) {
          positions.put(field.getName(), positions.size());
        }
      }
    }
    return positions;
  }
}
