package dev.hubkit.testing.internal;

/**
 * How a task or video job advances: each status poll counts once; poll {@code n} of {@code pollsUntilComplete}
 * reports it finished, earlier polls report it pending with rising progress (0 first, e.g. 0 then 45 or 50).
 */
final class PollSchedule {
  private PollSchedule() {}

  /** Whether the {@code poll}-th poll (1-based) reports the job finished. */
  static boolean finished(int poll, int pollsUntilComplete) {
    return poll >= pollsUntilComplete;
  }

  /** Progress of a pending job at its {@code poll}-th poll: 0 at the first, rising linearly toward {@code top}. */
  static int progress(int poll, int pollsUntilComplete, int top) {
    if (poll <= 1 || pollsUntilComplete <= 1) {
      return 0;
    }
    return (poll - 1) * top / (pollsUntilComplete - 1);
  }
}
