package dev.hubkit.anthropic;

/**
 * One event of a streamed reply: {@link MessageStartEvent}, then per block {@link ContentBlockStartEvent},
 * {@link ContentBlockDeltaEvent}s and {@link ContentBlockStopEvent}, then {@link MessageDeltaEvent} and
 * {@link MessageStopEvent}; {@link PingEvent}s may come at any time, and an event of a kind HubKit does not know is
 * an {@link UnknownEvent}. An {@code error} event is thrown as the {@code ApiException} a failed call gets.
 */
public interface MessageStreamEvent {
  /**
   * The event's kind.
   *
   * @return such as {@code content_block_delta}
   */
  String type();
}
