import { randomUUID } from "node:crypto";
import type { NewLedgerEvent } from "../ledger/index.ts";
import { createProvider, type DraftProvider } from "../models/index.ts";
import type { CaseContext } from "./case-context.ts";
import { caseHandedOff } from "./case-events.ts";
import { CASE_COLUMNS, type CaseRecord, toCaseRecord } from "./case-row.ts";
import { nextState, RUNNABLE_STATES } from "./case-state.ts";
import { runStep } from "./case-steps.ts";
import { type LiveWorkflow, workflowVersionById } from "./services.ts";

type RunOutcome = "idle" | "last" | "more";

export interface CaseRunnerOptions {
  /** How long a worker may hold a case before another may take it over (a dead worker's cases resume). */
  leaseSeconds: number;
  workers: number;
  /** After this many attempts a case goes to a person instead of being retried forever. */
  maxAttempts: number;
  /** Replaces the workflow's provider (benchmarks use a zero-latency one). */
  providerOverride?: DraftProvider;
}

/**
 * Advances cases through their automatic steps as durable jobs on the database. A worker leases one
 * runnable case (FOR UPDATE SKIP LOCKED, so many processes can share PostgreSQL), runs its step outside
 * any transaction (model calls can be slow), then commits the new state and the step's evidence together,
 * only if the case is still in the state it read. A crash between the two loses nothing: the lease
 * expires and the step runs again; the guarded update means no step is recorded or delivered twice.
 */
export class CaseRunner {
  private readonly owner = `worker:${randomUUID()}`;
  private readonly providers = new Map<string, DraftProvider>();
  private running = false;
  private readonly loops: Promise<void>[] = [];
  private wakeUp: (() => void) | undefined;
  /** Work arrived while no worker was waiting: the next worker to finish looks again before it sleeps. */
  private wokenWhileBusy = false;

  constructor(
    private readonly context: CaseContext,
    private readonly options: CaseRunnerOptions,
  ) {}

  /** On the embedded database no other process can hold a lease, so a restart reclaims them at once. */
  async releaseAllLeases(): Promise<void> {
    await this.context.database.query(
      "UPDATE cases SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL",
    );
  }

  async countRunnable(): Promise<number> {
    const [row] = await this.context.database.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM cases WHERE state = ANY($1::text[])",
      [RUNNABLE_STATES],
    );
    return Number(row?.count ?? 0);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (let index = 0; index < this.options.workers; index++) this.loops.push(this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await Promise.all(this.loops);
    this.loops.length = 0;
  }

