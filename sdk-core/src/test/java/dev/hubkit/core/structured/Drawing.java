package dev.hubkit.core.structured;

import java.util.List;
import java.util.Optional;

/** Holds polymorphic values: in a list and as a nullable property. */
public class Drawing {
  public String title;
  public List<Shape> shapes;
  public Optional<Shape> highlight;
}
