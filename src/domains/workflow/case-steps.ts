import { sampleForReview } from "../controls/index.ts";
import {
  checkCitationSupport,
  checkInput,
  checkReadability,
  checkScope,
  findDraftDebris,
} from "../guards/index.ts";
import { retrievePassages } from "../knowledge/index.ts";
import type { NewLedgerEvent } from "../ledger/index.ts";
import type { DraftProvider } from "../models/index.ts";
import {
  createPiiStageGuard,
  decryptPlaceholderMap,
  digestForLedger,
  type PlaceholderMap,
} from "../pii/index.ts";
import type { CaseContext } from "./case-context.ts";
import {
  answerDelivered,
  caseHandedOff,
  draftCreated,
  draftFailed,
  inputScreened,
  outputChecked,
  sourcesRetrieved,
} from "./case-events.ts";
import type { CaseRecord, StoredPassage } from "./case-row.ts";
import type { CaseEvent } from "./case-state.ts";
import { personalDataPolicy, type WorkflowDefinition } from "./workflow-definition.ts";

/** What a step decided: the state event, the columns to write, and the evidence to append. */
export interface StepOutcome {
  event: CaseEvent;
  updates: Record<string, unknown>;
  evidence: NewLedgerEvent[];
}

export interface StepDependencies {
  context: CaseContext;
  definition: WorkflowDefinition;
  provider: DraftProvider;
}

const LEAK_FLAG = "personal-data-leak";

/** The personal-data guard of the workflow version the case runs under. */
function piiGuardOf(definition: WorkflowDefinition) {
  return createPiiStageGuard(personalDataPolicy(definition));
}

function withFlag(flags: readonly string[], flag: string): string[] {
  return flags.includes(flag) ? [...flags] : [...flags, flag];
}

function subject(record: CaseRecord) {
  return `case:${record.id}`;
}

function handOff(record: CaseRecord, step: string, reason: string, category?: string): StepOutcome {
  return {
    event: "hand-off",
    updates: { handoff_reason: reason },
    evidence: [
      {
        type: caseHandedOff.type,
        actor: "system",
        subject: subject(record),
        payload: { caseId: record.id, step, reason, ...(category ? { category } : {}) },
      },
    ],
  };
}

function placeholderMap(context: CaseContext, record: CaseRecord): PlaceholderMap {
  if (!record.placeholderMapSealed) return { entries: [] };
  const opened = decryptPlaceholderMap(
    JSON.parse(record.placeholderMapSealed),
    context.keyring(record.agencyId),
    record.id,
  );
  if (!opened.ok) throw new Error(`cannot open the placeholder map of case ${record.id}`);
  return opened.value;
}

/** Input guards: emergencies and injection attempts go to a person at once. */
function screen(record: CaseRecord): StepOutcome {
  const verdict = checkInput(record.questionRedacted ?? "");
  if (verdict.verdict === "handoff") {
    return handOff(
      record,
      "screen",
      verdict.code,
      "category" in verdict ? String(verdict.category) : undefined,
    );
  }
  return {
    event: "screen-passed",
    updates: {},
    evidence: [
      {
        type: inputScreened.type,
        actor: "system",
        subject: subject(record),
        payload: { caseId: record.id, verdict: "pass" },
      },
    ],
  };
}

