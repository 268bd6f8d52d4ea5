package dev.hubkit.core.structured;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A Java 8 POJO with Jackson annotations: fields, getters, an enum, a nested list, optional values. */
@JsonClassDescription("The weather in one city")
public class Weather {
  @JsonPropertyDescription("City name, e.g. Paris")
  public String city;

  @JsonProperty("temperature_c")
  public double temperatureC;

  @JsonProperty("feels_like_c")
  public Double feelsLikeC;

  public Sky sky;

  public LocalDate date;

  @JsonProperty("observed_at")
  public Instant observedAt;

  @JsonPropertyDescription("The next days, soonest first")
  public List<DayForecast> forecast;

  public Set<String> warnings;

  private String note;

  @JsonIgnore
  public String internalId;

  /** An optional value through a getter. */
  public Optional<String> getNote() {
    return Optional.ofNullable(note);
  }

  public void setNote(String note) {
    this.note = note;
  }

  /** The sky, with wire names that differ from the constants. */
  public enum Sky {
    @JsonProperty("clear") CLEAR,
    @JsonProperty("cloudy") CLOUDY,
    @JsonProperty("rain") RAIN
  }

  /** A nested object, used twice (so it is a $defs entry). */
  public static class DayForecast {
    public LocalDate date;
    public Sky sky;
    @JsonProperty("high_c")
    public int highC;
    @Nullable
    public String summary;
  }
}
