import type { Context, Hono } from "hono";
import { z } from "zod";
import { authorize, type Resource, type User } from "../../domains/identity/index.ts";
import {
  type CaseRecord,
  caseForStaff,
  claimCase,
  type Decision,
  decideCase,
  HUMAN_QUEUE_STATES,
  listServices,
  REJECT_REASONS,
  revealOriginalQuestion,
  reviewersMaySeeOriginals,
  reviewQueue,
} from "../../domains/workflow/index.ts";
import { AppError } from "../../errors.ts";
import type { AppEnv } from "../app-env.ts";
import type { FormError } from "../components/form-errors.tsx";
import { requireFormCsrf, requirePermission, requireUser } from "../middleware/authenticate.ts";
import { pageContext } from "../page-context.ts";
import { ANSWER_MAX, ReviewCasePage, type ReviewCasePageProps } from "../pages/review-case-page.tsx";
import { type QueueFilterValues, ReviewQueuePage } from "../pages/review-queue-page.tsx";
import { formBody } from "../validation.ts";

const csrfForm = z.object({ _csrf: z.string().optional() });

/** Filters come from a GET form: a value that does not parse is ignored rather than refused. */
const queueQuery = z.object({
  service: z.uuid().optional().catch(undefined),
  state: z
    .enum(HUMAN_QUEUE_STATES as unknown as [string, ...string[]])
    .optional()
    .catch(undefined),
  flagged: z.literal("1").optional().catch(undefined),
  older: z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined),
});

const decisionForm = z.object({
  _csrf: z.string().optional(),
  action: z.enum(["approve", "edit", "reject", "escalate"]),
  text: z
    .string()
    .max(ANSWER_MAX * 2)
    .optional(),
  reason: z.string().max(100).optional(),
  escalateReason: z.string().trim().max(200).optional(),
});

const DONE_NOTICES: Record<string, string> = {
  claimed: "review.done.claimed",
  approved: "review.done.approved",
  "first-approval": "review.done.firstApproval",
  rejected: "review.done.rejected",
  escalated: "review.done.escalated",
  written: "review.done.written",
};

/** Staff pages send people who are not signed in to the sign-in page, then back. */
function redirectToSignIn(context: Context<AppEnv>) {
  const url = new URL(context.req.url);
  return context.redirect(`/sign-in?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`, 303);
}

function caseResource(record: CaseRecord): Resource {
  return { type: "case", id: record.id, agencyId: record.agencyId };
}

/** The case id from the path; anything that is not a UUID is simply not found. */
function caseId(context: Context<AppEnv>): string {
  const id = context.req.param("id") ?? "";
  if (!z.uuid().safeParse(id).success) throw new AppError("not_found", "no such case");
  return id;
}

/** Loads a case of the caller's agency and checks that they may view it. */
async function loadCase(context: Context<AppEnv>, user: User): Promise<CaseRecord> {
  const record = await caseForStaff(context.get("runtime"), user, caseId(context));
  await requirePermission(context, "view-case", caseResource(record));
  return record;
}

async function displayNames(context: Context<AppEnv>, user: User, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === "string"))];
  const names = new Map<string, string>();
  if (wanted.length === 0) return names;
  const rows = await context
    .get("runtime")
    .database.query<{ id: string; display_name: string }>(
      "SELECT id, display_name FROM users WHERE agency_id = $1 AND id = ANY($2::uuid[])",
      [user.agencyId, wanted],
    );
  for (const row of rows) names.set(row.id, row.display_name);
  return names;
}

async function renderCase(
  context: Context<AppEnv>,
  user: User,
  record: CaseRecord,
  extra: Pick<ReviewCasePageProps, "original" | "notice" | "errors" | "values"> = {},
) {
  const runtime = context.get("runtime");
  const [claim] = await runtime.database.query<{ reviewer_id: string; expires_at: string | Date }>(
    "SELECT reviewer_id, expires_at FROM review_claims WHERE case_id = $1 AND expires_at > $2",
    [record.id, runtime.now()],
  );
  const [service] = await runtime.database.query<{ name: string }>(
    "SELECT name FROM services WHERE id = $1",
    [record.serviceId],
  );
  const resource = caseResource(record);
  const originalsAllowed = await reviewersMaySeeOriginals(runtime, record);
  context.header("cache-control", "no-store");
  return context.html(
    <ReviewCasePage
      page={pageContext(context)}
      record={record}
      serviceName={service?.name ?? ""}
      names={await displayNames(context, user, [claim?.reviewer_id, record.firstApprover])}
      claim={claim ? { reviewerId: claim.reviewer_id, expiresAt: new Date(claim.expires_at) } : null}
      originalsWithheld={!originalsAllowed}
      can={{
        revealOriginal: originalsAllowed && authorize(user, "view-original-question", resource).allowed,
        claim: authorize(user, "claim-case", resource).allowed,
        decide: authorize(user, "decide-case", resource).allowed,
      }}
      {...extra}
    />,
  );
}

/** The review desk speaks English to logs; reviewers get the reason in their language. */
function decisionErrorMessage(context: Context<AppEnv>, error: AppError): string {
  const { t } = context.get("i18n");
  // Domain errors carry stable reason codes; the page translates them.
  const keys: Record<string, string> = {
    "qualification-required": "review.error.qualification",
    "four-eyes-same-reviewer": "review.error.secondReviewer",
    "claimed-by-other": "review.error.claimedByOther",
    stale: "review.error.changed",
    "no-draft": "review.error.noDraft",
  };
  if (error.fields?.text) return t("review.error.editEmpty");
  const fallback = error.code === "forbidden" ? "review.error.qualification" : "review.error.notAllowed";
  return t(keys[error.reason ?? ""] ?? fallback);
}

