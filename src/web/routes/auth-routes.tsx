import type { Context, Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import {
  endSession,
  type OidcSignIn,
  recordSignIn,
  SESSION_LIFETIME_MS,
  signInWithPassword,
  startSession,
  type User,
} from "../../domains/identity/index.ts";
import { signedOut } from "../../domains/ledger/index.ts";
import type { AppEnv } from "../app-env.ts";
import { requireFormCsrf, SESSION_COOKIE } from "../middleware/authenticate.ts";
import { pageContext } from "../page-context.ts";
import { SignInPage } from "../pages/sign-in-page.tsx";
import { formBody } from "../validation.ts";

const signInForm = z.object({
  email: z.string().trim().max(320).default(""),
  password: z.string().max(1000).default(""),
});

/** Only same-site paths may be returned to after sign-in (no open redirect). */
function safeReturnPath(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : "/staff";
}

async function beginSession(context: Context<AppEnv>, user: User, secure: boolean) {
  const { token } = await startSession(context.get("runtime"), user);
  setCookie(context, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure,
    path: "/",
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
}

export function registerAuthRoutes(
  app: Hono<AppEnv>,
  options: { oidc: OidcSignIn | undefined; secureCookies: boolean },
) {
  app.get("/sign-in", (context) =>
    context.html(
      <SignInPage
        page={pageContext(context)}
        oidcEnabled={options.oidc !== undefined}
        signedOut={context.req.query("signed-out") === "1"}
        next={context.req.query("next")}
        {...(context.req.query("failed") === "oidc" ? { failed: "oidc" as const } : {})}
      />,
    ),
  );

  app.post("/sign-in", async (context) => {
    const form = await formBody(context, signInForm);
    const result = await signInWithPassword(context.get("runtime"), form.email, form.password);
    if (!result.ok) {
      context.status(401);
      return context.html(
        <SignInPage
          page={pageContext(context)}
          failed="password"
          email={form.email}
          oidcEnabled={options.oidc !== undefined}
          next={context.req.query("next")}
        />,
      );
    }
    await beginSession(context, result.user, options.secureCookies);
    return context.redirect(safeReturnPath(context.req.query("next")), 303);
  });

  app.post("/sign-out", async (context) => {
    const session = context.get("session");
    if (session) {
      const form = await formBody(context, z.object({ _csrf: z.string().optional() }));
      await requireFormCsrf(context, form._csrf);
      const runtime = context.get("runtime");
      await endSession(runtime, session.token);
      await runtime.ledger.append(session.user.agencyId, {
        type: signedOut.type,
        actor: `user:${session.user.id}`,
        subject: `user:${session.user.id}`,
        payload: { userId: session.user.id },
      });
    }
    deleteCookie(context, SESSION_COOKIE, { path: "/" });
    return context.redirect("/sign-in?signed-out=1", 303);
  });

  const oidc = options.oidc;
  if (!oidc) return;
  app.get("/auth/oidc/start", async (context) => {
    const url = await oidc.start(context.get("runtime"), safeReturnPath(context.req.query("next")));
    return context.redirect(url.href, 302);
  });

  app.get("/auth/oidc/callback", async (context) => {
    const runtime = context.get("runtime");
    const result = await oidc.finish(runtime, new URL(context.req.url));
    if (!result.ok) {
      runtime.logger.warn(
        { reason: result.reason, requestId: context.get("requestId") },
        "OIDC sign-in refused",
      );
      return context.redirect("/sign-in?failed=oidc", 303);
    }
    await recordSignIn(runtime, result.user, "oidc");
    await beginSession(context, result.user, options.secureCookies);
    return context.redirect(result.returnTo, 303);
  });
}
