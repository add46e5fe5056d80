import { randomUUID } from "node:crypto";
import { AppError } from "../../errors.ts";
import type { User } from "../identity/index.ts";
import { digestForLedger } from "../pii/index.ts";
import type { CaseContext } from "./case-context.ts";
import { originalViewed, reviewClaimed, reviewDecided } from "./case-events.ts";
import { CASE_COLUMNS, type CaseRecord, toCaseRecord } from "./case-row.ts";
import { type CaseEvent, HUMAN_QUEUE_STATES, nextState } from "./case-state.ts";
import { openSealedText } from "./seal-text.ts";
import { casePersonalDataPolicy } from "./services.ts";

export const CLAIM_MINUTES = 15;
export const REJECT_REASONS = [
  "inaccurate",
  "unsupported",
  "incomplete",
  "tone",
  "personal-data",
  "out-of-scope",
  "other",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface QueueFilters {
  serviceId?: string | undefined;
  flagged?: boolean | undefined;
  olderThanMinutes?: number | undefined;
  state?: string | undefined;
}

export interface QueueItem {
  id: string;
  reference: string;
  serviceId: string;
  serviceName: string;
  state: string;
  flags: string[];
  handoffReason: string | null;
  waitingMinutes: number;
  claimedBy: string | null;
  reviewMode: string;
}

/** The review queue of the caller's agency only. */
export async function reviewQueue(
  context: CaseContext,
  user: User,
  filters: QueueFilters = {},
): Promise<QueueItem[]> {
  const rows = await context.database.query<Record<string, unknown>>(
    `SELECT c.id, c.reference, c.service_id, s.name AS service_name, c.state, c.flags, c.handoff_reason, c.created_at,
            c.review_mode, rc.reviewer_id AS claimed_by, rc.expires_at AS claim_expires
     FROM cases c JOIN services s ON s.id = c.service_id
     LEFT JOIN review_claims rc ON rc.case_id = c.id AND rc.expires_at > $2
     WHERE c.agency_id = $1 AND c.state = ANY($3::text[])
       AND ($4::uuid IS NULL OR c.service_id = $4)
       AND ($5::boolean IS NULL OR (jsonb_array_length(c.flags) > 0) = $5)
       AND ($6::int IS NULL OR c.created_at < $2 - make_interval(mins => $6::int))
     ORDER BY c.created_at
     LIMIT 200`,
    [
      user.agencyId,
      context.now(),
      filters.state ? [filters.state] : HUMAN_QUEUE_STATES,
      filters.serviceId ?? null,
      filters.flagged ?? null,
      filters.olderThanMinutes ?? null,
    ],
  );
  return rows.map((row) => ({
    id: row.id as string,
    reference: row.reference as string,
    serviceId: row.service_id as string,
    serviceName: row.service_name as string,
    state: row.state as string,
    flags: (row.flags as string[]) ?? [],
    handoffReason: row.handoff_reason as string | null,
    waitingMinutes: Math.floor(
      (context.now().getTime() - new Date(row.created_at as string).getTime()) / 60000,
    ),
    claimedBy: (row.claimed_by as string | null) ?? null,
    reviewMode: row.review_mode as string,
  }));
}

/** Loads a case of the caller's agency; another agency's case is "not found", never "forbidden". */
export async function caseForStaff(context: CaseContext, user: User, caseId: string): Promise<CaseRecord> {
  const [row] = await context.database.query<Record<string, unknown>>(
    `SELECT ${CASE_COLUMNS} FROM cases WHERE id = $1 AND agency_id = $2`,
    [caseId, user.agencyId],
  );
  if (!row) throw new AppError("not_found", "no such case");
  return toCaseRecord(row);
}

/** Whether the service's personal-data policy lets reviewers see a case's originals (on request, recorded). */
export async function reviewersMaySeeOriginals(context: CaseContext, record: CaseRecord): Promise<boolean> {
  return (await casePersonalDataPolicy(context.database, record)).reviewerSeesOriginals;
}

/**
 * Shows the original question to a role allowed to see it, where the service's policy lets reviewers see
 * originals; the viewing itself is a ledger event.
 */
export async function revealOriginalQuestion(
  context: CaseContext,
  user: User,
  record: CaseRecord,
): Promise<string> {
  if (!(await reviewersMaySeeOriginals(context, record)))
    throw new AppError(
      "forbidden",
      "this service's personal-data policy keeps originals from reviewers",
      undefined,
      "originals-withheld",
    );
  const original = record.questionSealed
    ? openSealedText(record.questionSealed, context.keyring(record.agencyId), record.id)
    : undefined;
  if (original === undefined)
    throw new AppError("not_found", "the original question is no longer held (it was erased)");
  await context.ledger.append(record.agencyId, {
    type: originalViewed.type,
    actor: `user:${user.id}`,
    subject: `case:${record.id}`,
    payload: { caseId: record.id, viewerId: user.id },
  });
  return original;
}

/** A claim stops two reviewers working on one case at once; it lapses after CLAIM_MINUTES. */
export async function claimCase(context: CaseContext, user: User, caseId: string): Promise<void> {
  const record = await caseForStaff(context, user, caseId);
  await context.database.transaction(async (transaction) => {
    const expires = new Date(context.now().getTime() + CLAIM_MINUTES * 60_000);
    const rows = await transaction.query(
      `INSERT INTO review_claims (case_id, reviewer_id, claimed_at, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) DO UPDATE SET reviewer_id = $2, claimed_at = $3, expires_at = $4
       WHERE review_claims.reviewer_id = $2 OR review_claims.expires_at <= $3
       RETURNING case_id`,
      [record.id, user.id, context.now(), expires],
    );
    if (rows.length === 0)
      throw new AppError(
        "conflict",
        "another reviewer is working on this case",
        undefined,
        "claimed-by-other",
      );
    await context.ledger.appendIn(transaction, record.agencyId, {
      type: reviewClaimed.type,
      actor: `user:${user.id}`,
      subject: `case:${record.id}`,
      payload: { caseId: record.id, reviewerId: user.id },
    });
  });
}

export type Decision =
  | { action: "approve" }
  | { action: "edit"; text: string }
  | { action: "reject"; reason: RejectReason }
  | { action: "escalate"; reason?: string | undefined };

export interface DecisionResult {
  state: string;
  awaitingSecondReviewer: boolean;
}

function draftText(record: CaseRecord): string {
  return (record.draft?.sentences ?? []).map((sentence) => sentence.text).join(" ");
}

/**
 * Applies a reviewer's decision under the case's pinned controls: four-eyes needs a second, different
 * reviewer; a required qualification is checked; edits are recorded by digest and size of change.
 */
export async function decideCase(
  context: CaseContext,
  user: User,
  caseId: string,
  decision: Decision,
): Promise<DecisionResult> {
  const record = await caseForStaff(context, user, caseId);
  const required = record.controls.requiredQualification;
  const qualified = required === null || user.qualifications.includes(required);
  if (!qualified && (decision.action === "approve" || decision.action === "edit")) {
    throw new AppError(
      "forbidden",
      `approving needs the qualification "${required}"`,
      undefined,
      "qualification-required",
    );
  }
  const fourEyes = record.controls.reviewMode === "four_eyes";
  const hasDraft = record.draft !== null;
  let event: CaseEvent;
  let stage: "first" | "second" | "single" | "human-answer" = "single";
  let answerText: string | null = null;
  let origin: string | null = null;
  switch (decision.action) {
    case "approve": {
      if (!hasDraft || !["awaiting_review", "awaiting_second_review", "escalated"].includes(record.state)) {
        throw new AppError(
          "conflict",
          "there is no draft waiting for approval on this case",
          undefined,
          "no-draft",
        );
      }
      if (fourEyes && record.state !== "awaiting_second_review") {
        event = "approve-first";
        stage = "first";
      } else {
        if (fourEyes && record.firstApprover === user.id) {
          throw new AppError(
            "conflict",
            "four-eyes review needs a second, different reviewer",
            undefined,
            "four-eyes-same-reviewer",
          );
        }
        event = "approve";
        stage = fourEyes ? "second" : "single";
        answerText = record.answerText ?? draftText(record);
        origin = fourEyes ? "ai-reviewed-twice" : "ai-reviewed";
      }
      break;
    }
    case "edit": {
      const text = decision.text.trim();
      if (text === "")
        throw new AppError("invalid_request", "the edited answer is empty", { text: "is required" });
      if (!hasDraft || ["handed_off", "appealed"].includes(record.state)) {
        event = "write-answer";
        stage = "human-answer";
        answerText = text;
        origin = "staff-written";
      } else if (fourEyes && record.state !== "awaiting_second_review") {
        event = "approve-first";
        stage = "first";
        answerText = text;
      } else {
        if (fourEyes && record.firstApprover === user.id) {
          throw new AppError(
            "conflict",
            "four-eyes review needs a second, different reviewer",
            undefined,
            "four-eyes-same-reviewer",
          );
        }
        event = "approve";
        stage = fourEyes ? "second" : "single";
        answerText = text;
        origin = fourEyes ? "ai-reviewed-twice" : "ai-reviewed";
      }
      break;
    }
    case "reject":
      event = "reject";
      break;
    case "escalate":
      event = "escalate";
      break;
  }
  const transition = nextState(record.state, event);
  if (!transition.ok) throw new AppError("conflict", transition.reason, undefined, "not-allowed");
  const cited = new Set((record.draft?.sentences ?? []).flatMap((sentence) => sentence.passageIds));
  const citations =
    origin === "staff-written" ? [] : (record.retrieved ?? []).filter((passage) => cited.has(passage.id));
  await context.database.transaction(async (transaction) => {
    const [claim] = await transaction.query<{ reviewer_id: string }>(
      "SELECT reviewer_id FROM review_claims WHERE case_id = $1 AND expires_at > $2",
      [record.id, context.now()],
    );
    if (claim && claim.reviewer_id !== user.id)
      throw new AppError(
        "conflict",
        "another reviewer is working on this case",
        undefined,
        "claimed-by-other",
      );
    const updated = await transaction.query(
      `UPDATE cases SET state = $3, updated_at = now(),
         answer_text = COALESCE($4, answer_text),
         answer_origin = COALESCE($5, answer_origin),
         answer_citations = CASE WHEN $5::text IS NULL THEN answer_citations ELSE $6::jsonb END,
         first_approver = CASE WHEN $7 THEN $8::uuid ELSE first_approver END,
         handoff_reason = CASE WHEN $3 = 'handed_off' THEN $9 ELSE handoff_reason END
       WHERE id = $1 AND state = $2 RETURNING id`,
      [
        record.id,
        record.state,
        transition.to,
        answerText,
        origin,
        JSON.stringify(citations),
        stage === "first",
        user.id,
        decision.action === "reject" ? `draft-rejected:${decision.reason}` : null,
      ],
    );
    if (updated.length === 0)
      throw new AppError(
        "conflict",
        "the case changed while you were deciding; reload it",
        undefined,
        "stale",
      );
    await transaction.query(
      "INSERT INTO review_decisions (id, case_id, reviewer_id, action, reason_code, edited_text) VALUES ($1, $2, $3, $4, $5, $6)",
      [
        randomUUID(),
        record.id,
        user.id,
        decision.action,
        decision.action === "reject"
          ? decision.reason
          : decision.action === "escalate"
            ? (decision.reason ?? null)
            : null,
        decision.action === "edit" ? decision.text : null,
      ],
    );
    await transaction.query("DELETE FROM review_claims WHERE case_id = $1", [record.id]);
    const before = record.answerText ?? draftText(record);
    await context.ledger.appendIn(transaction, record.agencyId, {
      type: reviewDecided.type,
      actor: `user:${user.id}`,
      subject: `case:${record.id}`,
      payload: {
        caseId: record.id,
        reviewerId: user.id,
        action: decision.action,
        stage,
        qualified,
        ...(decision.action === "reject" ? { reasonCode: decision.reason } : {}),
        ...(decision.action === "edit"
          ? {
              editDigest: digestForLedger(decision.text, context.digestKey),
              editedCharacters: editDistanceEstimate(before, decision.text),
            }
          : {}),
      },
    });
  });
  return { state: transition.to, awaitingSecondReviewer: transition.to === "awaiting_second_review" };
}

/** Characters changed between two texts (common prefix and suffix removed): a cheap measure of an edit. */
export function editDistanceEstimate(before: string, after: string): number {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return Math.max(endBefore - start, endAfter - start);
}
