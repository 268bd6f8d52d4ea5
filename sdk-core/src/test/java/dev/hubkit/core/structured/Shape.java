package dev.hubkit.core.structured;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A polymorphic type: its type id in the property {@code kind}, named by @JsonSubTypes and @JsonTypeName. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = Shape.Circle.class, name = "circle"), @JsonSubTypes.Type(Shape.Square.class)})
public interface Shape {
  /** A circle. */
  final class Circle implements Shape {
    public double radius;
  }

  /** A square, named by @JsonTypeName. */
  @JsonTypeName("square")
  final class Square implements Shape {
    public double side;
    @Nullable
    public String label;
  }
}
