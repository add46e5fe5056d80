import type { Context, Hono } from "hono";
import { z } from "zod";
import {
  type CitizenCaseView,
  caseForCitizen,
  citizenView,
  findServiceBySlug,
  liveWorkflow,
  recordFeedback,
  submitCase,
} from "../../domains/workflow/index.ts";
import { AppError } from "../../errors.ts";
import type { AppEnv } from "../app-env.ts";
import type { FormError } from "../components/form-errors.tsx";
import { wantsJson } from "../error-handler.tsx";
import { pageContext } from "../page-context.ts";
import { AskPage } from "../pages/ask-page.tsx";
import { CaseNotFoundPage, CaseStatusPage, FEEDBACK_COMMENT_MAX } from "../pages/case-status-page.tsx";
import { ConfirmationPage } from "../pages/confirmation-page.tsx";
import { StatusLookupPage } from "../pages/status-lookup-page.tsx";
import { formBody } from "../validation.ts";

// Citizen forms have no session: the Origin check in app.ts protects them against cross-site posts.

/** Far above any workflow's limit: the domain enforces the service's own limit and says so per field. */
const askForm = z.object({
  question: z.string().max(100_000).default(""),
  language: z.string().trim().max(16).default(""),
});

const lookupForm = z.object({
  reference: z.string().max(100).default(""),
  code: z.string().max(200).default(""),
});

const feedbackForm = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("rating"), rating: z.coerce.number().int().min(1).max(5) }),
  z.object({ kind: z.literal("appeal"), comment: z.string().trim().min(1).max(FEEDBACK_COMMENT_MAX) }),
  z.object({
    kind: z.literal("talk-to-person"),
    comment: z.string().trim().max(FEEDBACK_COMMENT_MAX).optional(),
  }),
]);

const NO_STORE = "no-store";

async function serviceForm(context: Context<AppEnv>, slug: string) {
  const runtime = context.get("runtime");
  const service = await findServiceBySlug(runtime.database, slug);
  if (!service) throw new AppError("not_found", `there is no service "${slug}"`);
  const workflow = await liveWorkflow(runtime.database, service.id);
  if (!workflow) throw new AppError("unavailable", `the service "${slug}" is not taking questions right now`);
  return { service, definition: workflow.definition };
}

/** Pre-selects the page's language when the service answers in it; otherwise "same as my question". */
function defaultLanguage(context: Context<AppEnv>, languages: string[]): string {
  const locale = context.get("i18n").locale;
  return languages.includes(locale) ? locale : "";
}

function statusPath(reference: string, secret: string): string {
  return `/status/${encodeURIComponent(reference)}/${encodeURIComponent(secret)}`;
}

/** The citizen's case, or the same "not found" page for an unknown reference and for a wrong code. */
async function loadCitizenCase(context: Context<AppEnv>) {
  const runtime = context.get("runtime");
  const reference = context.req.param("reference") ?? "";
  const secret = context.req.param("secret") ?? "";
  if (reference.length > 100 || secret.length > 200) throw new AppError("not_found", "no case matches");
  const record = await caseForCitizen(runtime, reference, secret);
  return { record, view: await citizenView(runtime, record), reference, secret };
}

function renderStatus(
  context: Context<AppEnv>,
  view: CitizenCaseView,
  secret: string,
  extra: { notice?: string; errors?: FormError[]; values?: { appeal?: string; talk?: string } } = {},
) {
  context.header("cache-control", NO_STORE);
  return context.html(
    <CaseStatusPage
      page={pageContext(context)}
      view={view}
      feedbackAction={`${statusPath(view.reference, secret)}/feedback`}
      {...extra}
    />,
  );
}

