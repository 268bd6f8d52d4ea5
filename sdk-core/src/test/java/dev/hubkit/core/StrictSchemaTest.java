package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.hubkit.core.conformance.StrictModeRules;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.structured.Category;
import dev.hubkit.core.structured.Drawing;
import dev.hubkit.core.structured.Shape;
import dev.hubkit.core.structured.Place;
import dev.hubkit.core.structured.Weather;
import dev.hubkit.core.structured.WeatherQuery;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StrictSchemaTest {
  private static final String WEATHER_JSON = "{\"city\":\"Paris\",\"temperature_c\":18.5,\"feels_like_c\":null,"
      + "\"sky\":\"cloudy\",\"date\":\"2026-12-02\",\"observed_at\":\"2026-12-02T09:30:00Z\","
      + "\"forecast\":[{\"date\":\"2026-12-03\",\"sky\":\"rain\",\"high_c\":12,\"summary\":null},"
      + "{\"date\":\"2026-12-04\",\"sky\":\"clear\",\"high_c\":14,\"summary\":\"Sunny spells\"}],"
      + "\"warnings\":[\"wind\"],\"note\":\"Bring a coat\"}";

  private static JsonNode golden(String name) throws IOException {
    try (InputStream in = StrictSchemaTest.class.getResourceAsStream("structured/" + name + ".schema.json")) {
      return Json.mapper().readTree(in);
    }
  }

  private static void assertSchemaIsGolden(Class<?> type) throws IOException {
    JsonNode schema = StrictSchema.of(type).schema();
    assertEquals(golden(type.getSimpleName()), schema);
    assertEquals(golden(type.getSimpleName()).toString(), schema.toString(), "property order");
  }

  @Test
  void pojoPropertiesFollowJacksonNamesDescriptionsEnumsAndDeclarationOrder() throws IOException {
    assertSchemaIsGolden(Weather.class);
  }

  @Test
  void immutablesValueIsReadThroughItsGeneratedClassWithNullableAndOptionalAccessors() throws IOException {
    assertSchemaIsGolden(WeatherQuery.class);
  }

  @Test
  void recordComponentsAreRequiredAndItsRecursionIsARefToTheRoot() throws IOException {
    assertSchemaIsGolden(Place.class);
  }

  @Test
  void reusedAndRecursiveClassesUseDefsAndDescribedReferencesHaveNoSiblingKeywords() throws IOException {
    assertSchemaIsGolden(Category.class);
  }

  @Test
  void polymorphicTypesAreAnAnyOfOfTheirSubtypesEachWithItsTypeIdAsAOneValueEnum() throws IOException {
    assertSchemaIsGolden(Drawing.class);
  }

  @ParameterizedTest
  @ValueSource(classes = {Weather.class, WeatherQuery.class, Place.class, Category.class, Drawing.class})
  void everySchemaFollowsOpenAisStrictModeRules(Class<?> type) {
    assertEquals(List.of(), StrictModeRules.violations(StrictSchema.of(type).schema()));
  }

  @Test
  void anIndependentValidatorAgreesWithTheSchema() throws IOException {
    com.networknt.schema.JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(StrictSchema.of(Weather.class).schema());
    assertEquals(0, validator.validate(Json.mapper().readTree(WEATHER_JSON)).size());
    String badSky = WEATHER_JSON.replace("\"sky\":\"rain\"", "\"sky\":\"snow\"");
    assertFalse(validator.validate(Json.mapper().readTree(badSky)).isEmpty());
  }

  @Test
  void nameAndDescriptionComeFromTheClass() {
    StrictSchema<Weather> schema = StrictSchema.of(Weather.class);
    assertEquals("Weather", schema.name());
    assertEquals(Optional.of("The weather in one city"), schema.description());
    assertEquals(Optional.empty(), StrictSchema.of(Place.class).description());
    assertEquals("DayForecast", StrictSchema.of(Weather.DayForecast.class).name());
  }

  @Test
  void schemaIsAFreshCopyEachTime() {
    StrictSchema<Weather> schema = StrictSchema.of(Weather.class);
    schema.schema().put("type", "string");
    assertEquals("object", schema.schema().get("type").asText());
  }

  // --- types strict mode cannot express

  static class WithMap {
    public String name;
    public List<Map<String, Integer>> scores;
  }

  static class WithObject {
    public Object anything;
  }

  interface Plain {
    double area();
  }

  static class WithShape {
    public Plain shape;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
  @JsonSubTypes(@JsonSubTypes.Type(value = Circle.class, name = "circle"))
  abstract static class Animal {
    public String name;
  }

  static class Circle extends Animal {
    public double radius;
  }

  static class WithAnimal {
    public Animal animal;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  interface LoneShape {}

  static class WithLoneShape {
    public LoneShape shape;
  }

  static class Empty {
    private String hidden;
  }

  private static UnsupportedSchemaTypeException rejected(Class<?> type) {
    return assertThrows(UnsupportedSchemaTypeException.class, () -> StrictSchema.of(type));
  }

  @Test
  void aMapIsRejectedNamingThePropertyAndWhatToUseInstead() {
    UnsupportedSchemaTypeException e = rejected(WithMap.class);
    assertEquals("WithMap.scores[]", e.propertyPath());
    assertTrue(e.getMessage().startsWith("WithMap.scores[]: a map (java.util.Map<java.lang.String,"), e.getMessage());
    assertTrue(e.getMessage().contains("use a class with one property per key, or a List of a class with 'key' and "
        + "'value' properties"), e.getMessage());
  }

  @Test
  void objectAbstractPolymorphicEmptyAndScalarTypesAreRejectedWithWhatToDo() {
    assertTrue(rejected(WithObject.class).getMessage()
        .startsWith("WithObject.anything: Object may be any JSON value"));
    assertTrue(rejected(WithShape.class).getMessage().contains(
        "WithShape.shape: Plain is abstract and names no concrete class: annotate it with @JsonDeserialize(as"));
    assertTrue(rejected(WithAnimal.class).getMessage().contains("WithAnimal.animal: Animal is polymorphic with "
        + "@JsonTypeInfo(use = CLASS, include = PROPERTY), which a strict schema cannot express: use "
        + "@JsonTypeInfo(use = Id.NAME)"), rejected(WithAnimal.class).getMessage());
    assertTrue(rejected(Shape.class).getMessage().contains("Shape: a strict schema's top level must be one object, "
        + "not a choice of Shape's subtypes"), rejected(Shape.class).getMessage());
    assertTrue(rejected(WithLoneShape.class).getMessage().contains("WithLoneShape.shape: LoneShape is polymorphic "
        + "(@JsonTypeInfo) but Jackson knows no concrete subtype of it"), rejected(WithLoneShape.class).getMessage());
    assertTrue(rejected(Empty.class).getMessage().contains("has no property Jackson can see"));
    assertTrue(rejected(String.class).getMessage().contains("String: a strict schema's top level must be an object"));
    assertTrue(rejected(List.class).getMessage().contains("wrap the value in a class with one property"));
    assertTrue(rejected(JsonNode.class).getMessage().startsWith("JsonNode: JsonNode may be any JSON value"));
    assertTrue(rejected(Thread.class).getMessage().startsWith("Thread: java.lang.Thread has no strict JSON schema"));
  }

  // --- reading replies

  @Test
  void aMatchingReplyIsReadIntoThePojo() {
    Weather weather = StrictSchema.of(Weather.class).parse(WEATHER_JSON);
    assertEquals("Paris", weather.city);
    assertEquals(18.5, weather.temperatureC);
    assertNull(weather.feelsLikeC);
    assertEquals(Weather.Sky.CLOUDY, weather.sky);
    assertEquals(LocalDate.of(2026, 12, 2), weather.date);
    assertEquals(Instant.parse("2026-12-02T09:30:00Z"), weather.observedAt);
    assertEquals(2, weather.forecast.size());
    assertEquals(Weather.Sky.CLEAR, weather.forecast.get(1).sky);
    assertEquals("Sunny spells", weather.forecast.get(1).summary);
    assertEquals(Optional.of("Bring a coat"), weather.getNote());
  }

  @Test
  void immutablesValuesAndRecordsAreReadToo() {
    WeatherQuery query = StrictSchema.of(WeatherQuery.class)
        .parse("{\"city\":\"Oslo\",\"unit\":\"f\",\"country\":null,\"days\":3,\"fields\":[\"wind\"]}");
    assertEquals("Oslo", query.city());
    assertEquals(Optional.of(WeatherQuery.Unit.FAHRENHEIT), query.unit());
    assertNull(query.country());
    assertEquals(3, query.days());
    Place place = StrictSchema.of(Place.class).parse("{\"lat\":59.9,\"lon\":10.7,\"altitude\":null,"
        + "\"nearby\":[{\"lat\":60,\"lon\":11,\"altitude\":120,\"nearby\":[]}]}");
    assertEquals(new Place(59.9, 10.7, null, List.of(new Place(60, 11, 120, List.of()))), place);
  }

  @Test
  void aValueOutsideTheEnumNamesThePropertyAndShowsTheText() {
    String text = WEATHER_JSON.replace("\"sky\":\"clear\"", "\"sky\":\"snow\"");
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> StrictSchema.of(Weather.class).parse(text));
    assertEquals("forecast[1].sky", e.propertyPath());
    assertEquals("The model's output does not match Weather at 'forecast[1].sky': expected one of "
        + "[\"clear\",\"cloudy\",\"rain\"], got \"snow\". Text received (" + text.length() + " characters): " + text,
        e.getMessage());
    assertEquals(text, e.text());
    assertNull(e.getCause());
  }

  @Test
  void aMissingOrMistypedPropertyIsNamed() {
    StrictSchema<Weather> schema = StrictSchema.of(Weather.class);
    StructuredOutputException missing = assertThrows(StructuredOutputException.class,
        () -> schema.parse(WEATHER_JSON.replace("\"city\":\"Paris\",", "")));
    assertTrue(missing.getMessage().startsWith(
        "The model's output does not match Weather at 'city': the property is missing (expected a string)."),
        missing.getMessage());
    StructuredOutputException mistyped = assertThrows(StructuredOutputException.class,
        () -> schema.parse(WEATHER_JSON.replace("18.5", "\"warm\"")));
    assertTrue(mistyped.getMessage().startsWith(
        "The model's output does not match Weather at 'temperature_c': expected a number, got \"warm\"."),
        mistyped.getMessage());
    StructuredOutputException notAList = assertThrows(StructuredOutputException.class,
        () -> schema.parse(WEATHER_JSON.replace("[\"wind\"]", "\"wind\"")));
    assertEquals("warnings", notAList.propertyPath());
  }

  @Test
  void anAbsentNullablePropertyAndUnknownPropertiesAreTolerated() {
    Weather weather = StrictSchema.of(Weather.class)
        .parse(WEATHER_JSON.replace("\"feels_like_c\":null,", "").replace("{\"city\"", "{\"extra\":1,\"city\""));
    assertEquals("Paris", weather.city);
  }

  @Test
  void aValueJacksonCannotReadIsNamedWithJacksonsReasonButNoStackTrace() {
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> StrictSchema.of(Weather.class).parse(WEATHER_JSON.replace("2026-12-02\"", "2026-13-45\"")));
    assertEquals("date", e.propertyPath());
    assertTrue(e.getMessage().contains("2026-13-45"), e.getMessage());
    assertFalse(e.getMessage().contains("\tat "), e.getMessage());
    assertFalse(e.getMessage().contains("[Source:"), e.getMessage());
    assertInstanceOf(JsonMappingException.class, e.getCause());
  }

  @Test
  void textThatIsNotJsonOrEmptySaysSo() {
    StrictSchema<Weather> schema = StrictSchema.of(Weather.class);
    StructuredOutputException prose = assertThrows(StructuredOutputException.class,
        () -> schema.parse("Sorry, I cannot help with that."));
    assertTrue(prose.getMessage().startsWith("The model's output does not match Weather: it is not JSON ("), prose.getMessage());
    assertTrue(prose.getMessage().endsWith("Text received (31 characters): Sorry, I cannot help with that."));
    assertEquals("", prose.propertyPath());
    StructuredOutputException trailing = assertThrows(StructuredOutputException.class,
        () -> schema.parse(WEATHER_JSON + " {}"));
    assertTrue(trailing.getMessage().contains("it is not JSON"), trailing.getMessage());
    assertTrue(assertThrows(StructuredOutputException.class, () -> schema.parse("  ")).getMessage()
        .startsWith("The model's output does not match Weather: the text is empty. Text received (2 characters)"));
    assertTrue(assertThrows(StructuredOutputException.class, () -> schema.parse("[1, 2]")).getMessage()
        .startsWith("The model's output does not match Weather: expected an object, got an array [1,2]."));
  }

  @Test
  void aLongTextIsCutInTheMiddleSayingHowMuchAndTextKeepsAllOfIt() {
    StringBuilder text = new StringBuilder("{\"city\":\"Paris\",\"padding\":\"");
    for (int i = 0; i < 5000; i++) {
      text.append('x');
    }
    text.append("\",\"temperature_c\":true}");
    StructuredOutputException e = assertThrows(StructuredOutputException.class,
        () -> StrictSchema.of(Weather.class).parse(text.toString()));
    assertTrue(e.getMessage().contains("Text received (" + text.length() + " characters, " + (text.length() - 600)
        + " left out in the middle; text() has all): {\"city\":\"Paris\""), e.getMessage());
    assertTrue(e.getMessage().endsWith("xxx\",\"temperature_c\":true}"), e.getMessage());
    assertTrue(e.getMessage().length() < 900, "message length " + e.getMessage().length());
    assertEquals(text.toString(), e.text());
  }

  @Test
  void polymorphicValuesAreReadIntoTheirSubtypesAndAMismatchIsReportedForTheSubtypeItsIdNames() {
    StrictSchema<Drawing> schema = StrictSchema.of(Drawing.class);
    Drawing drawing = schema.parse("{\"title\":\"t\",\"shapes\":[{\"kind\":\"circle\",\"radius\":1.5},"
        + "{\"kind\":\"square\",\"side\":2,\"label\":null}],\"highlight\":null}");
    assertEquals(1.5, ((Shape.Circle) drawing.shapes.get(0)).radius);
    assertEquals(2, ((Shape.Square) drawing.shapes.get(1)).side);
    assertEquals(Optional.empty(), drawing.highlight);
    StructuredOutputException e = assertThrows(StructuredOutputException.class, () -> schema.parse(
        "{\"title\":\"t\",\"shapes\":[{\"kind\":\"square\",\"side\":\"wide\",\"label\":null}],\"highlight\":null}"));
    assertEquals("shapes[0].side", e.propertyPath(), e.getMessage());
    assertTrue(e.getMessage().contains("expected a number, got \"wide\""), e.getMessage());
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
  @JsonSubTypes({@JsonSubTypes.Type(ByEmail.class), @JsonSubTypes.Type(ByPhone.class)})
  interface Contact {}

  static final class ByEmail implements Contact {
    public String email;
  }

  static final class ByPhone implements Contact {
    public String phone;
    public int[] hours;
  }

  static final class Person {
    public Contact contact;
  }

  @Test
  void aDeducedPolymorphicTypeIsAnAnyOfWithoutATypeIdAndArraysAreArrays() {
    StrictSchema<Person> schema = StrictSchema.of(Person.class);
    JsonNode json = schema.schema();
    assertEquals("[{\"$ref\":\"#/$defs/ByEmail\"},{\"$ref\":\"#/$defs/ByPhone\"}]",
        json.get("properties").get("contact").get("anyOf").toString());
    assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}",
        json.get("$defs").get("ByPhone").get("properties").get("hours").toString());
    assertEquals(List.of(), StrictModeRules.violations(json));
    Person person = schema.parse("{\"contact\":{\"phone\":\"+47 1234\",\"hours\":[9,17]}}");
    assertEquals(17, ((ByPhone) person.contact).hours[1]);
  }

  static class WithUnwrapped {
    public String name;
    @com.fasterxml.jackson.annotation.JsonUnwrapped
    public Weather.DayForecast day;
  }

  @Test
  void anUnwrappedPropertyIsRejected() {
    UnsupportedSchemaTypeException e = rejected(WithUnwrapped.class);
    assertEquals("WithUnwrapped.day", e.propertyPath());
    assertTrue(e.getMessage().contains("@JsonUnwrapped properties are not expressed"), e.getMessage());
  }

  @Test
  void aLongTextIsNeverCutInsideACharacter() {
    StringBuilder text = new StringBuilder("{\"city\":\"");
    while (text.length() < 3000) {
      text.append("\uD83C\uDF27"); // a cloud with rain, two chars each
    }
    text.append("\"}");
    for (int shift = 0; shift < 2; shift++) {
      String shifted = shift == 0 ? text.toString() : "x" + text;
      StructuredOutputException e = assertThrows(StructuredOutputException.class,
          () -> StrictSchema.of(Weather.class).parse(shifted));
      String message = e.getMessage();
      for (int i = 0; i < message.length(); i++) {
        char c = message.charAt(i);
        assertFalse(Character.isHighSurrogate(c) && (i + 1 == message.length()
            || !Character.isLowSurrogate(message.charAt(i + 1))), "half a character at " + i);
        assertFalse(Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(message.charAt(i - 1))),
            "half a character at " + i);
      }
    }
  }

  @Test
  void aMarkdownCodeFenceAroundTheJsonIsRemoved() {
    Weather weather = StrictSchema.of(Weather.class).parse("```json\n" + WEATHER_JSON + "\n```\n");
    assertEquals("Paris", weather.city);
  }
}
