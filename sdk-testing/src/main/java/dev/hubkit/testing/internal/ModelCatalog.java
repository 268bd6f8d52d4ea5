package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.FakeModel;
import mockwebserver3.MockResponse;

/** The fake hub's models: answers {@code GET /models} and checks the model a request names. */
final class ModelCatalog {
  private final HubSettings settings;

  ModelCatalog(HubSettings settings) {
    this.settings = settings;
  }

  /** {@code {"object":"list","data":[{id, object, type, name, owned_by, created}]}}. */
  MockResponse list() {
    ObjectNode body = Wire.object();
    body.put("object", "list");
    ArrayNode data = body.putArray("data");
    for (FakeModel model : settings.models().values()) {
      data.addObject()
          .put("id", model.id())
          .put("object", "model")
          .put("type", model.type().wireName())
          .put("name", model.id())
          .put("owned_by", model.ownedBy())
          .put("created", model.created());
    }
    return Wire.json(200, body);
  }

  /**
   * Null when {@code model} may be used for {@code expected}; else the hub's error: 400 when it is missing, 404
   * {@code model_not_found} when unknown (unless unknown models are accepted), 400 {@code invalid_model_type} when
   * it produces something else.
   */
  MockResponse check(String model, FakeModel.Type expected) {
    if (model == null || model.isEmpty()) {
      return Wire.missingParameter("model");
    }
    FakeModel known = settings.models().get(model);
    if (known == null) {
      return settings.acceptUnknownModels() ? null
          : Wire.notFound("model_not_found", "Model '" + model + "' not found or not active");
    }
    if (known.type() != expected) {
      return Wire.badRequest("invalid_model_type", "Model '" + model + "' is a " + known.type().wireName()
          + " model, not a " + expected.wireName() + " model");
    }
    return null;
  }
}
