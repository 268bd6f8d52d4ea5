package dev.hubkit.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** The reply of {@code GET /models}: the models in {@link #data()}, plus anything else the hub sent. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableModelList.class)
@JsonDeserialize(as = ImmutableModelList.class)
public interface ModelList {
  /**
   * {@code "list"}.
   *
   * @return the object type; empty when the hub leaves it out
   */
  Optional<String> object();

  /**
   * The models, in the hub's order.
   *
   * @return the models; empty when the hub lists none
   */
  List<HubModel> data();

  /**
   * Every other field the hub sent.
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The models whose {@code type} is {@code type}; models without a type are left out.
   *
   * @param type the type to keep, e.g. {@link ModelType#IMAGE}
   * @return the matching models in the hub's order; empty when none matches or the hub gives no types
   */
  default List<HubModel> ofType(ModelType type) {
    return data().stream().filter(m -> m.type().filter(type::equals).isPresent()).collect(Collectors.toList());
  }

  /**
   * The model with this id, if the hub listed it.
   *
   * @param id the model id, compared exactly
   * @return the first model with that id; empty when the hub did not list it
   */
  default Optional<HubModel> find(String id) {
    return data().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ModelList} values. */
  final class Builder extends ImmutableModelList.Builder {}
}
