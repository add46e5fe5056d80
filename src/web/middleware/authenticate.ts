import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import {
  type Action,
  authorize,
  type Resource,
  resolveApiToken,
  resolveSession,
  type User,
} from "../../domains/identity/index.ts";
import { accessDenied } from "../../domains/ledger/index.ts";
import { AppError } from "../../errors.ts";
import type { AppEnv } from "../app-env.ts";

export const SESSION_COOKIE = "steward_session";

/** Identifies the caller from a bearer API token or a session cookie. It never refuses: routes decide. */
export function authenticateMiddleware(): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    const runtime = context.get("runtime");
    const authorization = context.req.header("authorization");
    if (authorization?.toLowerCase().startsWith("bearer ")) {
      const user = await resolveApiToken(runtime, authorization.slice(7).trim());
      if (!user) throw new AppError("unauthenticated", "the API token is not valid or has been revoked");
      context.set("user", user);
      context.set("authenticatedBy", "api-token");
    } else {
      const token = getCookie(context, SESSION_COOKIE);
      const session = token ? await resolveSession(runtime, token) : undefined;
      if (session && token) {
        context.set("user", session.user);
        context.set("session", { ...session, token });
        context.set("authenticatedBy", "session");
      }
    }
    await next();
  };
}

export function requireUser(context: Context<AppEnv>): User {
  const user = context.get("user");
  if (!user) throw new AppError("unauthenticated", "sign in, or send a bearer API token");
  return user;
}

/** The agency itself, as the resource of agency-wide actions. */
export function agencyResource(user: User): Resource {
  return { type: "agency", id: user.agencyId, agencyId: user.agencyId };
}

/**
 * Asks the single authorisation point; a refusal is recorded in the agency's ledger and becomes a 403.
 * Routes call this first, before any query.
 */
export async function requirePermission(
  context: Context<AppEnv>,
  action: Action,
  resource?: Resource,
): Promise<User> {
  const user = requireUser(context);
  const target = resource ?? agencyResource(user);
  const decision = authorize(user, action, target);
  if (!decision.allowed) {
    await context.get("runtime").ledger.append(user.agencyId, {
      type: accessDenied.type,
      actor: `user:${user.id}`,
      subject: `${target.type}:${target.id}`,
      payload: { action, resourceType: target.type, resourceId: target.id },
    });
    throw new AppError("forbidden", `your roles do not allow "${action}"`);
  }
  return user;
}

function sameSecret(submitted: unknown, expected: string): boolean {
  if (typeof submitted !== "string") return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Forms posted with a session must carry the session's CSRF token (in addition to the Origin check). */
export async function requireFormCsrf(context: Context<AppEnv>, submitted: unknown): Promise<void> {
  if (context.get("authenticatedBy") === "api-token") return;
  const session = context.get("session");
  if (!session || !sameSecret(submitted, session.csrfToken)) {
    throw new AppError("csrf_failed", "the form's security token is missing or expired");
  }
}

/** JSON calls made with a session cookie must echo the session's CSRF token in `X-CSRF-Token`. */
export async function requireHeaderCsrf(context: Context<AppEnv>): Promise<void> {
  await requireFormCsrf(context, context.req.header("x-csrf-token"));
}
