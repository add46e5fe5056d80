import { randomUUID } from "node:crypto";
import { AppError } from "../../errors.ts";
import type { Database, Queryable } from "../../store/database.ts";
import { canonicalJson, type Ledger, sha256Hex } from "../ledger/index.ts";
import { loadAiaQuestionnaire } from "./aia-questionnaires.ts";
import { assessmentSignedOff, assessmentStarted, assessmentSubmitted } from "./assessment-events.ts";
import type { EuObligation } from "./eu-ai-act-obligations.ts";
import type { Questionnaire } from "./questionnaire.ts";
import { scoreAia } from "./score-aia.ts";
import { type EuRiskCategory, loadEuAiActQuestionnaire, screenEuAiAct } from "./screen-eu-ai-act.ts";
import { validateAnswers } from "./validate-answers.ts";

export type QuestionnaireKind = "aia" | "eu-ai-act";

export interface StoredAssessment {
  id: string;
  systemId: string;
  questionnaire: QuestionnaireKind;
  questionnaireVersion: string;
  answers: Record<string, unknown>;
  currentPage: number;
  status: "draft" | "submitted" | "signed-off";
  result: StoredResult | null;
  signers: string[];
}

export type StoredResult =
  | {
      kind: "aia";
      level: 1 | 2 | 3 | 4;
      rawImpactScore: number;
      mitigationScore: number;
      currentScore: number;
      questionnaireVersion: string;
      warnings: string[];
    }
  | { kind: "eu-ai-act"; category: EuRiskCategory; obligations: EuObligation[]; reasons: string[] };

interface StoreContext {
  database: Database;
  ledger: Ledger;
  now: () => Date;
}

export function questionnaireFor(kind: QuestionnaireKind, version?: string): Questionnaire {
  const loaded = kind === "aia" ? loadAiaQuestionnaire(version) : loadEuAiActQuestionnaire();
  if (!loaded.ok)
    throw new Error(`the ${kind} questionnaire does not load: ${JSON.stringify(loaded.errors[0])}`);
  return loaded.value;
}

function answerErrors(errors: { questionId: string; message: string }[]): AppError {
  const fields: Record<string, string> = {};
  for (const error of errors) fields[error.questionId] ??= error.message;
  return new AppError("invalid_request", `the answers have ${errors.length} problem(s)`, fields);
}

export async function startAssessment(
  context: StoreContext,
  agencyId: string,
  systemId: string,
  kind: QuestionnaireKind,
  userId: string,
): Promise<StoredAssessment> {
  const questionnaire = questionnaireFor(kind);
  const id = randomUUID();
  await context.database.transaction(async (transaction) => {
    await transaction.query(
      "INSERT INTO assessments (id, system_id, questionnaire, questionnaire_version, created_by) VALUES ($1, $2, $3, $4, $5)",
      [id, systemId, kind, questionnaire.version, userId],
    );
    await context.ledger.appendIn(transaction, agencyId, {
      type: assessmentStarted.type,
      actor: `user:${userId}`,
      subject: `assessment:${id}`,
      payload: {
        assessmentId: id,
        systemId,
        questionnaire: kind,
        questionnaireVersion: questionnaire.version,
      },
    });
  });
  return {
    id,
    systemId,
    questionnaire: kind,
    questionnaireVersion: questionnaire.version,
    answers: {},
    currentPage: 0,
    status: "draft",
    result: null,
    signers: [],
  };
}

export async function findAssessment(
  queryable: Queryable,
  agencyId: string,
  id: string,
): Promise<StoredAssessment | undefined> {
  const [row] = await queryable.query<Record<string, unknown>>(
    `SELECT a.*, coalesce(array_agg(so.user_id) FILTER (WHERE so.user_id IS NOT NULL), '{}') AS signers
     FROM assessments a JOIN ai_systems s ON s.id = a.system_id LEFT JOIN assessment_signoffs so ON so.assessment_id = a.id
     WHERE a.id = $1 AND s.agency_id = $2 GROUP BY a.id`,
    [id, agencyId],
  );
  if (!row) return undefined;
  return {
    id: row.id as string,
    systemId: row.system_id as string,
    questionnaire: row.questionnaire as QuestionnaireKind,
    questionnaireVersion: row.questionnaire_version as string,
    answers: row.answers as Record<string, unknown>,
    currentPage: Number(row.current_page),
    status: row.status as StoredAssessment["status"],
    result: row.result as StoredResult | null,
    signers: row.signers as string[],
  };
}

/** Saves answers as a draft (merged with earlier pages), so a long questionnaire can be resumed. */
export async function saveAssessmentDraft(
  context: StoreContext,
  assessment: StoredAssessment,
  answers: Record<string, unknown>,
  currentPage: number,
  replace = false,
): Promise<StoredAssessment> {
  if (assessment.status !== "draft")
    throw new AppError("conflict", "a submitted assessment cannot change; start a new one");
  const questionnaire = questionnaireFor(assessment.questionnaire, assessment.questionnaireVersion);
  const merged = replace ? answers : { ...assessment.answers, ...answers };
  for (const [key, value] of Object.entries(merged))
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) delete merged[key];
  const validated = validateAnswers(questionnaire, merged, "draft");
  if (!validated.ok) throw answerErrors(validated.errors);
  await context.database.query(
    "UPDATE assessments SET answers = $2, current_page = $3, updated_at = now() WHERE id = $1 AND status = 'draft'",
    [assessment.id, JSON.stringify(validated.value), currentPage],
  );
  return { ...assessment, answers: validated.value as Record<string, unknown>, currentPage };
}