/** Retrieval over the service's approved sources; passages are pseudonymised like the question. */
async function retrieve(record: CaseRecord, { context, definition }: StepDependencies): Promise<StepOutcome> {
  const question = record.questionRedacted ?? "";
  const passages = await retrievePassages(context.database, {
    serviceId: record.serviceId,
    question,
    language: record.language,
    allowedClassifications: record.controls.allowedClassifications,
    limit: definition.retrieval.topK,
    now: context.now(),
  });
  const scope = checkScope({
    question,
    language: record.language,
    scopeKeywords: definition.scope.keywords,
    retrievalScores: passages.map((passage) => passage.score),
  });
  if (passages.length === 0) return handOff(record, "retrieve", "no-sources");
  if (scope.verdict !== "pass") return handOff(record, "retrieve", "out-of-scope");
  // Public sources were approved for publication, contact details and all; anything else may hold
  // personal data and is pseudonymised like the question before the model sees it.
  // The passages share one map, so a person keeps one placeholder across them and two people never share one.
  // It is not stored: the citizen's answer restores only the citizen's own details, never a third party's.
  const guard = piiGuardOf(definition);
  let map = placeholderMap(context, record);
  const texts = passages.map((passage) => {
    if (passage.classification === "public") return passage.text;
    const result = guard.protect(passage.text, map);
    if (!result.ok) return "";
    map = result.map;
    return result.text;
  });
  const stored: StoredPassage[] = passages.map((passage, index) => ({
    id: `P${index + 1}`,
    ...passage,
    text: texts[index] ?? "",
  }));
  return {
    event: "retrieve-done",
    updates: { retrieved: JSON.stringify(stored) },
    evidence: [
      {
        type: sourcesRetrieved.type,
        actor: "system",
        subject: subject(record),
        payload: {
          caseId: record.id,
          passages: stored.map((passage) => ({
            chunkId: passage.chunkId,
            sourceVersionId: passage.sourceVersionId,
            sourceVersion: passage.sourceVersion,
            score: Math.round(passage.score * 10_000) / 10_000,
          })),
          scope: {
            bestScore: Math.round((scope.topRetrievalScore ?? 0) * 10_000) / 10_000,
            keywordOverlap: scope.keywordOverlap,
          },
        },
      },
    ],
  };
}

/** The model drafts from the pseudonymised question and passages only. */
async function draft(
  record: CaseRecord,
  { context, definition, provider }: StepDependencies,
): Promise<StepOutcome> {
  const passages = record.retrieved ?? [];
  const result = await provider.draft({
    question: record.questionRedacted ?? "",
    language: record.language,
    passages: passages.map((passage) => ({ id: passage.id, text: passage.text, title: passage.title })),
    instructions: definition.instructions,
  });
  if (result.status === "failed") {
    const outcome = handOff(record, "draft", `model-${result.reason}`);
    outcome.evidence.unshift({
      type: draftFailed.type,
      actor: "system",
      subject: subject(record),
      payload: { caseId: record.id, reason: result.reason },
    });
    return outcome;
  }
  // A real value of the case where its placeholder belongs is blocked before the draft is stored: the value
  // goes back to its placeholder, and the flag sends the case to a person whatever the review mode.
  const guard = piiGuardOf(definition);
  const map = placeholderMap(context, record);
  let leaks = 0;
  const sentences = result.answer.sentences.map((sentence) => {
    const guarded = guard.guardOutput(sentence.text, map);
    if (guarded.ok) return sentence;
    leaks += guarded.leaks.length;
    return { ...sentence, text: guarded.text };
  });
  const answer = { ...result.answer, sentences };
  const text = sentences.map((sentence) => sentence.text).join(" ");
  const cited = new Set(sentences.flatMap((sentence) => sentence.passageIds));
  const flags = leaks > 0 ? withFlag(record.flags, LEAK_FLAG) : undefined;
  return {
    event: "draft-done",
    updates: {
      draft: JSON.stringify(answer),
      model: JSON.stringify(result.model),
      ...(flags ? { flags: JSON.stringify(flags) } : {}),
    },
    evidence: [
      {
        type: draftCreated.type,
        actor: `model:${result.model.id}`,
        subject: subject(record),
        payload: {
          caseId: record.id,
          model: result.model,
          mode: result.answer.mode,
          sentences: result.answer.sentences.length,
          citedChunkIds: passages
            .filter((passage) => cited.has(passage.id))
            .map((passage) => passage.chunkId),
          draftDigest: digestForLedger(text, context.digestKey),
          personalDataLeaksBlocked: leaks,
        },
      },
    ],
  };
}

