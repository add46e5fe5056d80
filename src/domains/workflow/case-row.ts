import type { CaseControls } from "./case-controls.ts";
import type { CaseState } from "./case-state.ts";
import type { AnswerOrigin } from "./disclosure.ts";

export interface StoredPassage {
  id: string;
  chunkId: string;
  sourceId: string;
  sourceVersionId: string;
  sourceVersion: number;
  classification: string;
  title: string;
  headingPath: string[];
  text: string;
  score: number;
}

export interface StoredDraft {
  sentences: { text: string; passageIds: string[] }[];
  mode: "generated" | "extractive";
}

export interface CaseRecord {
  id: string;
  agencyId: string;
  serviceId: string;
  reference: string;
  state: CaseState;
  language: string;
  languageFallback: boolean;
  questionRedacted: string | null;
  questionSealed: string | null;
  placeholderMapSealed: string | null;
  workflowVersionId: string;
  controls: CaseControls;
  reviewRequired: boolean | null;
  retrieved: StoredPassage[] | null;
  draft: StoredDraft | null;
  model: { provider: string; id: string; version: string } | null;
  flags: string[];
  answerText: string | null;
  answerCitations: StoredPassage[] | null;
  answerOrigin: AnswerOrigin | null;
  handoffReason: string | null;
  firstApprover: string | null;
  attempts: number;
  createdAt: Date;
  updatedAt: Date;
  deliveredAt: Date | null;
}

export const CASE_COLUMNS = `id, agency_id, service_id, reference, state, language, language_fallback, question_redacted,
  question_sealed, placeholder_map_sealed, workflow_version_id, controls, review_required, retrieved, draft, model, flags,
  answer_text, answer_citations, answer_origin, handoff_reason, first_approver, attempts, created_at, updated_at, delivered_at`;

export function toCaseRecord(row: Record<string, unknown>): CaseRecord {
  return {
    id: row.id as string,
    agencyId: row.agency_id as string,
    serviceId: row.service_id as string,
    reference: row.reference as string,
    state: row.state as CaseState,
    language: row.language as string,
    languageFallback: row.language_fallback as boolean,
    questionRedacted: row.question_redacted as string | null,
    questionSealed: row.question_sealed as string | null,
    placeholderMapSealed: row.placeholder_map_sealed as string | null,
    workflowVersionId: row.workflow_version_id as string,
    controls: row.controls as CaseControls,
    reviewRequired: row.review_required as boolean | null,
    retrieved: row.retrieved as StoredPassage[] | null,
    draft: row.draft as StoredDraft | null,
    model: row.model as CaseRecord["model"],
    flags: (row.flags as string[]) ?? [],
    answerText: row.answer_text as string | null,
    answerCitations: row.answer_citations as StoredPassage[] | null,
    answerOrigin: row.answer_origin as AnswerOrigin | null,
    handoffReason: row.handoff_reason as string | null,
    firstApprover: row.first_approver as string | null,
    attempts: Number(row.attempts),
    createdAt: new Date(row.created_at as string),
    updatedAt: new Date(row.updated_at as string),
    deliveredAt: row.delivered_at ? new Date(row.delivered_at as string) : null,
  };
}
