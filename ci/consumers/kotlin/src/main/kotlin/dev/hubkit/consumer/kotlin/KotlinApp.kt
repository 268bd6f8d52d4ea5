package dev.hubkit.consumer.kotlin

import dev.hubkit.chat.ChatApi
import dev.hubkit.chat.ChatMessage
import dev.hubkit.chat.ChatRequest
import dev.hubkit.chat.EmbeddingRequest
import dev.hubkit.chat.EmbeddingsApi
import dev.hubkit.core.HubClient
import dev.hubkit.testing.FakeHub
import kotlin.system.exitProcess

/** Chat, a stream and an embedding from Kotlin, against FakeHub. */
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

            check(reply.isNotEmpty() && reply == streamed) { "chat and stream differ: '$reply' vs '$streamed'" }
            check(vector.isNotEmpty()) { "an empty embedding" }
            println("Kotlin app: \"$reply\" (${usage ?: "no"} tokens), streamed the same, ${vector.size}-dimension embedding")
        }
    }
    exitProcess(0)
}
