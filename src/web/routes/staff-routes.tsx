import type { Context, Hono } from "hono";
import { z } from "zod";
import { authorize, listApiTokens, revokeApiToken, type User } from "../../domains/identity/index.ts";
import { describeProblem } from "../../domains/ledger/index.ts";
import { AppError } from "../../errors.ts";
import type { AppEnv } from "../app-env.ts";
import { agencyResource, requireFormCsrf, requirePermission } from "../middleware/authenticate.ts";
import { pageContext } from "../page-context.ts";
import { type LedgerCheck, StaffHomePage } from "../pages/staff-home-page.tsx";
import { formBody } from "../validation.ts";

const csrfForm = z.object({ _csrf: z.string().optional() });

/** Staff pages send people who are not signed in to the sign-in page, then back. */
function redirectToSignIn(context: Context<AppEnv>) {
  return context.redirect(`/sign-in?next=${encodeURIComponent(context.req.path)}`, 303);
}

async function renderStaffHome(
  context: Context<AppEnv>,
  user: User,
  extra: { ledgerCheck?: LedgerCheck; notice?: string },
) {
  const runtime = context.get("runtime");
  const [agency] = await runtime.database.query<{ name: string }>("SELECT name FROM agencies WHERE id = $1", [
    user.agencyId,
  ]);
  return context.html(
    <StaffHomePage
      page={pageContext(context)}
      agencyName={agency?.name ?? ""}
      tokens={await listApiTokens(runtime, user)}
      canVerifyLedger={authorize(user, "verify-ledger", agencyResource(user)).allowed}
      {...extra}
    />,
  );
}

export function registerStaffRoutes(app: Hono<AppEnv>): void {
  app.get("/staff", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const user = await requirePermission(context, "view-staff-home");
    return renderStaffHome(context, user, {});
  });

  app.post("/staff/tokens/:id/revoke", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const form = await formBody(context, csrfForm);
    await requireFormCsrf(context, form._csrf);
    const user = await requirePermission(context, "manage-own-tokens", {
      type: "user",
      id: context.get("user")!.id,
      agencyId: context.get("user")!.agencyId,
    });
    const tokenId = context.req.param("id");
    if (
      !z.uuid().safeParse(tokenId).success ||
      !(await revokeApiToken(context.get("runtime"), user, tokenId))
    ) {
      throw new AppError("not_found", "no such active token of yours");
    }
    return renderStaffHome(context, user, { notice: context.get("i18n").t("staff.tokenRevokedNotice") });
  });

  app.post("/staff/ledger/verify", async (context) => {
    if (!context.get("user")) return redirectToSignIn(context);
    const form = await formBody(context, csrfForm);
    await requireFormCsrf(context, form._csrf);
    const user = await requirePermission(context, "verify-ledger");
    const verdict = await context.get("runtime").ledger.verify(user.agencyId);
    return renderStaffHome(context, user, {
      ledgerCheck: verdict.ok
        ? { ok: true, eventsChecked: verdict.eventsChecked }
        : { ok: false, eventsChecked: verdict.eventsChecked, problem: describeProblem(verdict.problem) },
    });
  });
}
