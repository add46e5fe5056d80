import { randomUUID, timingSafeEqual } from "node:crypto";
import { AppError } from "../../errors.ts";
import { hashSecret } from "../identity/index.ts";
import {
  createPiiStageGuard,
  decryptPlaceholderMap,
  emptyPlaceholderMap,
  type PiiPolicy,
  restore,
} from "../pii/index.ts";
import type { CaseContext } from "./case-context.ts";
import { feedbackReceived } from "./case-events.ts";
import { CASE_COLUMNS, type CaseRecord, toCaseRecord } from "./case-row.ts";
import { nextState, RUNNABLE_STATES } from "./case-state.ts";
import { type AnswerOrigin, disclosureKey } from "./disclosure.ts";
import { casePersonalDataPolicy } from "./services.ts";

/** What a citizen sees of their case: never staff notes, flags or other people's data. */
export interface CitizenCaseView {
  caseId: string;
  reference: string;
  serviceName: string;
  /** Coarse, citizen-facing state. */
  status: "in-progress" | "with-a-person" | "answered";
  answer: string | null;
  citations: { title: string; sourceVersion: number; headingPath: string[]; excerpt: string }[];
  disclosureKey: string | null;
  origin: AnswerOrigin | null;
  language: string;
  languageFallback: boolean;
  emergency: boolean;
  canAppeal: boolean;
}

const NOT_FOUND = "no case matches that reference and code";

/** Finds a case by reference and secret. Wrong secret and unknown reference look the same (no enumeration). */
export async function caseForCitizen(
  context: CaseContext,
  reference: string,
  secret: string,
): Promise<CaseRecord> {
  const normalised = reference.trim().toUpperCase();
  const [row] = await context.database.query<Record<string, unknown>>(
    `SELECT ${CASE_COLUMNS}, secret_hash FROM cases WHERE reference = $1`,
    [normalised],
  );
  const expected = Buffer.from((row?.secret_hash as string | undefined) ?? "0".repeat(64));
  const given = Buffer.from(hashSecret(secret.trim()));
  if (!row || expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new AppError("not_found", NOT_FOUND);
  return toCaseRecord(row);
}

export async function citizenView(context: CaseContext, record: CaseRecord): Promise<CitizenCaseView> {
  const [service] = await context.database.query<{ name: string }>(
    "SELECT name FROM services WHERE id = $1",
    [record.serviceId],
  );
  const answered = record.state === "delivered";
  let answer: string | null = null;
  if (answered && record.answerText !== null) {
    // The citizen's own details go back into the answer: they were only hidden from the model.
    const map = record.placeholderMapSealed
      ? decryptPlaceholderMap(
          JSON.parse(record.placeholderMapSealed),
          context.keyring(record.agencyId),
          record.id,
        )
      : undefined;
    answer = map?.ok ? restore(record.answerText, map.value) : record.answerText;
  }
  const withPerson = [
    "awaiting_review",
    "awaiting_second_review",
    "escalated",
    "handed_off",
    "appealed",
  ].includes(record.state);
  return {
    caseId: record.id,
    reference: record.reference,
    serviceName: service?.name ?? "",
    status: answered
      ? "answered"
      : withPerson && (record.state !== "awaiting_review" || record.handoffReason)
        ? "with-a-person"
        : "in-progress",
    answer,
    citations: answered
      ? (record.answerCitations ?? []).map((citation) => ({
          title: citation.title,
          sourceVersion: citation.sourceVersion,
          headingPath: citation.headingPath,
          excerpt: citation.text.length > 280 ? `${citation.text.slice(0, 277)}…` : citation.text,
        }))
      : [],
    disclosureKey:
      answered && record.answerOrigin ? disclosureKey(record.answerOrigin, record.draft?.mode) : null,
    origin: record.answerOrigin,
    language: record.language,
    languageFallback: record.languageFallback,
    emergency: record.handoffReason === "emergency",
    canAppeal: record.state === "delivered",
  };
}

export type CitizenFeedback =
  | { kind: "rating"; rating: number }
  | { kind: "appeal"; comment: string }
  | { kind: "talk-to-person"; comment?: string | undefined };

/** Ratings are recorded; an appeal or a request for a person reopens the case for staff. */
export async function recordFeedback(
  context: CaseContext,
  record: CaseRecord,
  feedback: CitizenFeedback,
): Promise<void> {
  const reopen =
    feedback.kind === "appeal" ? "appeal" : feedback.kind === "talk-to-person" ? "request-person" : undefined;
  const transition = reopen ? nextState(record.state, reopen) : undefined;
  // A request for a person while the case is still being prepared is remembered: the check step then
  // sends it to review whatever the review mode. With a person already, it is simply recorded.
  const remember = feedback.kind === "talk-to-person" && transition !== undefined && !transition.ok;
  if (transition && !transition.ok && !remember) throw new AppError("conflict", transition.reason);
  // Citizens' comments are pseudonymised like their questions before they are stored.
  const comment =
    feedback.kind === "rating" || !feedback.comment
      ? null
      : redactComment(feedback.comment, await casePersonalDataPolicy(context.database, record));
  await context.database.transaction(async (transaction) => {
    await transaction.query(
      "INSERT INTO case_feedback (id, case_id, kind, rating, comment_redacted) VALUES ($1, $2, $3, $4, $5)",
      [randomUUID(), record.id, feedback.kind, feedback.kind === "rating" ? feedback.rating : null, comment],
    );
    if (remember && RUNNABLE_STATES.includes(record.state)) {
      await transaction.query(
        `UPDATE cases SET flags = CASE WHEN flags ? 'person-requested' THEN flags ELSE flags || '["person-requested"]'::jsonb END
         WHERE id = $1`,
        [record.id],
      );
    }
    if (transition?.ok) {
      await transaction.query(
        "UPDATE cases SET state = $2, updated_at = now(), handoff_reason = $3 WHERE id = $1",
        [record.id, transition.to, feedback.kind],
      );
    }
    await context.ledger.appendIn(transaction, record.agencyId, {
      type: feedbackReceived.type,
      actor: "citizen",
      subject: `case:${record.id}`,
      payload: {
        caseId: record.id,
        kind: feedback.kind,
        ...(feedback.kind === "rating" ? { rating: feedback.rating } : {}),
      },
    });
  });
}

function redactComment(comment: string, policy: PiiPolicy): string {
  const result = createPiiStageGuard(policy).protect(comment.slice(0, 4000), emptyPlaceholderMap);
  return result.ok ? result.text : "";
}