  /** Called when new work arrives, so an idle worker starts at once instead of at its next poll. */
  wake(): void {
    const wake = this.wakeUp;
    this.wakeUp = undefined;
    if (wake) wake();
    else this.wokenWhileBusy = true;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let outcome: RunOutcome = "idle";
      try {
        outcome = await this.runOnce();
      } catch {
        // A failure is recorded on the case (attempts) and retried after the lease; keep the loop alive.
        outcome = "idle";
      }
      if (outcome === "more") continue;
      if (this.wokenWhileBusy) {
        this.wokenWhileBusy = false;
        continue;
      }
      if (this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 250);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /**
   * Leases one runnable case and advances it until it waits for a person or is done: "idle" when none was
   * runnable, "last" when it was the only one, "more" when others were waiting.
   */
  private async runOnce(keepGoing: () => boolean = () => this.running): Promise<RunOutcome> {
    const leased = await this.lease();
    if (!leased) return "idle";
    let current: CaseRecord | undefined = leased.record;
    while (current && keepGoing() && (RUNNABLE_STATES as readonly string[]).includes(current.state)) {
      current = await this.advance(current);
    }
    // A case that came to rest had its lease cleared by its commit; only one left runnable (stopping) is released.
    if (current && (RUNNABLE_STATES as readonly string[]).includes(current.state))
      await this.release(current.id);
    return leased.othersReady ? "more" : "last";
  }

  /** Runs every runnable case to a resting state (tests and the CLI use this without the loop). */
  async drain(): Promise<number> {
    let count = 0;
    for (;;) {
      const outcome = await this.runOnce(() => true);
      if (outcome === "idle") return count;
      count++;
      // No other case was runnable when this one was leased: asking again would find none (one statement saved).
      if (outcome === "last") return count;
    }
  }

  /** Leases the oldest runnable case, and tells whether another was runnable then. */
  private async lease(): Promise<{ record: CaseRecord; othersReady: boolean } | undefined> {
    const [row] = await this.context.database.query<Record<string, unknown>>(
      `UPDATE cases SET lease_owner = $1, lease_until = $2, attempts = attempts + 1
       WHERE id = (
         SELECT id FROM cases
         WHERE state = ANY($3::text[]) AND (lease_until IS NULL OR lease_until < $4)
         ORDER BY created_at
         LIMIT 1
         FOR UPDATE SKIP LOCKED)
       RETURNING ${CASE_COLUMNS},
         EXISTS (
           SELECT 1 FROM cases other
           WHERE other.state = ANY($3::text[]) AND (other.lease_until IS NULL OR other.lease_until < $4)
             AND other.id <> cases.id) AS others_ready`,
      [
        this.owner,
        new Date(this.context.now().getTime() + this.options.leaseSeconds * 1000),
        RUNNABLE_STATES,
        this.context.now(),
      ],
    );
    return row ? { record: toCaseRecord(row), othersReady: row.others_ready === true } : undefined;
  }

  private async release(caseId: string): Promise<void> {
    await this.context.database.query(
      "UPDATE cases SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2",
      [caseId, this.owner],
    );
  }

  // Workflow versions never change once published, so they are cached for the runner's lifetime.
  private readonly workflows = new Map<string, LiveWorkflow>();
  private async workflowVersion(id: string): Promise<LiveWorkflow | undefined> {
    const cached = this.workflows.get(id);
    if (cached) return cached;
    const loaded = await workflowVersionById(this.context.database, id);
    if (loaded) this.workflows.set(id, loaded);
    return loaded;
  }

  private provider(definitionModel: unknown): DraftProvider {
    if (this.options.providerOverride) return this.options.providerOverride;
    const key = JSON.stringify(definitionModel);
    let provider = this.providers.get(key);
    if (!provider) {
      provider = createProvider(definitionModel as Parameters<typeof createProvider>[0]);
      this.providers.set(key, provider);
    }
    return provider;
  }

  /**
   * Runs the case's automatic steps in memory until it rests (waits for a person, or is delivered), then
   * commits the final state and every step's evidence in one transaction, guarded by the state it
   * started from and by the lease; a case at rest gives its lease back in the same statement. A crash before
   * the commit loses nothing: the steps run again.
   */
  private async advance(record: CaseRecord): Promise<CaseRecord | undefined> {
    const workflow = await this.workflowVersion(record.workflowVersionId);
    if (!workflow) throw new Error(`case ${record.id} pins a missing workflow version`);
    const dependencies = {
      context: this.context,
      definition: workflow.definition,
      provider: this.provider(workflow.definition.model),
    };
    const updates: Record<string, unknown> = {};
    const evidence: NewLedgerEvent[] = [];
    let current = record;
    while ((RUNNABLE_STATES as readonly string[]).includes(current.state)) {
      const exhausted = record.attempts > this.options.maxAttempts;
      const outcome = exhausted ? processingFailed(current) : await runStep(current, dependencies);
      if (!outcome) break;
      const transition = nextState(current.state, outcome.event);
      if (!transition.ok) throw new Error(transition.reason);
      Object.assign(updates, outcome.updates);
      evidence.push(...outcome.evidence);
      current = withUpdates({ ...current, state: transition.to }, outcome.updates);
      if (exhausted) break;
    }
    if (evidence.length === 0) return undefined;
    const columns = Object.keys(updates);
    const unknown = columns.find((column) => !Object.hasOwn(APPLY_COLUMN, column));
    if (unknown) throw new Error(`a case step tried to write the column "${unknown}"`);
    const assignments = columns.map((column, index) => `, ${column} = $${index + 6}`).join("");
    return this.context.database.transaction(async (transaction) => {
      const [row] = await transaction.query<Record<string, unknown>>(
        `UPDATE cases SET state = $3, updated_at = now(), attempts = 0${assignments},
           lease_owner = CASE WHEN $3 = ANY($5::text[]) THEN lease_owner END,
           lease_until = CASE WHEN $3 = ANY($5::text[]) THEN lease_until END
         WHERE id = $1 AND state = $2 AND lease_owner = $4
         RETURNING ${CASE_COLUMNS}`,
        [
          record.id,
          record.state,
          current.state,
          this.owner,
          RUNNABLE_STATES,
          ...columns.map((column) => updates[column]),
        ],
      );
      // Someone else advanced it (our lease had expired): record nothing, so nothing happens twice.
      if (!row) return undefined;
      await this.context.ledger.appendManyIn(transaction, record.agencyId, evidence);
      return toCaseRecord(row);
    });
  }
}

function processingFailed(record: CaseRecord) {
  return {
    event: "hand-off" as const,
    updates: { handoff_reason: "processing-failed" },
    evidence: [
      {
        type: caseHandedOff.type,
        actor: "system",
        subject: `case:${record.id}`,
        payload: { caseId: record.id, step: record.state, reason: "processing-failed" },
      },
    ],
  };
}

const parse = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

/**
 * The case columns an automatic step may write, and how each shows in the case the next step sees.
 * A step writing any other column is a programming error (and never reaches the SQL).
 */
const APPLY_COLUMN: Record<string, (record: CaseRecord, value: unknown) => void> = {
  retrieved: (record, value) => {
    record.retrieved = parse(value);
  },
  draft: (record, value) => {
    record.draft = parse(value);
  },
  model: (record, value) => {
    record.model = parse(value);
  },
  flags: (record, value) => {
    record.flags = parse(value);
  },
  answer_citations: (record, value) => {
    record.answerCitations = parse(value);
  },
  review_required: (record, value) => {
    record.reviewRequired = value as boolean;
  },
  answer_text: (record, value) => {
    record.answerText = value as string;
  },
  answer_origin: (record, value) => {
    record.answerOrigin = value as CaseRecord["answerOrigin"];
  },
  handoff_reason: (record, value) => {
    record.handoffReason = value as string;
  },
  delivered_at: (record, value) => {
    record.deliveredAt = value as Date;
  },
};

/** The case as the next step sees it, once a step's column updates are applied in memory. */
function withUpdates(record: CaseRecord, updates: Record<string, unknown>): CaseRecord {
  const next = { ...record };
  for (const [column, value] of Object.entries(updates)) APPLY_COLUMN[column]?.(next, value);
  return next;
}
