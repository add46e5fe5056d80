import type { Context, Hono } from "hono";
import { z } from "zod";
import {
  type AnswerError,
  type AnswerValue,
  effectiveAssessments,
  exportAiaAnswers,
  findAssessment,
  importAiaAnswers,
  isQuestionVisible,
  type Question,
  type QuestionnaireKind,
  questionnaireFor,
  type StoredAssessment,
  saveAssessmentDraft,
  scoreAia,
  startAssessment,
  submitStoredAssessment,
  validateAnswers,
} from "../../domains/assessment/index.ts";
import {
  checkEvidenceDocument,
  controlSetVersions,
  currentControlSet,
  defaultMappingTable,
  type EvidenceProblem,
  findEvidenceDocument,
  MAX_EVIDENCE_BYTES,
  meetObligation,
  obligationsOf,
  signOffAndApply,
  signOffRequirement,
} from "../../domains/controls/index.ts";
import { authorize, type User } from "../../domains/identity/index.ts";
import { nextLifecycleStates } from "../../domains/inventory/ai-systems.ts";
import {
  type AiSystem,
  changeLifecycle,
  findAiSystem,
  LIFECYCLE,
  type Lifecycle,
  linkServiceToSystem,
  listAiSystems,
  newAiSystemSchema,
  registerAiSystem,
} from "../../domains/inventory/index.ts";
import { sha256Hex } from "../../domains/ledger/index.ts";
import { listServices } from "../../domains/workflow/index.ts";
import { AppError } from "../../errors.ts";
import type { Translator } from "../../i18n/index.ts";
import type { AppEnv } from "../app-env.ts";
import type { FormError } from "../components/form-errors.tsx";
import { agencyResource, requireFormCsrf, requirePermission } from "../middleware/authenticate.ts";
import { pageContext } from "../page-context.ts";
import { AssessmentFormPage, AssessmentReviewPage } from "../pages/governance/assessment-form-page.tsx";
import { AssessmentResultPage } from "../pages/governance/assessment-result-page.tsx";
import { ControlsPage, type EarlierEvidence } from "../pages/governance/controls-page.tsx";
import { type LinkedError, localized } from "../pages/governance/shared.tsx";
import { type AssessmentSummary, SystemPage } from "../pages/governance/system-page.tsx";
import { type RegisterValues, type SystemRow, SystemsPage } from "../pages/governance/systems-page.tsx";
import { assessmentPdf } from "../pdf/assessment-pdf.ts";
import { formBody } from "../validation.ts";

const csrfForm = z.object({ _csrf: z.string().optional() });
const anyForm = z.record(z.string(), z.unknown());
/** The longest text answer a page accepts (the official tool sets none; this keeps rows reasonable). */
export const MAX_TEXT_ANSWER = 10_000;
/** The largest saved file of the official AIA tool accepted for import (real ones are a few kilobytes). */
export const MAX_AIA_IMPORT_BYTES = 1024 * 1024;
/** Room for the other fields and the multipart framing around an uploaded file. */
const MULTIPART_SLACK_BYTES = 256 * 1024;

/** Whether the request announces a body larger than `max` (then it is refused without being read). */
function bodyTooLarge(context: Context<AppEnv>, max: number): boolean {
  const length = Number(context.req.header("content-length") ?? "0");
  return Number.isFinite(length) && length > max + MULTIPART_SLACK_BYTES;
}

/** The file a multipart form sent in `name`, or undefined when the file input was left empty. */
function uploadedFile(form: Record<string, unknown>, name: string): File | undefined {
  const raw = form[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!(value instanceof File)) return undefined;
  if (value.name === "" && value.size === 0) return undefined;
  return value;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");
}

function redirectToSignIn(context: Context<AppEnv>) {
  const url = new URL(context.req.url);
  return context.redirect(`/sign-in?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`, 303);
}

function can(user: User, action: Parameters<typeof authorize>[1]): boolean {
  return authorize(user, action, agencyResource(user)).allowed;
}

function field(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return "";
}

function isUuid(value: string): boolean {
  return z.uuid().safeParse(value).success;
}

async function loadSystem(context: Context<AppEnv>, user: User): Promise<AiSystem> {
  const id = context.req.param("id") ?? "";
  const system = isUuid(id)
    ? await findAiSystem(context.get("runtime").database, user.agencyId, id)
    : undefined;
  if (!system) throw new AppError("not_found", "no such AI system in your organisation");
  return system;
}

async function loadAssessment(
  context: Context<AppEnv>,
  user: User,
): Promise<{ assessment: StoredAssessment; system: AiSystem }> {
  const id = context.req.param("id") ?? "";
  const database = context.get("runtime").database;
  const assessment = isUuid(id) ? await findAssessment(database, user.agencyId, id) : undefined;
  const system = assessment ? await findAiSystem(database, user.agencyId, assessment.systemId) : undefined;
  if (!assessment || !system) throw new AppError("not_found", "no such assessment in your organisation");
  return { assessment, system };
}

