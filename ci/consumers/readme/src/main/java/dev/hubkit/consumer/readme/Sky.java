package dev.hubkit.consumer.readme;

/** The README's {@code enum Sky { CLEAR, CLOUDY, RAIN }}. */
public enum Sky {
  CLEAR, CLOUDY, RAIN
}
