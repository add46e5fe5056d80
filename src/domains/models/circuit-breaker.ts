export type CircuitBreakerOptions = {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial request is let through (half-open). */
  coolDownMs: number;
  /** Injectable clock (ms), for tests. */
  now?: () => number;
};

export type CircuitState = "closed" | "open" | "half-open";

/**
 * Stops calling a provider that keeps failing, so cases go to people at once instead of each waiting through
 * timeouts and retries. Closed: calls pass, failures are counted. Open: calls are refused until the cool-down
 * ends. Half-open: one trial call; success closes the circuit, failure opens it again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.openedAt === null) return "closed";
    return this.now() - this.openedAt >= this.options.coolDownMs ? "half-open" : "open";
  }

  /** Asks to make a call; in half-open state only the first asker gets through. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === "closed") return true;
    if (state === "open" || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  recordFailure(): void {
    this.failures++;
    if (this.trialInFlight || this.failures >= this.options.failureThreshold) this.openedAt = this.now();
    this.trialInFlight = false;
  }

  /** A call that ended without saying anything about the provider's health (e.g. cancelled by the caller). */
  release(): void {
    this.trialInFlight = false;
  }
}