async function userNames(context: Context<AppEnv>, agencyId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await context
    .get("runtime")
    .database.query<{ id: string; display_name: string }>(
      "SELECT id, display_name FROM users WHERE agency_id = $1 AND id = ANY($2::uuid[])",
      [agencyId, ids],
    );
  return ids.map((id) => rows.find((row) => row.id === id)?.display_name ?? id);
}

async function agencyName(context: Context<AppEnv>, agencyId: string): Promise<string> {
  const [row] = await context
    .get("runtime")
    .database.query<{ name: string }>("SELECT name FROM agencies WHERE id = $1", [agencyId]);
  return row?.name ?? "";
}

async function assessmentsOf(context: Context<AppEnv>, user: User, systemId: string) {
  const database = context.get("runtime").database;
  const rows = await database.query<{ id: string; created_at: Date }>(
    "SELECT id, created_at FROM assessments WHERE system_id = $1 ORDER BY created_at DESC, id",
    [systemId],
  );
  const found: AssessmentSummary[] = [];
  for (const row of rows) {
    const assessment = await findAssessment(database, user.agencyId, row.id);
    if (assessment) {
      found.push({
        assessment,
        createdAt: new Date(row.created_at),
        signerNames: await userNames(context, user.agencyId, assessment.signers),
      });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// The questionnaire, page by page.

export interface VisiblePage {
  /** Position in the questionnaire's own page list (what the official saved file calls currentPage). */
  index: number;
  id: string;
  title: { en: string; fr: string };
  questions: Question[];
}

/** The pages the form shows for these answers: those with at least one visible question, in order. */
export function visiblePages(kind: QuestionnaireKind, version: string, answers: Record<string, unknown>) {
  const questionnaire = questionnaireFor(kind, version);
  const shown = new Set(
    questionnaire.questions
      .filter((question) => isQuestionVisible(question, answers as Record<string, AnswerValue>))
      .map((question) => question.id),
  );
  const pages: VisiblePage[] = [];
  questionnaire.pages.forEach((page, index) => {
    const questions = page.questionIds
      .filter((id) => shown.has(id))
      .map((id) => questionnaire.questionById.get(id) as Question);
    if (questions.length > 0) pages.push({ index, id: page.id, title: page.title, questions });
  });
  return { questionnaire, pages };
}

/** The values a page's form sends, per question; empty answers become null (the draft then drops them). */
function submittedAnswers(questions: Question[], form: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    const raw = form[question.id];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (value): value is string => typeof value === "string",
    );
    if (question.type === "checkbox") {
      answers[question.id] = values.length > 0 ? values : null;
    } else {
      const value = values[0] ?? "";
      answers[question.id] = value.trim() === "" ? null : value;
    }
  }
  return answers;
}

function withoutEmpty(answers: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    kept[key] = value;
  }
  return kept;
}

function questionTitle(i18n: Translator, question: Question | undefined, id: string): string {
  return question ? localized(question.title, i18n.locale).text : id;
}

function answerErrorMessage(i18n: Translator, question: Question | undefined, error: AnswerError): string {
  const title = questionTitle(i18n, question, error.questionId);
  switch (error.code) {
    case "required":
      return i18n.t("gov.form.errorRequired", { question: title });
    case "duplicate_choice":
      return i18n.t("gov.form.errorDuplicate", { question: title });
    default:
      return i18n.t("gov.form.errorNotAnOption", { question: title });
  }
}

function pageNumber(context: Context<AppEnv>, count: number): number {
  const raw = context.req.query("page");
  const number = raw === undefined ? 1 : Number(raw);
  if (!Number.isInteger(number) || number < 1 || number > Math.max(count, 1))
    throw new AppError("not_found", "no such page in this questionnaire");
  return number;
}

function hiddenWarnings(assessment: StoredAssessment) {
  if (assessment.questionnaire !== "aia") return [];
  const questionnaire = questionnaireFor("aia", assessment.questionnaireVersion);
  return scoreAia(questionnaire, assessment.answers as Record<string, AnswerValue>).warnings;
}

function requireDraft(assessment: StoredAssessment): void {
  if (assessment.status !== "draft")
    throw new AppError("conflict", "this assessment was submitted already and cannot change");
}

// ---------------------------------------------------------------------------------------------------------