/** Output guards, then the review decision the controls require (recorded with its basis). */
function check(record: CaseRecord, { context, definition }: StepDependencies): StepOutcome {
  const passages = record.retrieved ?? [];
  const sentences = record.draft?.sentences ?? [];
  // Flags set before this step (a citizen asked for a person, the draft step blocked a leak) are kept, and
  // force review like any other.
  const flags: string[] = record.flags.filter((flag) => flag === "person-requested" || flag === LEAK_FLAG);
  const citations = checkCitationSupport(sentences, passages, { language: record.language });
  if (citations.verdict === "fail")
    flags.push(...new Set(citations.problems.map((problem) => `citation:${problem.code}`)));
  const text = sentences.map((sentence) => sentence.text).join(" ");
  const debris = findDraftDebris(text);
  if (debris.templateDebris.length > 0) flags.push("draft-debris");
  const leak = piiGuardOf(definition).guardOutput(text, placeholderMap(context, record));
  // The draft step blocks leaks before it stores a draft; a draft stored by an earlier version, for a case in
  // flight across an upgrade, is checked here still.
  if (!leak.ok && !flags.includes(LEAK_FLAG)) flags.push(LEAK_FLAG);
  const readability = checkReadability(text, record.language, definition.readability.targetGrade);
  if (readability.verdict === "flag") flags.push("readability-above-target");

  const mode = record.controls.reviewMode;
  let reviewRequired = true;
  let basis: string = mode;
  let sample: { seed: string; percent: number; selected: boolean } | undefined;
  if (mode === "none") reviewRequired = false;
  if (mode === "sample") {
    const seed = record.workflowVersionId;
    const selected = sampleForReview(seed, record.id, record.controls.samplePercent);
    sample = { seed, percent: record.controls.samplePercent, selected };
    reviewRequired = selected;
    basis = selected ? "sample-selected" : "sample-skipped";
  }
  if (flags.length > 0 && !reviewRequired) {
    reviewRequired = true;
    basis = "guard-flags";
  }
  const cited = new Set(sentences.flatMap((sentence) => sentence.passageIds));
  return {
    event: reviewRequired ? "review-required" : "review-skipped",
    updates: {
      flags: JSON.stringify(flags),
      review_required: reviewRequired,
      ...(reviewRequired
        ? {}
        : {
            answer_text: leak.text,
            answer_citations: JSON.stringify(passages.filter((passage) => cited.has(passage.id))),
            answer_origin: "ai-unreviewed",
          }),
    },
    evidence: [
      {
        type: outputChecked.type,
        actor: "system",
        subject: subject(record),
        payload: {
          caseId: record.id,
          flags,
          reviewRequired,
          reviewBasis: basis,
          ...(sample ? { sample } : {}),
        },
      },
    ],
  };
}

/** Delivery: the approved answer, with the citizen's own details put back, becomes visible to them. */
function deliver(record: CaseRecord, { context }: StepDependencies): StepOutcome {
  const citations = record.answerCitations ?? [];
  const reviewers =
    record.answerOrigin === "ai-reviewed-twice" ? 2 : record.answerOrigin === "ai-unreviewed" ? 0 : 1;
  return {
    event: "deliver",
    updates: { delivered_at: context.now() },
    evidence: [
      {
        type: answerDelivered.type,
        actor: "system",
        subject: subject(record),
        payload: {
          caseId: record.id,
          origin: record.answerOrigin ?? "staff-written",
          reviewers,
          citedSourceVersionIds: [...new Set(citations.map((citation) => citation.sourceVersionId))],
          answerDigest: digestForLedger(record.answerText ?? "", context.digestKey),
        },
      },
    ],
  };
}

export async function runStep(
  record: CaseRecord,
  dependencies: StepDependencies,
): Promise<StepOutcome | undefined> {
  switch (record.state) {
    case "received":
      return screen(record);
    case "screened":
      return retrieve(record, dependencies);
    case "retrieved":
      return draft(record, dependencies);
    case "drafted":
      return check(record, dependencies);
    case "approved":
      return deliver(record, dependencies);
    default:
      return undefined;
  }
}
