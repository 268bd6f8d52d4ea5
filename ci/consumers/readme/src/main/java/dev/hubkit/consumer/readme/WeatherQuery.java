package dev.hubkit.consumer.readme;

/** The README's tool parameters: the arguments of {@code get_weather}. */
public class WeatherQuery {
  public String city;
}
