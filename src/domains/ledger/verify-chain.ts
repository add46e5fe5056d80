import { sha256Hex } from "./event-body.ts";

export interface ChainEvent {
  body: string;
  hash: string;
}

export interface Checkpoint {
  agency: string;
  seq: number;
  hash: string;
  signedAt: string;
  keyId: string;
  signature: string;
}

export type ChainProblem =
  | { kind: "hash-mismatch"; seq: number | undefined; position: number }
  | { kind: "broken-link"; seq: number | undefined; position: number }
  | { kind: "sequence-gap"; seq: number | undefined; expected: number; position: number }
  | { kind: "malformed"; seq: number | undefined; position: number; detail: string }
  | { kind: "checkpoint-mismatch"; seq: number; position: number }
  | { kind: "checkpoint-bad-signature"; seq: number }
  | { kind: "truncated"; lastSeq: number; checkpointSeq: number };

export type ChainVerdict =
  | { ok: true; eventsChecked: number; agencies: number; checkpointsChecked: number }
  | { ok: false; eventsChecked: number; problem: ChainProblem };

interface AgencyHead {
  seq: number;
  hash: string;
}

const PREV_MARKER = ',"prevHash":"';
const SEQ_MARKER = ',"seq":';
const AGENCY_MARKER = '"agency":"';

/**
 * Verifies hash chains incrementally. It reads only what integrity needs from each canonical body:
 * the top-level `agency`, `prevHash` and `seq`. In canonical JSON every quote inside a string value is
 * escaped, and the fields after `payload` are scalars, so the last `,"prevHash":"` and `,"seq":` in a
 * body are the top-level ones — no full JSON parse is needed on the hot path.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, AgencyHead>();
  /** Signed checkpoints by "agency:seq": each must match the event at its position. */
  private readonly checkpoints = new Map<string, Checkpoint>();
  private checked = 0;
  private problem: ChainProblem | undefined;

  /** `checkpoints` must already have had their signatures verified (see verifyCheckpointSignature). */
  constructor(checkpoints: readonly Checkpoint[] = []) {
    for (const checkpoint of checkpoints)
      this.checkpoints.set(`${checkpoint.agency}:${checkpoint.seq}`, checkpoint);
  }

  /** Returns false as soon as the chain is broken; the first problem is kept. */
  add(event: ChainEvent): boolean {
    if (this.problem) return false;
    const position = this.checked + 1;
    const { body, hash } = event;
    const seq = readSeq(body);
    const agency = readAgency(body);
    if (seq === undefined || agency === undefined || body.charCodeAt(0) !== 123) {
      this.problem = { kind: "malformed", seq, position, detail: "the event body is not a ledger event" };
      return false;
    }
    if (sha256Hex(body) !== hash) {
      this.problem = { kind: "hash-mismatch", seq, position };
      return false;
    }
    const head = this.heads.get(agency) ?? { seq: 0, hash: "0".repeat(64) };
    if (seq !== head.seq + 1) {
      this.problem = { kind: "sequence-gap", seq, expected: head.seq + 1, position };
      return false;
    }
    const prevAt = body.lastIndexOf(PREV_MARKER);
    if (prevAt < 0 || body.substr(prevAt + PREV_MARKER.length, 64) !== head.hash) {
      this.problem = { kind: "broken-link", seq, position };
      return false;
    }
    if (this.checkpoints.size > 0) {
      const checkpoint = this.checkpoints.get(`${agency}:${seq}`);
      if (checkpoint && checkpoint.hash !== hash) {
        this.problem = { kind: "checkpoint-mismatch", seq, position };
        return false;
      }
    }
    this.heads.set(agency, { seq, hash });
    this.checked++;
    return true;
  }

  fail(problem: ChainProblem): void {
    this.problem ??= problem;
  }

  headOf(agency: string): AgencyHead | undefined {
    return this.heads.get(agency);
  }

  /** Ends verification: a signed checkpoint beyond the last event means the tail was cut off. */
  verdict(): ChainVerdict {
    if (!this.problem) {
      for (const checkpoint of this.checkpoints.values()) {
        const lastSeq = this.heads.get(checkpoint.agency)?.seq ?? 0;
        const reported = this.problem?.kind === "truncated" ? this.problem.checkpointSeq : 0;
        if (checkpoint.seq > lastSeq && checkpoint.seq > reported) {
          this.problem = { kind: "truncated", lastSeq, checkpointSeq: checkpoint.seq };
        }
      }
    }
    if (this.problem) return { ok: false, eventsChecked: this.checked, problem: this.problem };
    return {
      ok: true,
      eventsChecked: this.checked,
      agencies: this.heads.size,
      checkpointsChecked: this.checkpoints.size,
    };
  }
}

function readSeq(body: string): number | undefined {
  const at = body.lastIndexOf(SEQ_MARKER);
  if (at < 0) return undefined;
  let value = 0;
  let index = at + SEQ_MARKER.length;
  const start = index;
  for (; index < body.length; index++) {
    const code = body.charCodeAt(index);
    if (code < 48 || code > 57) break;
    value = value * 10 + (code - 48);
  }
  return index === start ? undefined : value;
}

function readAgency(body: string): string | undefined {
  // `actor` precedes `agency` canonically and is a string, so the first unescaped marker is top-level.
  const at = body.indexOf(AGENCY_MARKER);
  if (at < 0) return undefined;
  const start = at + AGENCY_MARKER.length;
  const end = body.indexOf('"', start);
  return end < 0 ? undefined : body.slice(start, end);
}

export function describeProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case "hash-mismatch":
      return `event ${label(problem)} was altered: its content does not match its hash`;
    case "broken-link":
      return `event ${label(problem)} does not link to the event before it (an event was removed, inserted or reordered)`;
    case "sequence-gap":
      return `event ${label(problem)} is out of sequence: expected event ${problem.expected} (an event was removed or reordered)`;
    case "malformed":
      return `event ${label(problem)} is malformed: ${problem.detail}`;
    case "checkpoint-mismatch":
      return `event ${problem.seq} differs from the signed checkpoint at that position`;
    case "checkpoint-bad-signature":
      return `the signed checkpoint at event ${problem.seq} has an invalid signature`;
    case "truncated":
      return `the ledger ends at event ${problem.lastSeq} but a signed checkpoint covers event ${problem.checkpointSeq}: events ${problem.lastSeq + 1}–${problem.checkpointSeq} were removed`;
  }
}

function label(problem: { seq: number | undefined; position: number }): string {
  return problem.seq === undefined
    ? `at position ${problem.position}`
    : `#${problem.seq} (position ${problem.position})`;
}