/** Validates completely and scores; all or nothing — an invalid assessment is not partly submitted. */
export async function submitStoredAssessment(
  context: StoreContext,
  agencyId: string,
  assessment: StoredAssessment,
  userId: string,
): Promise<StoredAssessment> {
  if (assessment.status !== "draft") throw new AppError("conflict", "this assessment was submitted already");
  const questionnaire = questionnaireFor(assessment.questionnaire, assessment.questionnaireVersion);
  const validated = validateAnswers(questionnaire, assessment.answers, "submitted");
  if (!validated.ok) throw answerErrors(validated.errors);
  let result: StoredResult;
  if (assessment.questionnaire === "aia") {
    const score = scoreAia(questionnaire, validated.value);
    result = {
      kind: "aia",
      level: score.level,
      rawImpactScore: score.rawImpactScore,
      mitigationScore: score.mitigationScore,
      currentScore: score.currentScore,
      questionnaireVersion: score.questionnaireVersion,
      warnings: score.warnings.map((warning) => JSON.stringify(warning)),
    };
  } else {
    const screening = screenEuAiAct(validated.value);
    result = {
      kind: "eu-ai-act",
      category: screening.category,
      obligations: screening.obligations,
      reasons: screening.reasons,
    };
  }
  await context.database.transaction(async (transaction) => {
    await transaction.query(
      "UPDATE assessments SET status = 'submitted', result = $2, submitted_by = $3, submitted_at = $4, updated_at = now() WHERE id = $1 AND status = 'draft'",
      [assessment.id, JSON.stringify(result), userId, context.now()],
    );
    await context.ledger.appendIn(transaction, agencyId, {
      type: assessmentSubmitted.type,
      actor: `user:${userId}`,
      subject: `assessment:${assessment.id}`,
      payload: {
        assessmentId: assessment.id,
        systemId: assessment.systemId,
        questionnaire: assessment.questionnaire,
        ...(result.kind === "aia"
          ? {
              level: result.level,
              rawImpactScore: result.rawImpactScore,
              mitigationScore: result.mitigationScore,
              currentScore: result.currentScore,
            }
          : { euCategory: result.category }),
        answersDigest: sha256Hex(canonicalJson(validated.value)),
        warnings:
          result.kind === "aia"
            ? result.warnings.map((warning) => (JSON.parse(warning) as { code?: string }).code ?? "warning")
            : [],
      },
    });
  });
  return { ...assessment, status: "submitted", result };
}

/**
 * Records one sign-off. The assessment takes effect when it has the required number of distinct
 * signers (two governance officers at level III or above). Returns whether it is now effective.
 */
export async function signOffAssessment(
  context: StoreContext,
  agencyId: string,
  assessment: StoredAssessment,
  userId: string,
  required: number,
): Promise<{ effective: boolean; signatures: number }> {
  if (assessment.status === "draft")
    throw new AppError("conflict", "submit the assessment before signing it off");
  if (assessment.status === "signed-off")
    throw new AppError("conflict", "this assessment is already in effect");
  if (assessment.signers.includes(userId))
    throw new AppError(
      "conflict",
      "you have already signed this assessment; a different officer must sign too",
    );
  return context.database.transaction(async (transaction) => {
    await transaction.query(
      "INSERT INTO assessment_signoffs (assessment_id, user_id, signed_at) VALUES ($1, $2, $3)",
      [assessment.id, userId, context.now()],
    );
    const signatures = assessment.signers.length + 1;
    const effective = signatures >= required;
    if (effective) {
      await transaction.query(
        "UPDATE assessments SET status = 'signed-off', updated_at = now() WHERE id = $1",
        [assessment.id],
      );
    }
    await context.ledger.appendIn(transaction, agencyId, {
      type: assessmentSignedOff.type,
      actor: `user:${userId}`,
      subject: `assessment:${assessment.id}`,
      payload: { assessmentId: assessment.id, userId, signatures, required, effective },
    });
    return { effective, signatures };
  });
}

/** The latest signed-off assessment of each questionnaire for a system. */
export async function effectiveAssessments(
  queryable: Queryable,
  systemId: string,
): Promise<StoredAssessment[]> {
  const rows = await queryable.query<{ id: string; agency_id: string }>(
    `SELECT DISTINCT ON (a.questionnaire) a.id, s.agency_id FROM assessments a JOIN ai_systems s ON s.id = a.system_id
     WHERE a.system_id = $1 AND a.status = 'signed-off' ORDER BY a.questionnaire, a.updated_at DESC`,
    [systemId],
  );
  const found: StoredAssessment[] = [];
  for (const row of rows) {
    const assessment = await findAssessment(queryable, row.agency_id, row.id);
    if (assessment) found.push(assessment);
  }
  return found;
}
