export type BackoffOptions = { initialDelayMs: number; maxDelayMs: number };

/**
 * Delay before retry number `attempt` (1 = first retry): exponential, capped, with "equal jitter" (half fixed,
 * half random) so many workers retrying after the same outage do not hit the provider in lockstep.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
