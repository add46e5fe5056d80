/**
 * The case state machine. Every change of state goes through `nextState`, so the allowed transitions
 * are written down once and tested; the runner and the review desk only ever ask it.
 */
export const CASE_STATES = [
  "received",
  "screened",
  "retrieved",
  "drafted",
  "awaiting_review",
  "awaiting_second_review",
  "escalated",
  "handed_off",
  "approved",
  "delivered",
  "appealed",
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export type CaseEvent =
  | "screen-passed"
  | "retrieve-done"
  | "draft-done"
  | "review-required"
  | "review-skipped"
  | "hand-off"
  | "approve"
  | "approve-first"
  | "write-answer"
  | "reject"
  | "escalate"
  | "deliver"
  | "appeal"
  | "request-person";

const TRANSITIONS: Record<CaseState, Partial<Record<CaseEvent, CaseState>>> = {
  received: { "screen-passed": "screened", "hand-off": "handed_off" },
  screened: { "retrieve-done": "retrieved", "hand-off": "handed_off" },
  retrieved: { "draft-done": "drafted", "hand-off": "handed_off" },
  drafted: { "review-required": "awaiting_review", "review-skipped": "approved", "hand-off": "handed_off" },
  awaiting_review: {
    approve: "approved",
    "approve-first": "awaiting_second_review",
    reject: "handed_off",
    escalate: "escalated",
    "request-person": "handed_off",
  },
  awaiting_second_review: {
    approve: "approved",
    reject: "handed_off",
    escalate: "escalated",
    "request-person": "handed_off",
  },
  escalated: {
    approve: "approved",
    "approve-first": "awaiting_second_review",
    "write-answer": "approved",
    reject: "handed_off",
  },
  handed_off: { "write-answer": "approved", escalate: "escalated" },
  approved: { deliver: "delivered" },
  delivered: { appeal: "appealed", "request-person": "handed_off" },
  appealed: { "write-answer": "approved", escalate: "escalated" },
};

export type Transition = { ok: true; to: CaseState } | { ok: false; reason: string };

export function nextState(from: CaseState, event: CaseEvent): Transition {
  const to = TRANSITIONS[from][event];
  return to ? { ok: true, to } : { ok: false, reason: `a case that is ${from} cannot take "${event}"` };
}

/** States the automatic runner advances (the rest wait for a person or are final). */
export const RUNNABLE_STATES: readonly CaseState[] = [
  "received",
  "screened",
  "retrieved",
  "drafted",
  "approved",
];

/** States that wait for staff. */
export const HUMAN_QUEUE_STATES: readonly CaseState[] = [
  "awaiting_review",
  "awaiting_second_review",
  "escalated",
  "handed_off",
  "appealed",
];

export function isCaseState(value: unknown): value is CaseState {
  return typeof value === "string" && (CASE_STATES as readonly string[]).includes(value);
}