const DOMAIN_ERROR_STATUS = { conflict: 409, forbidden: 403, invalid_request: 400 } as const;

function isDecisionError(error: unknown): error is AppError & { code: keyof typeof DOMAIN_ERROR_STATUS } {
  return error instanceof AppError && error.code in DOMAIN_ERROR_STATUS;
}

export function registerReviewRoutes(app: Hono<AppEnv>): void {
  app.get("/review", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "view-review-queue");
    const runtime = context.get("runtime");
    const query = queueQuery.parse(context.req.query());
    const items = await reviewQueue(runtime, user, {
      serviceId: query.service,
      state: query.state,
      flagged: query.flagged ? true : undefined,
      olderThanMinutes: query.older,
    });
    const filters: QueueFilterValues = {
      service: query.service ?? "",
      state: query.state ?? "",
      flagged: query.flagged === "1",
      older: query.older === undefined ? "" : String(query.older),
    };
    context.header("cache-control", "no-store");
    return context.html(
      <ReviewQueuePage
        page={pageContext(context)}
        items={items}
        services={await listServices(runtime.database, user.agencyId)}
        filters={filters}
        names={
          await displayNames(
            context,
            user,
            items.map((item) => item.claimedBy),
          )
        }
      />,
    );
  });

  app.get("/review/cases/:id", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = requireUser(context);
    const record = await loadCase(context, user);
    const done = DONE_NOTICES[context.req.query("done") ?? ""];
    return renderCase(context, user, record, done ? { notice: context.get("i18n").t(done) } : {});
  });

  app.post("/review/cases/:id/original", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const form = await formBody(context, csrfForm);
    await requireFormCsrf(context, form._csrf);
    const user = requireUser(context);
    const record = await loadCase(context, user);
    await requirePermission(context, "view-original-question", caseResource(record));
    const original = await revealOriginalQuestion(context.get("runtime"), user, record);
    return renderCase(context, user, record, { original });
  });

  app.post("/review/cases/:id/claim", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const form = await formBody(context, csrfForm);
    await requireFormCsrf(context, form._csrf);
    const user = requireUser(context);
    const record = await loadCase(context, user);
    await requirePermission(context, "claim-case", caseResource(record));
    try {
      await claimCase(context.get("runtime"), user, record.id);
    } catch (error) {
      if (!isDecisionError(error)) throw error;
      context.status(DOMAIN_ERROR_STATUS[error.code]);
      return renderCase(context, user, record, {
        errors: [{ field: "actions-title", message: decisionErrorMessage(context, error) }],
      });
    }
    return context.redirect(`/review/cases/${record.id}?done=claimed`, 303);
  });

  app.post("/review/cases/:id/decision", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const { t } = context.get("i18n");
    const raw = await context.req.parseBody();
    await requireFormCsrf(context, raw._csrf);
    const user = requireUser(context);
    const record = await loadCase(context, user);
    await requirePermission(context, "decide-case", caseResource(record));
    const parsed = decisionForm.safeParse(raw);
    const values = {
      ...(typeof raw.text === "string" ? { text: raw.text } : {}),
      ...(typeof raw.reason === "string" ? { reason: raw.reason } : {}),
      ...(typeof raw.escalateReason === "string" ? { escalateReason: raw.escalateReason } : {}),
    };
    const invalid = (errors: FormError[]) => {
      context.status(400);
      return renderCase(context, user, record, { errors, values });
    };
    if (!parsed.success) {
      return invalid([{ field: "actions-title", message: t("review.error.notAllowed") }]);
    }
    const form = parsed.data;
    let decision: Decision;
    switch (form.action) {
      case "approve":
        decision = { action: "approve" };
        break;
      case "edit": {
        const text = (form.text ?? "").trim();
        if (text === "") return invalid([{ field: "text", message: t("review.error.editEmpty") }]);
        if (text.length > ANSWER_MAX) {
          return invalid([{ field: "text", message: t("review.error.editTooLong", { max: ANSWER_MAX }) }]);
        }
        decision = { action: "edit", text };
        break;
      }
      case "reject": {
        const reason = REJECT_REASONS.find((candidate) => candidate === form.reason);
        if (!reason) return invalid([{ field: "reason", message: t("review.error.rejectReason") }]);
        decision = { action: "reject", reason };
        break;
      }
      case "escalate":
        decision = { action: "escalate", reason: form.escalateReason || undefined };
        break;
    }
    let result: Awaited<ReturnType<typeof decideCase>>;
    try {
      result = await decideCase(context.get("runtime"), user, record.id, decision);
    } catch (error) {
      if (!isDecisionError(error)) throw error;
      context.status(DOMAIN_ERROR_STATUS[error.code]);
      const fresh = await caseForStaff(context.get("runtime"), user, record.id);
      return renderCase(context, user, fresh, {
        errors: [
          {
            field: error.fields?.text ? "text" : "actions-title",
            message: decisionErrorMessage(context, error),
          },
        ],
        values,
      });
    }
    // An approved answer is delivered by the runner: wake it so the citizen sees the answer at once.
    context.get("wakeRunner")();
    const done = result.awaitingSecondReviewer
      ? "first-approval"
      : decision.action === "reject"
        ? "rejected"
        : decision.action === "escalate"
          ? "escalated"
          : decision.action === "edit" && !record.draft
            ? "written"
            : "approved";
    return context.redirect(`/review/cases/${record.id}?done=${done}`, 303);
  });
}
