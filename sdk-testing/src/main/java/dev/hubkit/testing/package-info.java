/**
 * FakeHub: an in-process fake AI hub for tests, so code using HubKit (or any OpenAI-compatible client) can be
 * tested without a network or a real key.
 *
 * <pre>{@code
 * class MyTest {
 *   @RegisterExtension static FakeHubExtension hub = new FakeHubExtension();
 *
 *   @Test void answers() {
 *     hub.hub().enqueueReply(ChatReply.text("Paris"));
 *     // point the client at hub.baseUrl() with hub.apiKey(), call it, then:
 *     RecordedHubRequest sent = hub.hub().lastRequest("/chat/completions");
 *     assertEquals("gpt-5", sent.json().path("model").asText());
 *   }
 * }
 * }</pre>
 *
 * <p>{@link dev.hubkit.testing.FakeHub} lists the endpoints and defaults, {@link dev.hubkit.testing.Fault} the
 * failures it can play. Nothing here returns or accepts {@code null} unless marked {@code @Nullable} (JSpecify's
 * {@code @NullMarked}). Everything under {@code dev.hubkit.testing.internal} may change without notice.
 */
@NullMarked
package dev.hubkit.testing;

import org.jspecify.annotations.NullMarked;
