package dev.hubkit.core.structured;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A record (tests compile with release 17): components, a boxed optional number, nested records. */
public record Place(
    @JsonPropertyDescription("Latitude in degrees") double lat,
    double lon,
    Integer altitude,
    List<Place> nearby) {}
