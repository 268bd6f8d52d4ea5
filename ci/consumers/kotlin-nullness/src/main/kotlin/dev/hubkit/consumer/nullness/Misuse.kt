package dev.hubkit.consumer.nullness

import dev.hubkit.chat.ChatRequest
import dev.hubkit.core.HubException

/**
 * Must not compile: Kotlin sees HubKit's parameters as non-null String, not as the platform type String!, so
 * null is refused at compile time. The constructor's @Nullable cause takes null, as it should.
 */
fun misuse(): ChatRequest.Builder {
    HubException("a message", null)
    return ChatRequest.builder().model(null)
}
