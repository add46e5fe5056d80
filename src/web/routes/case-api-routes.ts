import type { Hono } from "hono";
import { z } from "zod";
import {
  caseForStaff,
  decideCase,
  type REJECT_REASONS,
  reviewQueue,
  submitCase,
} from "../../domains/workflow/index.ts";
import { caseDecisionSchema, newCaseSchema, reviewQueueQuerySchema } from "../api-catalogue.ts";
import type { AppEnv } from "../app-env.ts";
import { requirePermission } from "../middleware/authenticate.ts";
import { jsonBody, parseWith } from "../validation.ts";

export function registerCaseApiRoutes(app: Hono<AppEnv>): void {
  // Public: anyone may ask. Rate-limited with the rest of /api (see app.ts); personal data is removed at intake.
  app.post("/api/v1/services/:slug/cases", async (context) => {
    const body = await jsonBody(context, newCaseSchema);
    const submitted = await submitCase(
      context.get("runtime"),
      {
        serviceSlug: context.req.param("slug"),
        question: body.question,
        language: body.language,
        channel: "api",
      },
      context.get("wakeRunner"),
    );
    const statusPath = `/status/${submitted.reference}/${submitted.secret}`;
    const base = context.get("runtime").config.publicUrl ?? new URL(context.req.url).origin;
    return context.json(
      {
        reference: submitted.reference,
        statusUrl: `${base}${statusPath}`,
        language: submitted.language,
        ...(submitted.languageFallback
          ? {
              notice: `the language "${submitted.requestedLanguage}" is not offered by this service; the case uses "${submitted.language}"`,
            }
          : {}),
      },
      202,
    );
  });

  app.get("/api/v1/review/queue", async (context) => {
    const user = await requirePermission(context, "view-review-queue");
    const query = parseWith(reviewQueueQuerySchema, context.req.query());
    const items = await reviewQueue(context.get("runtime"), user, {
      serviceId: query.service,
      flagged: query.flagged,
      olderThanMinutes: query.olderThanMinutes,
      state: query.state,
    });
    return context.json({ cases: items });
  });

  app.post("/api/v1/cases/:id/decision", async (context) => {
    const caller = await requirePermission(context, "view-review-queue");
    const caseId = context.req.param("id");
    parseWith(z.object({ id: z.uuid("must be a case id") }), { id: caseId });
    const record = await caseForStaff(context.get("runtime"), caller, caseId);
    const user = await requirePermission(context, "decide-case", {
      type: "case",
      id: record.id,
      agencyId: record.agencyId,
    });
    const body = await jsonBody(context, caseDecisionSchema);
    const decision =
      body.action === "edit"
        ? { action: "edit" as const, text: body.text ?? "" }
        : body.action === "reject"
          ? { action: "reject" as const, reason: body.reason as (typeof REJECT_REASONS)[number] }
          : body.action === "escalate"
            ? { action: "escalate" as const, reason: body.reason }
            : { action: "approve" as const };
    const result = await decideCase(context.get("runtime"), user, record.id, decision);
    return context.json({
      caseId: record.id,
      state: result.state,
      awaitingSecondReviewer: result.awaitingSecondReviewer,
    });
  });
}
