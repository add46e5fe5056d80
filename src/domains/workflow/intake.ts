import { randomBytes, randomUUID } from "node:crypto";
import { AppError } from "../../errors.ts";
import { currentControlSet } from "../controls/index.ts";
import { hashSecret } from "../identity/index.ts";
import { detectLanguage } from "../language/index.ts";
import {
  createPiiStageGuard,
  digestForLedger,
  emptyPlaceholderMap,
  encryptPlaceholderMap,
} from "../pii/index.ts";
import type { CaseContext } from "./case-context.ts";
import { type CaseControls, controlsFromControlSet, controlsFromWorkflow } from "./case-controls.ts";
import { caseReceived } from "./case-events.ts";
import { sealText } from "./seal-text.ts";
import { findIntakeTarget } from "./services.ts";
import { personalDataPolicy, type WorkflowDefinition } from "./workflow-definition.ts";

export interface SubmittedCase {
  caseId: string;
  reference: string;
  /** Shown to the citizen once; only its hash is stored. */
  secret: string;
  language: string;
  languageFallback: boolean;
  requestedLanguage: string | undefined;
}

// Crockford-style alphabet: no I, L, O, U, so references read aloud and typed by hand survive.
const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newReference(): string {
  const bytes = randomBytes(10);
  let reference = "";
  for (let index = 0; index < 10; index++) reference += REFERENCE_ALPHABET[bytes[index]! % 32];
  return `${reference.slice(0, 5)}-${reference.slice(5)}`;
}

/**
 * A citizen's question becomes a case. Personal data is replaced by placeholders before anything is
 * stored in searchable or logged form; the original and the placeholder map are kept encrypted with the
 * agency's key. The case pins the live workflow version and the controls in force.
 */
export async function submitCase(
  context: CaseContext,
  input: { serviceSlug: string; question: string; language?: string | undefined; channel: "web" | "api" },
  wake?: () => void,
): Promise<SubmittedCase> {
  const target = await findIntakeTarget(context.database, input.serviceSlug);
  if (!target) throw new AppError("not_found", `there is no service "${input.serviceSlug}"`);
  const { service, workflow } = target;
  if (!workflow)
    throw new AppError("unavailable", `the service "${input.serviceSlug}" is not taking questions right now`);
  const definition = workflow.definition;
  const question = input.question.normalize("NFC").trim();
  if (question.length === 0)
    throw new AppError("invalid_request", "the question is empty", { question: "is required" });
  if (question.length > definition.intake.maxQuestionLength) {
    throw new AppError("invalid_request", `the question is too long`, {
      question: `must be at most ${definition.intake.maxQuestionLength} characters (it has ${question.length})`,
    });
  }
  // An explicit, supported choice wins; otherwise detect; an unsupported one falls back, and we say so.
  const requested = input.language?.toLowerCase().split("-")[0];
  const detected = detectLanguage(question, definition.languages, {
    defaultLanguage: definition.defaultLanguage,
  });
  const language =
    requested && definition.languages.includes(requested as never) ? requested : detected.language;
  const languageFallback = requested !== undefined && requested !== language;

  const caseId = randomUUID();
  const guard = createPiiStageGuard(personalDataPolicy(definition));
  const protectedQuestion = guard.protect(question, emptyPlaceholderMap);
  if (!protectedQuestion.ok) throw new AppError("invalid_request", "the question is too long to process");
  const keyring = context.keyring(service.agencyId);
  const sealedMap = encryptPlaceholderMap(protectedQuestion.map, keyring, caseId);
  if (!sealedMap.ok) throw new Error(`cannot encrypt the placeholder map: ${sealedMap.error.message}`);
  const personalDataFound: Record<string, number> = {};
  for (const detection of protectedQuestion.detections) {
    personalDataFound[detection.type] = (personalDataFound[detection.type] ?? 0) + 1;
  }
  const controls = await controlsInForce(context, target.systemId, definition);
  const reference = newReference();
  const secret = randomBytes(16).toString("base64url");

  await context.database.transaction(async (transaction) => {
    await transaction.query(
      `INSERT INTO cases (id, agency_id, service_id, reference, secret_hash, state, channel, language, language_fallback,
         question_redacted, question_sealed, placeholder_map_sealed, workflow_version_id, controls, review_mode)
       VALUES ($1, $2, $3, $4, $5, 'received', $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        caseId,
        service.agencyId,
        service.id,
        reference,
        hashSecret(secret),
        input.channel,
        language,
        languageFallback,
        protectedQuestion.text,
        sealText(question, keyring, caseId),
        JSON.stringify(sealedMap.value),
        workflow.id,
        JSON.stringify(controls),
        controls.reviewMode,
      ],
    );
    await context.ledger.appendIn(transaction, service.agencyId, {
      type: caseReceived.type,
      actor: "citizen",
      subject: `case:${caseId}`,
      payload: {
        caseId,
        serviceId: service.id,
        workflowVersionId: workflow.id,
        workflowVersion: workflow.version,
        controls: { ...controls },
        language,
        languageFallback,
        questionDigest: digestForLedger(question, context.digestKey),
        personalDataFound,
        channel: input.channel,
      },
    });
  });
  wake?.();
  return { caseId, reference, secret, language, languageFallback, requestedLanguage: requested };
}

/**
 * The controls a new case runs under: the AI system's current control set when the service belongs to an
 * assessed system (refusing cases while none is signed off, or when the controls block operation), or the
 * workflow's own settings for a service not yet registered as an AI system.
 */
async function controlsInForce(
  context: CaseContext,
  systemId: string | undefined,
  definition: WorkflowDefinition,
): Promise<CaseControls> {
  if (!systemId) return controlsFromWorkflow(definition);
  const stored = await currentControlSet(context.database, systemId);
  if (!stored) throw new AppError("unavailable", "this service's AI system has no signed-off assessment yet");
  if (stored.controlSet.settings.operationBlocked.value) {
    throw new AppError("unavailable", "this service's AI system may not operate under its assessment");
  }
  return controlsFromControlSet(stored, definition);
}
