import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { backoffDelay } from "./backoff-delay.ts";
import { CircuitBreaker } from "./circuit-breaker.ts";

describe("CircuitBreaker", () => {
  it("opens after N consecutive failures, lets one trial through after the cool-down", () => {
    let clock = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 100, now: () => clock });
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    assert.equal(breaker.state, "closed", "a success resets the count");
    breaker.recordFailure();
    assert.equal(breaker.state, "open");
    assert.equal(breaker.tryAcquire(), false);
    clock = 100;
    assert.equal(breaker.state, "half-open");
    assert.equal(breaker.tryAcquire(), true);
    assert.equal(breaker.tryAcquire(), false, "only one trial at a time");
    breaker.recordFailure();
    assert.equal(breaker.state, "open", "a failed trial re-opens");
    clock = 250;
    assert.equal(breaker.tryAcquire(), true);
    breaker.recordSuccess();
    assert.equal(breaker.state, "closed");
  });
});

describe("backoffDelay", () => {
  it("grows exponentially, is capped, and jitters within [half, full]", () => {
    const options = { initialDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(
      backoffDelay(1, options, () => 1),
      100,
    );
    assert.equal(
      backoffDelay(3, options, () => 1),
      400,
    );
    assert.equal(
      backoffDelay(10, options, () => 1),
      1000,
    );
    assert.equal(
      backoffDelay(3, options, () => 0),
      200,
    );
  });
});