export function registerCitizenRoutes(app: Hono<AppEnv>): void {
  app.get("/services/:slug/ask", async (context) => {
    const { service, definition } = await serviceForm(context, context.req.param("slug"));
    return context.html(
      <AskPage
        page={pageContext(context)}
        service={service}
        languages={definition.languages}
        maxLength={definition.intake.maxQuestionLength}
        values={{ question: "", language: defaultLanguage(context, definition.languages) }}
      />,
    );
  });

  app.post("/services/:slug/ask", async (context) => {
    const { t } = context.get("i18n");
    const { service, definition } = await serviceForm(context, context.req.param("slug"));
    const form = await formBody(context, askForm);
    const maxLength = definition.intake.maxQuestionLength;
    const errors: FormError[] = [];
    if (form.language !== "" && !definition.languages.includes(form.language as never)) {
      // Only a hand-made request sends another language; the domain would fall back, but the form says so.
      errors.push({ field: "language", message: t("ask.errorLanguage") });
    }
    if (errors.length === 0) {
      try {
        const submitted = await submitCase(
          context.get("runtime"),
          {
            serviceSlug: service.slug,
            question: form.question,
            language: form.language === "" ? undefined : form.language,
            channel: "web",
          },
          context.get("wakeRunner"),
        );
        const path = statusPath(submitted.reference, submitted.secret);
        context.header("cache-control", NO_STORE);
        context.status(201);
        return context.html(
          <ConfirmationPage
            page={pageContext(context)}
            serviceName={service.name}
            reference={submitted.reference}
            secret={submitted.secret}
            statusUrl={`${context.get("runtime").config.publicUrl ?? new URL(context.req.url).origin}${path}`}
            language={submitted.language}
            languageFallback={submitted.languageFallback}
            requestedLanguage={submitted.requestedLanguage}
          />,
        );
      } catch (error) {
        if (!(error instanceof AppError && error.code === "invalid_request" && error.fields?.question))
          throw error;
        const length = form.question.normalize("NFC").trim().length;
        errors.push({
          field: "question",
          message:
            length === 0 ? t("ask.errorEmpty") : t("ask.errorTooLong", { max: maxLength, count: length }),
        });
      }
    }
    context.status(400);
    return context.html(
      <AskPage
        page={pageContext(context)}
        service={service}
        languages={definition.languages}
        maxLength={maxLength}
        values={{ question: form.question, language: form.language }}
        errors={errors}
      />,
    );
  });

  app.get("/status", (context) =>
    context.html(<StatusLookupPage page={pageContext(context)} values={{ reference: "", code: "" }} />),
  );

  app.post("/status", async (context) => {
    const { t } = context.get("i18n");
    const form = await formBody(context, lookupForm);
    const reference = form.reference.trim().toUpperCase();
    const code = form.code.trim();
    const errors: FormError[] = [];
    if (reference === "") errors.push({ field: "reference", message: t("statusLookup.errorReference") });
    if (code === "") errors.push({ field: "code", message: t("statusLookup.errorCode") });
    if (errors.length > 0) {
      context.status(400);
      return context.html(
        <StatusLookupPage page={pageContext(context)} values={{ reference, code }} errors={errors} />,
      );
    }
    return context.redirect(statusPath(reference, code), 303);
  });

  app.get("/status/:reference/:secret", async (context) => {
    let loaded: Awaited<ReturnType<typeof loadCitizenCase>>;
    try {
      loaded = await loadCitizenCase(context);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "not_found") || wantsJson(context)) throw error;
      context.status(404);
      context.header("cache-control", NO_STORE);
      return context.html(<CaseNotFoundPage page={pageContext(context)} />);
    }
    const { view, secret } = loaded;
    if (wantsJson(context)) {
      // Part of the public API contract: the `statusUrl` returned when a case is created answers with this.
      const { t } = context.get("i18n");
      context.header("cache-control", NO_STORE);
      return context.json({
        reference: view.reference,
        state: view.status,
        answer: view.answer,
        citations: view.citations,
        disclosure: view.disclosureKey ? t(view.disclosureKey) : null,
        language: view.language,
        emergency: view.emergency,
      });
    }
    return renderStatus(context, view, secret);
  });

  app.post("/status/:reference/:secret/feedback", async (context) => {
    const { t } = context.get("i18n");
    let loaded: Awaited<ReturnType<typeof loadCitizenCase>>;
    try {
      loaded = await loadCitizenCase(context);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "not_found")) throw error;
      context.status(404);
      return context.html(<CaseNotFoundPage page={pageContext(context)} />);
    }
    const { record, view, secret } = loaded;
    const raw = await context.req.parseBody();
    const parsed = feedbackForm.safeParse(raw);
    const comment = typeof raw.comment === "string" ? raw.comment : "";
    if (!parsed.success) {
      const kind = raw.kind;
      const tooLong = comment.trim().length > FEEDBACK_COMMENT_MAX;
      const errors: FormError[] =
        kind === "appeal"
          ? [
              {
                field: "appeal-comment",
                message: tooLong
                  ? t("feedback.errorTooLong", { max: FEEDBACK_COMMENT_MAX })
                  : t("feedback.errorAppeal"),
              },
            ]
          : kind === "talk-to-person"
            ? [{ field: "talk-comment", message: t("feedback.errorTooLong", { max: FEEDBACK_COMMENT_MAX }) }]
            : [{ field: "rating-1", message: t("feedback.errorRating") }];
      context.status(400);
      return renderStatus(context, view, secret, {
        errors,
        values: kind === "appeal" ? { appeal: comment } : kind === "talk-to-person" ? { talk: comment } : {},
      });
    }
    const feedback = parsed.data;
    try {
      await recordFeedback(
        context.get("runtime"),
        record,
        feedback.kind === "rating"
          ? { kind: "rating", rating: feedback.rating }
          : feedback.kind === "appeal"
            ? { kind: "appeal", comment: feedback.comment }
            : { kind: "talk-to-person", comment: feedback.comment || undefined },
      );
    } catch (error) {
      if (!(error instanceof AppError && error.code === "conflict")) throw error;
      context.status(409);
      return renderStatus(context, view, secret, {
        errors: [
          {
            field:
              feedback.kind === "appeal"
                ? "appeal-comment"
                : feedback.kind === "rating"
                  ? "rating-1"
                  : "talk-comment",
            message: t("feedback.errorConflict"),
          },
        ],
      });
    }
    const { record: updated } = await loadCitizenCase(context);
    const notice =
      feedback.kind === "rating"
        ? t("feedback.thanksRating")
        : feedback.kind === "appeal"
          ? t("feedback.thanksAppeal")
          : t("feedback.thanksTalk");
    return renderStatus(context, await citizenView(context.get("runtime"), updated), secret, { notice });
  });
}
