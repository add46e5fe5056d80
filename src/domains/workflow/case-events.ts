import { z } from "zod";
import { defineLedgerEvent, sha256Digest } from "../ledger/index.ts";

const id = z.string().min(1).max(200);
/** A keyed digest (HMAC) of personal text: links events about the same text without revealing it. */
const personalDigest = z.string().regex(/^hmac-sha256:[0-9a-f]{64}$/, "must be a keyed digest");

// Case-flow evidence. Payloads carry ids, versions, codes, counts and digests: never the question,
// the answer's text or anything a person wrote (those live in the case's erasable columns).
export const caseReceived = defineLedgerEvent("case-received", {
  caseId: id,
  serviceId: id,
  workflowVersionId: id,
  workflowVersion: z.number().int(),
  controls: z.record(z.string(), z.unknown()),
  language: z.string(),
  languageFallback: z.boolean(),
  questionDigest: personalDigest,
  personalDataFound: z.record(z.string(), z.number().int()),
  channel: z.string(),
});
export const inputScreened = defineLedgerEvent("input-screened", { caseId: id, verdict: z.literal("pass") });
export const caseHandedOff = defineLedgerEvent("case-handed-off", {
  caseId: id,
  step: z.string(),
  reason: z.string(),
  category: z.string().optional(),
});
export const sourcesRetrieved = defineLedgerEvent("sources-retrieved", {
  caseId: id,
  passages: z.array(
    z.object({ chunkId: id, sourceVersionId: id, sourceVersion: z.number().int(), score: z.number() }),
  ),
  scope: z.object({ bestScore: z.number(), keywordOverlap: z.number() }).partial(),
});
export const draftCreated = defineLedgerEvent("draft-created", {
  caseId: id,
  model: z.object({ provider: z.string(), id: z.string(), version: z.string() }),
  mode: z.enum(["generated", "extractive"]),
  sentences: z.number().int(),
  citedChunkIds: z.array(id),
  draftDigest: personalDigest,
  /** Real values of the case the model wrote where their placeholders belong, put back to placeholders. */
  personalDataLeaksBlocked: z.number().int().min(0).default(0),
});
export const draftFailed = defineLedgerEvent("draft-failed", { caseId: id, reason: z.string() });
export const outputChecked = defineLedgerEvent("output-checked", {
  caseId: id,
  flags: z.array(z.string()),
  reviewRequired: z.boolean(),
  reviewBasis: z.string(),
  sample: z.object({ seed: z.string(), percent: z.number(), selected: z.boolean() }).optional(),
});
export const reviewClaimed = defineLedgerEvent("review-claimed", { caseId: id, reviewerId: id });
export const originalViewed = defineLedgerEvent("original-question-viewed", { caseId: id, viewerId: id });
export const reviewDecided = defineLedgerEvent("review-decided", {
  caseId: id,
  reviewerId: id,
  action: z.enum(["approve", "edit", "reject", "escalate"]),
  stage: z.enum(["first", "second", "single", "human-answer"]),
  reasonCode: z.string().optional(),
  editDigest: personalDigest.optional(),
  editedCharacters: z.number().int().optional(),
  qualified: z.boolean(),
});
export const answerDelivered = defineLedgerEvent("answer-delivered", {
  caseId: id,
  origin: z.string(),
  reviewers: z.number().int(),
  citedSourceVersionIds: z.array(id),
  answerDigest: personalDigest,
});
export const feedbackReceived = defineLedgerEvent("feedback-received", {
  caseId: id,
  kind: z.enum(["rating", "appeal", "talk-to-person"]),
  rating: z.number().int().optional(),
});
export const serviceCreated = defineLedgerEvent("service-created", { serviceId: id, slug: z.string() });
export const workflowPublished = defineLedgerEvent("workflow-version-published", {
  serviceId: id,
  workflowVersionId: id,
  version: z.number().int(),
  definitionDigest: sha256Digest,
});
export const casePersonalDataErased = defineLedgerEvent("case-personal-data-erased", { caseId: id });
const count = z.number().int().min(0);
/** A run that moved an agency's sealed case data to its newest key (key rotation). */
export const personalDataResealed = defineLedgerEvent("personal-data-resealed", {
  keyVersion: z.number().int().min(1),
  resealed: count,
  alreadyCurrent: count,
  changedMeanwhile: count,
  unreadable: count,
});
