package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.UnsupportedSchemaTypeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.Date;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

/**
 * The strict JSON schemas of the leaf types: strings, numbers, booleans, enums, and the JDK types HubKit's mapper
 * writes as strings ({@code java.time} with the formats OpenAI supports, or a pattern where none fits).
 */
final class ScalarSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<Class<?>> STRINGS = new HashSet<>(Arrays.<Class<?>>asList(String.class,
      CharSequence.class, Character.class, char.class, URI.class, URL.class, Locale.class, Currency.class,
      TimeZone.class, byte[].class, char[].class));
  private static final Set<Class<?>> INTEGERS = new HashSet<>(Arrays.<Class<?>>asList(int.class, Integer.class,
      long.class, Long.class, short.class, Short.class, byte.class, Byte.class, BigInteger.class, Year.class));
  private static final Set<Class<?>> NUMBERS = new HashSet<>(Arrays.<Class<?>>asList(double.class, Double.class,
      float.class, Float.class, BigDecimal.class, Number.class));
  private static final Set<Class<?>> DATE_TIMES = new HashSet<>(Arrays.<Class<?>>asList(Instant.class,
      OffsetDateTime.class, ZonedDateTime.class, Date.class));

  private ScalarSchemas() {}

  /**
   * The schema of {@code type}, or {@code null} when it is not a leaf type (an object, a list, a map).
   *
   * @throws UnsupportedSchemaTypeException for an enum without constants
   */
  static ObjectNode of(Class<?> type, ObjectMapper mapper, String path) {
    if (STRINGS.contains(type) || ZoneId.class.isAssignableFrom(type)) {
      return typed("string");
    }
    if (type == boolean.class || type == Boolean.class) {
      return typed("boolean");
    }
    if (INTEGERS.contains(type)) {
      return typed("integer");
    }
    if (NUMBERS.contains(type)) {
      return typed("number");
    }
    if (type == UUID.class) {
      return formatted("uuid");
    }
    if (type.isEnum()) {
      return enumSchema(type, mapper, path);
    }
    return timeSchema(type);
  }

  private static ObjectNode timeSchema(Class<?> type) {
    if (DATE_TIMES.contains(type)) {
      return formatted("date-time");
    }
    if (type == LocalDate.class) {
      return formatted("date");
    }
    if (type == OffsetTime.class) {
      return formatted("time");
    }
    if (type == Duration.class || type == Period.class) {
      return formatted("duration");
    }
    if (type == LocalDateTime.class) {
      return patterned("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$");
    }
    if (type == LocalTime.class) {
      return patterned("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$");
    }
    if (type == YearMonth.class) {
      return patterned("^\\d{4}-\\d{2}$");
    }
    if (type == MonthDay.class) {
      return patterned("^--\\d{2}-\\d{2}$");
    }
    return null;
  }

  /** The constants as the mapper writes them: {@code @JsonProperty} and {@code @JsonValue} names included. */
  private static ObjectNode enumSchema(Class<?> type, ObjectMapper mapper, String path) {
    Object[] constants = type.getEnumConstants();
    if (constants == null || constants.length == 0) {
      throw new UnsupportedSchemaTypeException(path, "enum " + type.getName() + " has no constants Java reflection "
          + "can see (if R8 or ProGuard shrank it, keep its values() method, as HubKit's consumer rules do)");
    }
    ArrayNode values = NODES.arrayNode();
    boolean numeric = true;
    for (Object constant : constants) {
      JsonNode value = mapper.valueToTree(constant);
      numeric &= value.isIntegralNumber();
      values.add(value);
    }
    ObjectNode schema = typed(numeric ? "integer" : "string");
    schema.set("enum", values);
    return schema;
  }

  private static ObjectNode typed(String type) {
    return NODES.objectNode().put("type", type);
  }

  private static ObjectNode formatted(String format) {
    return typed("string").put("format", format);
  }

  private static ObjectNode patterned(String pattern) {
    return typed("string").put("pattern", pattern);
  }
}
