package dev.hubkit.core.structured;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An Immutables value in HubKit's house style, read through its generated class. */
@Value.Immutable
@JsonSerialize(as = ImmutableWeatherQuery.class)
@JsonDeserialize(as = ImmutableWeatherQuery.class)
public interface WeatherQuery {
  @JsonPropertyDescription("City name, e.g. Paris")
  String city();

  Optional<Unit> unit();

  @Nullable
  String country();

  Integer days();

  List<String> fields();

  /** An enum whose JSON names come from @JsonValue. */
  enum Unit {
    CELSIUS("c"), FAHRENHEIT("f");

    private final String symbol;

    Unit(String symbol) {
      this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
      return symbol;
    }
  }
}
