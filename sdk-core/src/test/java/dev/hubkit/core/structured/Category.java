package dev.hubkit.core.structured;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;

/** Recursion through a nested type: a tree of categories with a described parent link to another class. */
public class Category {
  public String name;
  public List<Category> children;
  public Optional<Owner> owner;
  @JsonPropertyDescription("Who approved it")
  public Owner approver;
  @JsonPropertyDescription("The first sub-category, if any")
  public Optional<Category> first;

  /** Used three times: once plain (nullable), once described. */
  public static class Owner {
    public String name;
    @JsonPropertyDescription("The owner's own manager")
    public Optional<Owner> manager;
  }
}
