import type { Hono } from "hono";
import { createApiToken } from "../../domains/identity/index.ts";
import { describeProblem, parseBody } from "../../domains/ledger/index.ts";
import { ledgerEventsQuerySchema, newTokenRequestSchema } from "../api-catalogue.ts";
import type { AppEnv } from "../app-env.ts";
import { requireHeaderCsrf, requirePermission, requireUser } from "../middleware/authenticate.ts";
import { jsonBody, parseWith } from "../validation.ts";

export function registerApiRoutes(app: Hono<AppEnv>): void {
  app.get("/api/v1/me", async (context) => {
    const user = await requirePermission(context, "view-own-profile");
    const [agency] = await context
      .get("runtime")
      .database.query<{ id: string; slug: string; name: string }>(
        "SELECT id, slug, name FROM agencies WHERE id = $1",
        [user.agencyId],
      );
    return context.json({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      agency: agency!,
      roles: user.roles,
      qualifications: user.qualifications,
    });
  });

  app.post("/api/v1/tokens", async (context) => {
    const caller = requireUser(context);
    // A browser session must prove the request comes from our own page; bearer tokens cannot be replayed cross-site.
    await requireHeaderCsrf(context);
    const user = await requirePermission(context, "manage-own-tokens", {
      type: "user",
      id: caller.id,
      agencyId: caller.agencyId,
    });
    const body = await jsonBody(context, newTokenRequestSchema);
    return context.json(await createApiToken(context.get("runtime"), user, body.name), 201);
  });

  app.get("/api/v1/ledger/verify", async (context) => {
    const user = await requirePermission(context, "verify-ledger");
    const verdict = await context.get("runtime").ledger.verify(user.agencyId);
    return context.json(
      verdict.ok
        ? { ok: true, eventsChecked: verdict.eventsChecked, checkpointsChecked: verdict.checkpointsChecked }
        : { ok: false, eventsChecked: verdict.eventsChecked, problem: describeProblem(verdict.problem) },
    );
  });

  app.get("/api/v1/ledger/events", async (context) => {
    const user = await requirePermission(context, "view-ledger");
    const query = parseWith(ledgerEventsQuerySchema, context.req.query());
    const rows = await context
      .get("runtime")
      .database.query<{ seq: number; hash: string; body: string }>(
        "SELECT seq, hash, body FROM ledger_events WHERE agency_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
        [user.agencyId, query.after, query.limit + 1],
      );
    const page = rows.slice(0, query.limit);
    return context.json({
      events: page.map((row) => ({ seq: Number(row.seq), hash: row.hash, event: parseBody(row.body) })),
      next: rows.length > query.limit ? Number(page[page.length - 1]?.seq) : null,
    });
  });
}
