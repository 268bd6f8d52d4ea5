package dev.hubkit.consumer.kotlin

import dev.hubkit.chat.ChatApi
import dev.hubkit.chat.ChatMessage
import dev.hubkit.chat.ChatRequest
import dev.hubkit.chat.EmbeddingRequest
import dev.hubkit.chat.EmbeddingsApi
import dev.hubkit.core.HubClient
import dev.hubkit.core.StreamListener
import dev.hubkit.testing.FakeHub
import java.util.concurrent.TimeUnit
import kotlin.system.exitProcess

/**
 * Chat, a stream (blocking, and through StreamListener.of with three lambdas) and an embedding from Kotlin,
 * against FakeHub. HubKit's packages are @NullMarked (JSpecify), so the types below are Kotlin types, not
 * platform types: null for a HubKit String parameter does not compile (ci/consumers/kotlin-nullness proves it).
 */
fun main() {
    FakeHub.start().use { fake ->
        HubClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build().use { hub ->
            val chat = ChatApi.of(hub)
            val request = ChatRequest.builder()
                .model("gpt-5")
                .addMessage(ChatMessage.user("Hello from Kotlin"))
                .build()

            val reply: String = chat.create(request).text()
            val streamed = chat.stream(request).use { stream -> stream.textDeltas().joinToString("") }
            val usage: Int? = chat.create(request).usage().map { it.totalTokens() }.orElse(null)
            val vector: FloatArray = EmbeddingsApi.of(hub)
                .create(EmbeddingRequest.builder().model("text-embedding-3-small").input("Hello").build())
                .data()[0].embedding()

            val listened = StringBuilder()
            var failure: Exception? = null
            chat.streamAsync(request, StreamListener.of(
                { chunk -> listened.append(chunk.textDelta()) },
                { listened.append("") },
                { error -> failure = error },
            )).get(10, TimeUnit.SECONDS)

            check(failure == null && listened.toString() == reply) { "streamAsync gave '$listened', $failure" }
            check(reply.isNotEmpty() && reply == streamed) { "chat and stream differ: '$reply' vs '$streamed'" }
            check(vector.isNotEmpty()) { "an empty embedding" }
            println("Kotlin app: \"$reply\" (${usage ?: "no"} tokens), streamed the same (also through lambdas)," +
                " ${vector.size}-dimension embedding")
        }
    }
    exitProcess(0)
}