export function registerGovernanceRoutes(app: Hono<AppEnv>): void {
  // ----- The inventory of AI systems -----
  async function renderSystems(
    context: Context<AppEnv>,
    user: User,
    extra: { errors?: FormError[]; values?: RegisterValues; status?: 200 | 400 | 409 } = {},
  ) {
    const runtime = context.get("runtime");
    const systems = await listAiSystems(runtime.database, user.agencyId);
    const services = await listServices(runtime.database, user.agencyId);
    const rows: SystemRow[] = [];
    for (const system of systems) {
      const effective = await effectiveAssessments(runtime.database, system.id);
      const aia = effective.find((assessment) => assessment.result?.kind === "aia");
      const eu = effective.find((assessment) => assessment.result?.kind === "eu-ai-act");
      rows.push({
        system,
        level: aia?.result?.kind === "aia" ? aia.result.level : null,
        euCategory: eu?.result?.kind === "eu-ai-act" ? eu.result.category : null,
        services: system.serviceIds.map((id) => services.find((service) => service.id === id)?.name ?? id),
      });
    }
    context.status(extra.status ?? 200);
    return context.html(
      <SystemsPage
        page={pageContext(context)}
        agencyName={await agencyName(context, user.agencyId)}
        systems={rows}
        canManage={can(user, "manage-ai-systems")}
        errors={extra.errors ?? []}
        values={extra.values ?? {}}
      />,
    );
  }

  app.get("/governance/systems", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "view-assessments");
    return renderSystems(context, user);
  });

  app.post("/governance/systems", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "manage-ai-systems");
    const form = await formBody(context, anyForm);
    await requireFormCsrf(context, form._csrf);
    const { t } = context.get("i18n");
    const values: RegisterValues = {
      name: field(form, "name"),
      purpose: field(form, "purpose"),
      accountableOfficial: field(form, "accountableOfficial"),
      affectedPeople: field(form, "affectedPeople"),
      models: field(form, "models"),
      dataSources: field(form, "dataSources"),
    };
    const lines = (text: string | undefined) =>
      (text ?? "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== "");
    const input = {
      name: values.name,
      purpose: values.purpose,
      accountableOfficial: values.accountableOfficial,
      affectedPeople: values.affectedPeople,
      models: lines(values.models),
      dataSources: lines(values.dataSources),
    };
    const parsed = newAiSystemSchema.safeParse(input);
    if (!parsed.success) {
      const errors: FormError[] = [];
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0] ?? "name");
        if (errors.some((error) => error.field === name)) continue;
        errors.push({ field: name, message: t(`gov.register.error.${name}`) });
      }
      return renderSystems(context, user, { errors, values, status: 400 });
    }
    try {
      const system = await registerAiSystem(
        context.get("runtime"),
        user.agencyId,
        `user:${user.id}`,
        parsed.data,
      );
      return context.redirect(`/governance/systems/${system.id}?notice=registered`, 303);
    } catch (error) {
      if (error instanceof AppError && error.code === "conflict") {
        return renderSystems(context, user, {
          errors: [{ field: "name", message: t("gov.register.error.nameTaken", { name: parsed.data.name }) }],
          values,
          status: 409,
        });
      }
      throw error;
    }
  });

  async function renderSystem(
    context: Context<AppEnv>,
    user: User,
    system: AiSystem,
    extra: { errors?: FormError[]; status?: 200 | 400 | 409 } = {},
  ) {
    const runtime = context.get("runtime");
    const services = await listServices(runtime.database, user.agencyId);
    const controlSet = await currentControlSet(runtime.database, system.id);
    const obligations = controlSet ? await obligationsOf(runtime.database, controlSet) : [];
    const notice = context.req.query("notice");
    context.status(extra.status ?? 200);
    return context.html(
      <SystemPage
        page={pageContext(context)}
        system={system}
        agencyName={await agencyName(context, user.agencyId)}
        services={services}
        nextStates={nextLifecycleStates(system.lifecycle)}
        assessments={await assessmentsOf(context, user, system.id)}
        controlSet={controlSet}
        openObligations={obligations.filter((obligation) => obligation.status === "open").length}
        canManage={can(user, "manage-ai-systems")}
        canEdit={can(user, "edit-assessment")}
        errors={extra.errors ?? []}
        notice={notice && /^[a-z-]+$/.test(notice) ? notice : undefined}
      />,
    );
  }

  app.get("/governance/systems/:id", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "view-assessments");
    return renderSystem(context, user, await loadSystem(context, user));
  });

  app.post("/governance/systems/:id/services", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "manage-ai-systems");
    const form = await formBody(context, anyForm);
    await requireFormCsrf(context, form._csrf);
    const system = await loadSystem(context, user);
    const serviceId = field(form, "serviceId");
    const { t } = context.get("i18n");
    const invalid = [{ field: "serviceId", message: t("gov.system.errorService") }];
    if (!isUuid(serviceId)) return renderSystem(context, user, system, { errors: invalid, status: 400 });
    try {
      await linkServiceToSystem(context.get("runtime"), system, serviceId, `user:${user.id}`);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found")
        return renderSystem(context, user, system, { errors: invalid, status: 400 });
      throw error;
    }
    return context.redirect(`/governance/systems/${system.id}?notice=linked`, 303);
  });

  app.post("/governance/systems/:id/lifecycle", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "manage-ai-systems");
    const form = await formBody(context, anyForm);
    await requireFormCsrf(context, form._csrf);
    const system = await loadSystem(context, user);
    const i18n = context.get("i18n");
    const to = field(form, "to");
    if (!(LIFECYCLE as readonly string[]).includes(to)) {
      return renderSystem(context, user, system, {
        errors: [{ field: "lifecycle-to", message: i18n.t("gov.lifecycle.errorChoose") }],
        status: 400,
      });
    }
    const target = to as Lifecycle;
    const runtime = context.get("runtime");
    const hasEffectiveControls = (await effectiveAssessments(runtime.database, system.id)).length > 0;
    try {
      await changeLifecycle(runtime, system, target, `user:${user.id}`, hasEffectiveControls);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "conflict")) throw error;
      const allowed = nextLifecycleStates(system.lifecycle).includes(target);
      const values = {
        from: i18n.t(`gov.lifecycle.${system.lifecycle}`),
        to: i18n.t(`gov.lifecycle.${target}`),
      };
      return renderSystem(context, user, system, {
        errors: [
          {
            field: "lifecycle-to",
            message: allowed
              ? i18n.t("gov.lifecycle.errorNeedsAssessment", values)
              : i18n.t("gov.lifecycle.errorNotAllowed", values),
          },
        ],
        status: 409,
      });
    }
    return context.redirect(`/governance/systems/${system.id}?notice=lifecycle`, 303);
  });

  app.post("/governance/systems/:id/assessments", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "edit-assessment");
    const form = await formBody(context, anyForm);
    await requireFormCsrf(context, form._csrf);
    const system = await loadSystem(context, user);
    const kind = field(form, "kind");
    if (kind !== "aia" && kind !== "eu-ai-act")
      throw new AppError("invalid_request", "unknown questionnaire");
    const assessment = await startAssessment(context.get("runtime"), user.agencyId, system.id, kind, user.id);
    return context.redirect(`/governance/assessments/${assessment.id}?page=1`, 303);
  });

  // ----- The questionnaire form -----
  async function renderForm(
    context: Context<AppEnv>,
    assessment: StoredAssessment,
    system: AiSystem,
    number: number,
    extra: { values?: Record<string, unknown>; errors?: FormError[]; status?: 200 | 400 } = {},
  ) {
    const { pages } = visiblePages(
      assessment.questionnaire,
      assessment.questionnaireVersion,
      assessment.answers,
    );
    const page = pages[number - 1];
    if (!page) throw new AppError("not_found", "no such page in this questionnaire");
    context.status(extra.status ?? 200);
    return context.html(
      <AssessmentFormPage
        page={pageContext(context)}
        assessment={assessment}
        system={system}
        formPage={page}
        number={number}
        total={pages.length}
        values={{ ...assessment.answers, ...(extra.values ?? {}) }}
        errors={extra.errors ?? []}
        hiddenAnswersCounted={
          hiddenWarnings(assessment).filter((w) => w.code === "hidden_answer_counted").length
        }
        notice={context.req.query("notice") === "more" ? "more" : undefined}
      />,
    );
  }

  app.get("/governance/assessments/:id", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "edit-assessment");
    const { assessment, system } = await loadAssessment(context, user);
    if (assessment.status !== "draft")
      return context.redirect(`/governance/assessments/${assessment.id}/result`, 303);
    const { pages } = visiblePages(
      assessment.questionnaire,
      assessment.questionnaireVersion,
      assessment.answers,
    );
    if (context.req.query("page") === undefined) {
      // Resume where the officer stopped.
      const position = pages.findIndex((page) => page.index === assessment.currentPage);
      return context.redirect(
        `/governance/assessments/${assessment.id}?page=${Math.max(position, 0) + 1}`,
        303,
      );
    }
    return renderForm(context, assessment, system, pageNumber(context, pages.length));
  });

  app.post("/governance/assessments/:id", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "edit-assessment");
    const form = await formBody(context, anyForm);
    await requireFormCsrf(context, form._csrf);
    const { assessment, system } = await loadAssessment(context, user);
    requireDraft(assessment);
    const i18n = context.get("i18n");
    const { questionnaire, pages } = visiblePages(
      assessment.questionnaire,
      assessment.questionnaireVersion,
      assessment.answers,
    );
    const number = pageNumber(context, pages.length);
    const page = pages[number - 1] as VisiblePage;
    const submitted = submittedAnswers(page.questions, form);

    const errors: FormError[] = [];
    const checked = validateAnswers(questionnaire, withoutEmpty(submitted), "draft");
    if (!checked.ok) {
      for (const error of checked.errors) {
        const question = questionnaire.questionById.get(error.questionId);
        errors.push({ field: `q-${error.questionId}`, message: answerErrorMessage(i18n, question, error) });
      }
    }
    for (const question of page.questions) {
      const value = submitted[question.id];
      if (typeof value === "string" && value.length > MAX_TEXT_ANSWER) {
        errors.push({
          field: `q-${question.id}`,
          message: i18n.t("gov.form.errorTooLong", {
            question: questionTitle(i18n, question, question.id),
            max: MAX_TEXT_ANSWER,
          }),
        });
      }
    }
    if (errors.length > 0)
      return renderForm(context, assessment, system, number, { values: submitted, errors, status: 400 });

    const action = field(form, "action");
    const merged = withoutEmpty({ ...assessment.answers, ...submitted });
    const after = visiblePages(assessment.questionnaire, assessment.questionnaireVersion, merged).pages;
    const here = after.findIndex((candidate) => candidate.id === page.id);
    const shownIds = new Set(page.questions.map((question) => question.id));
    const appeared =
      here >= 0 && (after[here]?.questions ?? []).some((question) => !shownIds.has(question.id));
    let location: string;
    let resumeAt: number;
    if (action === "later") {
      resumeAt = page.index;
      location = `/governance/systems/${system.id}?notice=saved`;
    } else if (appeared && action !== "back") {
      // An answer on this page revealed a follow-up question on the same page: show it before moving on.
      resumeAt = page.index;
      location = `/governance/assessments/${assessment.id}?page=${here + 1}&notice=more`;
    } else if (action === "back") {
      const previous = here > 0 ? after[here - 1] : undefined;
      resumeAt = previous?.index ?? page.index;
      location = previous
        ? `/governance/assessments/${assessment.id}?page=${here}`
        : `/governance/systems/${system.id}?notice=saved`;
    } else {
      const next = here >= 0 ? after[here + 1] : after[number];
      resumeAt = next?.index ?? page.index;
      location = next
        ? `/governance/assessments/${assessment.id}?page=${after.indexOf(next) + 1}`
        : `/governance/assessments/${assessment.id}/review`;
    }
    try {
      await saveAssessmentDraft(context.get("runtime"), assessment, submitted, resumeAt);
    } catch (error) {
      if (error instanceof AppError && error.code === "invalid_request" && error.fields) {
        const stored = Object.keys(error.fields).map((id) => ({
          field: `q-${id}`,
          message: i18n.t("gov.form.errorNotAnOption", {
            question: questionTitle(i18n, questionnaire.questionById.get(id), id),
          }),
        }));
        return renderForm(context, assessment, system, number, {
          values: submitted,
          errors: stored,
          status: 400,
        });
      }
      throw error;
    }
    return context.redirect(location, 303);
  });

  async function renderReview(
    context: Context<AppEnv>,
    assessment: StoredAssessment,
    system: AiSystem,
    extra: { errors?: LinkedError[]; importErrors?: FormError[]; status?: 200 | 400 } = {},
  ) {
    const { pages } = visiblePages(
      assessment.questionnaire,
      assessment.questionnaireVersion,
      assessment.answers,
    );
    context.status(extra.status ?? 200);
    return context.html(
      <AssessmentReviewPage
        page={pageContext(context)}
        assessment={assessment}
        system={system}
        pages={pages}
        warnings={hiddenWarnings(assessment)}
        errors={extra.errors ?? []}
        importErrors={extra.importErrors ?? []}
        notice={context.req.query("notice") === "imported" ? "imported" : undefined}
      />,
    );
  }

  app.get("/governance/assessments/:id/review", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "edit-assessment");
    const { assessment, system } = await loadAssessment(context, user);
    if (assessment.status !== "draft")
      return context.redirect(`/governance/assessments/${assessment.id}/result`, 303);
    return renderReview(context, assessment, system);
  });

  // Answers saved by the official AIA tool ("AIA Results.json", or its bare data object) replace the draft's.
  app.post("/governance/assessments/:id/import", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "edit-assessment");
    const { assessment, system } = await loadAssessment(context, user);
    const i18n = context.get("i18n");
    const refuse = (message: string) =>
      renderReview(context, assessment, system, {
        importErrors: [{ field: "import-file", message }],
        status: 400,
      });
    requireDraft(assessment);
    if (assessment.questionnaire !== "aia")
      throw new AppError("invalid_request", "only an AIA assessment can import the official tool's file");
    // Nothing changes on this path, so the oversized body need not be read (nor its CSRF token checked).
    if (bodyTooLarge(context, MAX_AIA_IMPORT_BYTES))
      return refuse(i18n.t("gov.import.errorTooLarge", { max: megabytes(MAX_AIA_IMPORT_BYTES) }));
    const form = await formBody(context, anyForm);
    await requireFormCsrf(context, form._csrf);
    const file = uploadedFile(form, "file");
    if (!file) return refuse(i18n.t("gov.import.errorChoose"));
    if (file.size > MAX_AIA_IMPORT_BYTES)
      return refuse(i18n.t("gov.import.errorTooLarge", { max: megabytes(MAX_AIA_IMPORT_BYTES) }));
    let content: unknown;
    try {
      content = JSON.parse(await file.text());
    } catch {
      return refuse(i18n.t("gov.import.errorNotJson"));
    }
    const imported = importAiaAnswers(content);
    if (!imported.ok) {
      const first = imported.errors[0];
      return refuse(i18n.t("gov.import.errorFormat", { detail: `${first?.path}: ${first?.message}` }));
    }
    const questionnaire = questionnaireFor("aia", assessment.questionnaireVersion);
    const page = imported.value.currentPage ?? 0;
    const currentPage = page < questionnaire.pages.length ? page : 0;
    try {
      await saveAssessmentDraft(context.get("runtime"), assessment, imported.value.data, currentPage, true);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "invalid_request" && error.fields)) throw error;
      const errors: FormError[] = Object.keys(error.fields).map((id) => {
        const question = questionnaire.questionById.get(id);
        return {
          field: "import-file",
          message: question
            ? i18n.t("gov.import.errorAnswer", { question: questionTitle(i18n, question, id) })
            : i18n.t("gov.import.errorUnknownQuestion", { question: id }),
        };
      });
      return renderReview(context, assessment, system, { importErrors: errors, status: 400 });
    }
    return context.redirect(`/governance/assessments/${assessment.id}/review?notice=imported`, 303);
  });

  app.post("/governance/assessments/:id/submit", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "edit-assessment");
    const form = await formBody(context, csrfForm);
    await requireFormCsrf(context, form._csrf);
    const { assessment, system } = await loadAssessment(context, user);
    requireDraft(assessment);
    const i18n = context.get("i18n");
    try {
      await submitStoredAssessment(context.get("runtime"), user.agencyId, assessment, user.id);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "invalid_request")) throw error;
      const { questionnaire, pages } = visiblePages(
        assessment.questionnaire,
        assessment.questionnaireVersion,
        assessment.answers,
      );
      const checked = validateAnswers(questionnaire, assessment.answers, "submitted");
      const problems = checked.ok ? [] : checked.errors;
      const errors: LinkedError[] = problems.map((problem) => {
        const position = pages.findIndex((page) => page.questions.some((q) => q.id === problem.questionId));
        const question = questionnaire.questionById.get(problem.questionId);
        return {
          href:
            position >= 0
              ? `/governance/assessments/${assessment.id}?page=${position + 1}#q-${problem.questionId}`
              : `/governance/assessments/${assessment.id}/review`,
          message: answerErrorMessage(i18n, question, problem),
        };
      });
      return renderReview(context, assessment, system, { errors, status: 400 });
    }
    return context.redirect(`/governance/assessments/${assessment.id}/result`, 303);
  });

  // ----- Result, sign-off, exports -----
  async function renderResult(
    context: Context<AppEnv>,
    user: User,
    assessment: StoredAssessment,
    system: AiSystem,
    extra: { errors?: FormError[]; status?: 200 | 409 } = {},
  ) {
    const questionnaire = questionnaireFor(assessment.questionnaire, assessment.questionnaireVersion);
    const score =
      assessment.questionnaire === "aia"
        ? scoreAia(questionnaire, assessment.answers as Record<string, AnswerValue>)
        : undefined;
    const { pages } = visiblePages(
      assessment.questionnaire,
      assessment.questionnaireVersion,
      assessment.answers,
    );
    const result = assessment.result;
    const requirement =
      result?.kind === "aia"
        ? signOffRequirement(result.level)
        : signOffRequirement(1, result?.kind === "eu-ai-act" ? result.category : undefined);
    const notice = context.req.query("notice");
    context.status(extra.status ?? 200);
    return context.html(
      <AssessmentResultPage
        page={pageContext(context)}
        assessment={assessment}
        system={system}
        score={score}
        pageNumbers={Object.fromEntries(pages.map((page, position) => [page.id, position + 1]))}
        requiredSigners={requirement.signers}
        signerNames={await userNames(context, user.agencyId, assessment.signers)}
        canSign={can(user, "sign-off-assessment") && !assessment.signers.includes(user.id)}
        hasSigned={assessment.signers.includes(user.id)}
        canEdit={can(user, "edit-assessment")}
        errors={extra.errors ?? []}
        notice={notice === "signed" ? "signed" : undefined}
      />,
    );
  }

  app.get("/governance/assessments/:id/result", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "view-assessments");
    const { assessment, system } = await loadAssessment(context, user);
    return renderResult(context, user, assessment, system);
  });

  app.post("/governance/assessments/:id/sign-off", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "sign-off-assessment");
    const form = await formBody(context, csrfForm);
    await requireFormCsrf(context, form._csrf);
    const { assessment, system } = await loadAssessment(context, user);
    const i18n = context.get("i18n");
    const refuse = (key: string) =>
      renderResult(context, user, assessment, system, {
        errors: [{ field: "sign-off", message: i18n.t(key) }],
        status: 409,
      });
    if (assessment.status === "draft") return refuse("gov.signOff.errorDraft");
    if (assessment.status === "signed-off") return refuse("gov.signOff.errorInEffect");
    if (assessment.signers.includes(user.id)) return refuse("gov.signOff.errorAlreadySigned");
    await signOffAndApply(context.get("runtime"), user, assessment.id);
    return context.redirect(`/governance/assessments/${assessment.id}/result?notice=signed`, 303);
  });

  async function exportData(context: Context<AppEnv>, user: User) {
    const { assessment, system } = await loadAssessment(context, user);
    const questionnaire = questionnaireFor(assessment.questionnaire, assessment.questionnaireVersion);
    const answers = assessment.answers as Record<string, AnswerValue>;
    const score = assessment.questionnaire === "aia" ? scoreAia(questionnaire, answers) : undefined;
    const controlSet = await currentControlSet(context.get("runtime").database, system.id);
    const obligations = controlSet ? await obligationsOf(context.get("runtime").database, controlSet) : [];
    return {
      assessment,
      system,
      score,
      controlSet,
      obligations,
      signerNames: await userNames(context, user.agencyId, assessment.signers),
      agencyName: await agencyName(context, user.agencyId),
    };
  }

  app.get("/governance/assessments/:id/export.json", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "view-assessments");
    const data = await exportData(context, user);
    const { assessment, system, score, controlSet } = data;
    const saved = exportAiaAnswers(assessment.answers as Record<string, AnswerValue>, {
      version: assessment.questionnaireVersion,
      currentPage: assessment.currentPage,
    });
    const body = {
      ...saved,
      steward: {
        assessmentId: assessment.id,
        questionnaire: assessment.questionnaire,
        questionnaireVersion: assessment.questionnaireVersion,
        status: assessment.status,
        system: { id: system.id, name: system.name, lifecycle: system.lifecycle, agency: data.agencyName },
        signers: assessment.signers.map((id, index) => ({ userId: id, name: data.signerNames[index] })),
        result: assessment.result,
        score: score
          ? {
              level: score.level,
              rawImpactScore: score.rawImpactScore,
              mitigationScore: score.mitigationScore,
              currentScore: score.currentScore,
              maxRawImpactScore: score.maxRawImpactScore,
              maxMitigationScore: score.maxMitigationScore,
              mitigationThreshold: score.mitigationThreshold,
              mitigationReductionApplied: score.mitigationReductionApplied,
              levelThresholds: score.levelThresholds,
              contributions: score.contributions.map((contribution) => ({
                questionId: contribution.questionId,
                area: contribution.area,
                points: contribution.points,
                maxPoints: contribution.maxPoints,
                answer: contribution.answer,
                pageId: contribution.pageId,
                visible: contribution.visible,
              })),
              warnings: score.warnings,
            }
          : null,
        controlSet: controlSet
          ? {
              id: controlSet.id,
              version: controlSet.version,
              contentHash: controlSet.controlSet.contentHash,
              mappingTableVersion: controlSet.controlSet.mappingTableVersion,
            }
          : null,
        obligations: data.obligations,
        exportedAt: context.get("runtime").now().toISOString(),
      },
    };
    context.header("content-disposition", `attachment; filename="assessment-${assessment.id}.json"`);
    context.header("cache-control", "no-store");
    return context.json(body);
  });

  app.get("/governance/assessments/:id/export.pdf", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "view-assessments");
    const data = await exportData(context, user);
    const i18n = context.get("i18n");
    const pdf = await assessmentPdf({
      ...data,
      locale: i18n.locale === "fr" ? "fr" : "en",
      generatedAt: context.get("runtime").now(),
      mappingTable: defaultMappingTable(),
    });
    return context.body(new Uint8Array(pdf), 200, {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="assessment-${data.assessment.id}.pdf"`,
      "cache-control": "no-store",
    });
  });

  // ----- The control set and its obligations -----
  async function renderControls(
    context: Context<AppEnv>,
    user: User,
    system: AiSystem,
    extra: { errors?: FormError[]; values?: Record<string, string>; status?: 200 | 400 } = {},
  ) {
    const database = context.get("runtime").database;
    const [controlSet, ...earlierVersions] = await controlSetVersions(database, system.id);
    const earlierEvidence: EarlierEvidence[] = [];
    for (const earlier of earlierVersions) {
      const withDocument = (await obligationsOf(database, earlier)).filter(
        (obligation) => obligation.document,
      );
      if (withDocument.length > 0) earlierEvidence.push({ controlSet: earlier, obligations: withDocument });
    }
    context.status(extra.status ?? 200);
    return context.html(
      <ControlsPage
        page={pageContext(context)}
        system={system}
        controlSet={controlSet}
        obligations={controlSet ? await obligationsOf(database, controlSet) : []}
        earlierEvidence={earlierEvidence}
        mappingTable={defaultMappingTable()}
        canManage={can(user, "manage-ai-systems")}
        canDownload={can(user, "view-assessments")}
        errors={extra.errors ?? []}
        values={extra.values ?? {}}
        notice={context.req.query("notice") === "met" ? "met" : undefined}
      />,
    );
  }

  app.get("/governance/systems/:id/controls", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "view-assessments");
    return renderControls(context, user, await loadSystem(context, user));
  });

  function evidenceProblemMessage(i18n: Translator, problem: EvidenceProblem): string {
    switch (problem.code) {
      case "missing":
        return i18n.t("gov.controls.errorEvidence");
      case "empty":
        return i18n.t("gov.controls.errorEmptyFile");
      case "too_large":
        return i18n.t("gov.controls.errorFileTooLarge", {
          size: megabytes(problem.size),
          max: megabytes(problem.max),
        });
      case "unsupported_type":
        return i18n.t("gov.controls.errorFileType", { extension: problem.extension || "—" });
      case "content_mismatch":
        return i18n.t("gov.controls.errorFileContent", {
          type: i18n.t(`gov.controls.mediaType.${problem.expected}`),
        });
    }
  }

  app.post("/governance/systems/:id/obligations/:obligation", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "manage-ai-systems");
    const system = await loadSystem(context, user);
    const runtime = context.get("runtime");
    const controlSet = await currentControlSet(runtime.database, system.id);
    if (!controlSet) throw new AppError("not_found", "this system has no control set yet");
    const obligation = context.req.param("obligation");
    const position = controlSet.controlSet.obligations.findIndex((candidate) => candidate.id === obligation);
    if (position < 0) throw new AppError("not_found", "no such obligation in this control set");
    const i18n = context.get("i18n");
    const documentField = `document-${position}`;
    const attestationField = `attestation-${position}`;
    // Nothing changes on this path, so the oversized body need not be read (nor its CSRF token checked).
    if (bodyTooLarge(context, MAX_EVIDENCE_BYTES)) {
      return renderControls(context, user, system, {
        errors: [
          {
            field: documentField,
            message: i18n.t("gov.controls.errorFileTooLarge", {
              size: megabytes(Number(context.req.header("content-length"))),
              max: megabytes(MAX_EVIDENCE_BYTES),
            }),
          },
        ],
        status: 400,
      });
    }
    const form = await formBody(context, anyForm);
    await requireFormCsrf(context, form._csrf);
    const attestation = field(form, "attestation").trim();
    const note = field(form, "note").trim();
    const file = uploadedFile(form, "document");
    const errors: FormError[] = [];
    const values = { [attestationField]: attestation, [`note-${position}`]: note };
    const refuse = () => renderControls(context, user, system, { errors, values, status: 400 });
    if (note.length > 2000)
      errors.push({ field: `note-${position}`, message: i18n.t("gov.controls.errorTooLong") });
    if (file && attestation !== "") {
      errors.push({ field: attestationField, message: i18n.t("gov.controls.errorBoth") });
      return refuse();
    }
    if (file) {
      const checked = checkEvidenceDocument({
        filename: file.name,
        content: new Uint8Array(await file.arrayBuffer()),
      });
      if (!checked.ok)
        errors.push({ field: documentField, message: evidenceProblemMessage(i18n, checked.problem) });
      if (errors.length > 0 || !checked.ok) return refuse();
      await meetObligation(
        runtime,
        user.agencyId,
        controlSet,
        obligation,
        { kind: "document", document: checked.value, ...(note ? { note } : {}) },
        user.id,
      );
      return context.redirect(`/governance/systems/${system.id}/controls?notice=met`, 303);
    }
    if (attestation.length < 10)
      errors.push({ field: attestationField, message: i18n.t("gov.controls.errorAttestation") });
    if (attestation.length > MAX_TEXT_ANSWER)
      errors.push({ field: attestationField, message: i18n.t("gov.controls.errorTooLong") });
    if (errors.length > 0) return refuse();
    await meetObligation(
      runtime,
      user.agencyId,
      controlSet,
      obligation,
      { kind: "attestation", digest: sha256Hex(attestation), ...(note ? { note } : {}) },
      user.id,
    );
    return context.redirect(`/governance/systems/${system.id}/controls?notice=met`, 303);
  });

  // The document that met an obligation of the current or an earlier control-set version, for governance
  // officers and auditors of the system's agency.
  async function evidenceDownload(context: Context<AppEnv>, version: number | "current") {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "view-assessments");
    const system = await loadSystem(context, user);
    const database = context.get("runtime").database;
    const controlSetVersion =
      version === "current" ? (await currentControlSet(database, system.id))?.version : version;
    const document =
      controlSetVersion === undefined
        ? undefined
        : await findEvidenceDocument(
            database,
            user.agencyId,
            system.id,
            controlSetVersion,
            context.req.param("obligation") ?? "",
          );
    if (!document) throw new AppError("not_found", "no document was uploaded for this obligation");
    const ascii = document.filename.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
    return context.body(document.content, 200, {
      "content-type": document.mediaType === "text/plain" ? "text/plain; charset=utf-8" : document.mediaType,
      "content-length": String(document.size),
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    });
  }

  app.get("/governance/systems/:id/obligations/:obligation/evidence", (context) =>
    evidenceDownload(context, "current"),
  );

  // Evidence stays with the control-set version it met: a new version starts with its obligations open.
  app.get(
    "/governance/systems/:id/control-sets/:version{[1-9][0-9]{0,8}}/obligations/:obligation/evidence",
    (context) => evidenceDownload(context, Number(context.req.param("version"))),
  );
}
