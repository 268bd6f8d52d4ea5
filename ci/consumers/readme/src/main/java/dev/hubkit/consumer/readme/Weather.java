package dev.hubkit.consumer.readme;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;

/** The README's structured-output class (its chat section declares it), for the sections that read into it. */
@JsonClassDescription("Today's weather in one city")
public class Weather {
  @JsonPropertyDescription("City name, e.g. Paris")
  public String city;
  @JsonProperty("temperature_c")
  public double temperatureC;
  public Sky sky;
  public Optional<String> advice;
  public List<String> warnings;
}
