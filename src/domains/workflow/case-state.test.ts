import assert from "node:assert/strict";
import { test } from "node:test";
import { CASE_STATES, type CaseEvent, nextState } from "./case-state.ts";

test("the happy path from question to delivered answer", () => {
  const path: [CaseEvent, string][] = [
    ["screen-passed", "screened"],
    ["retrieve-done", "retrieved"],
    ["draft-done", "drafted"],
    ["review-required", "awaiting_review"],
    ["approve", "approved"],
    ["deliver", "delivered"],
    ["appeal", "appealed"],
    ["write-answer", "approved"],
  ];
  let state: (typeof CASE_STATES)[number] = "received";
  for (const [event, expected] of path) {
    const step = nextState(state, event);
    assert.ok(step.ok, `${state} --${event}-->`);
    if (step.ok) state = step.to;
    assert.equal(state, expected);
  }
});

test("four-eyes goes through a second review", () => {
  const first = nextState("awaiting_review", "approve-first");
  assert.deepEqual(first, { ok: true, to: "awaiting_second_review" });
  assert.deepEqual(nextState("awaiting_second_review", "approve"), { ok: true, to: "approved" });
  assert.equal(nextState("awaiting_second_review", "approve-first").ok, false);
});

test("no state can skip review or deliver twice", () => {
  assert.equal(nextState("drafted", "deliver").ok, false);
  assert.equal(nextState("received", "approve").ok, false);
  assert.equal(nextState("delivered", "deliver").ok, false);
  assert.equal(nextState("handed_off", "approve").ok, false, "a handed-off case has no draft to approve");
  const refused = nextState("delivered", "approve");
  assert.equal(refused.ok, false);
  if (!refused.ok) assert.match(refused.reason, /delivered cannot take "approve"/);
});

test("every automatic step can hand the case to a person", () => {
  for (const state of ["received", "screened", "retrieved", "drafted"] as const) {
    assert.deepEqual(nextState(state, "hand-off"), { ok: true, to: "handed_off" });
  }
});

test("every state is reachable from received", () => {
  const events: CaseEvent[] = [
    "screen-passed",
    "retrieve-done",
    "draft-done",
    "review-required",
    "review-skipped",
    "hand-off",
    "approve",
    "approve-first",
    "write-answer",
    "reject",
    "escalate",
    "deliver",
    "appeal",
    "request-person",
  ];
  const seen = new Set<string>(["received"]);
  const frontier = ["received"];
  while (frontier.length > 0) {
    const state = frontier.pop() as (typeof CASE_STATES)[number];
    for (const event of events) {
      const step = nextState(state, event);
      if (step.ok && !seen.has(step.to)) {
        seen.add(step.to);
        frontier.push(step.to);
      }
    }
  }
  assert.deepEqual([...seen].sort(), [...CASE_STATES].sort());
});
