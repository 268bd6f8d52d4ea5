package dev.hubkit.testing;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving each test a fresh {@link FakeHub}, started before the test and closed after it. Either
 * {@code @RegisterExtension static FakeHubExtension hub = new FakeHubExtension();} and {@link #hub()}, or
 * {@code @ExtendWith(FakeHubExtension.class)} and a {@code FakeHub} parameter on the test or {@code @BeforeEach}
 * method.
 */
public final class FakeHubExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeHubExtension.class);

  private final Consumer<FakeHub.Builder> configuration;
  private volatile FakeHub current;

  /** An extension starting hubs with the defaults. */
  public FakeHubExtension() {
    this(builder -> { });
  }

  /**
   * An extension starting hubs configured by {@code configuration}, e.g. {@code b -> b.pathPrefix("/v1/public")}.
   *
   * @param configuration applied to a fresh {@link FakeHub.Builder} before each test's hub starts
   */
  public FakeHubExtension(Consumer<FakeHub.Builder> configuration) {
    this.configuration = configuration;
  }

  /**
   * The hub of the running test; throws {@link IllegalStateException} outside a test.
   *
   * @return the hub started for the running test
   * @throws IllegalStateException outside a test, or when the extension is not registered
   */
  public FakeHub hub() {
    FakeHub hub = current;
    if (hub == null) {
      throw new IllegalStateException("FakeHubExtension has no hub outside a test; is it registered with "
          + "@RegisterExtension or @ExtendWith?");
    }
    return hub;
  }

  /**
   * Shorthand for {@code hub().baseUrl()}.
   *
   * @return the running test's hub's base URL, API prefix included
   * @throws IllegalStateException outside a test
   */
  public String baseUrl() {
    return hub().baseUrl();
  }

  /**
   * Shorthand for {@code hub().apiKey()}.
   *
   * @return the API key the running test's hub accepts
   * @throws IllegalStateException outside a test
   */
  public String apiKey() {
    return hub().apiKey();
  }

  /** Starts the test's hub. */
  @Override
  public void beforeEach(ExtensionContext context) {
    FakeHub.Builder builder = FakeHub.builder();
    configuration.accept(builder);
    FakeHub hub = builder.start();
    context.getStore(NAMESPACE).put(FakeHub.class, hub);
    current = hub;
  }

  /** Closes the test's hub. */
  @Override
  public void afterEach(ExtensionContext context) {
    FakeHub hub = context.getStore(NAMESPACE).remove(FakeHub.class, FakeHub.class);
    if (hub != null) {
      hub.close();
    }
    current = null;
  }

  /** Resolves parameters of type {@link FakeHub}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeHub.class;
  }

  /** The running test's hub; throws {@link IllegalStateException} where no test is running (e.g. a constructor). */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    FakeHub hub = context.getStore(NAMESPACE).get(FakeHub.class, FakeHub.class);
    if (hub == null) {
      throw new IllegalStateException("a FakeHub parameter is only available to test and @BeforeEach methods");
    }
    return hub;
  }
}
