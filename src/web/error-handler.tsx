import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError, type ErrorCode } from "../errors.ts";
import type { AppEnv } from "./app-env.ts";
import { pageContext } from "./page-context.ts";
import { ErrorPage } from "./pages/error-page.tsx";

/** The one place where error codes become HTTP statuses. */
const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503> = {
  invalid_request: 400,
  malformed_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  csrf_failed: 403,
  rate_limited: 429,
  payload_too_large: 413,
  unavailable: 503,
};

const PAGE_KEYS: Partial<Record<ErrorCode, [string, string]>> = {
  forbidden: ["error.forbiddenTitle", "error.forbiddenLead"],
  unauthenticated: ["error.forbiddenTitle", "error.forbiddenLead"],
  not_found: ["error.notFoundTitle", "error.notFoundLead"],
  csrf_failed: ["error.csrfTitle", "error.csrfLead"],
  rate_limited: ["error.tooManyTitle", "error.tooManyLead"],
};

export function wantsJson(context: Context<AppEnv>): boolean {
  const path = context.req.path;
  if (path.startsWith("/api/") || path === "/healthz") return true;
  const accept = context.req.header("accept") ?? "";
  return accept.includes("application/json") && !accept.includes("text/html");
}

export function errorResponse(context: Context<AppEnv>, error: AppError) {
  const status = STATUS[error.code];
  const requestId = context.get("requestId");
  if (wantsJson(context)) {
    return context.json(
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
          requestId,
        },
      },
      status,
    );
  }
  const [titleKey, leadKey] = PAGE_KEYS[error.code] ?? ["error.badRequestTitle", "error.serverLead"];
  context.status(status);
  return context.html(
    <ErrorPage
      page={pageContext(context)}
      titleKey={titleKey}
      leadKey={
        error.code === "invalid_request" || error.code === "malformed_json"
          ? "error.badRequestTitle"
          : leadKey
      }
      {...(error.fields ? { fields: error.fields } : {})}
    />,
  );
}

/** Unexpected faults: logged with the request id; the client sees no stack trace, only the id. */
export function handleError(error: Error, context: Context<AppEnv>) {
  if (error instanceof AppError) return errorResponse(context, error);
  // Hono's csrf middleware refuses cross-site form posts with a 403 HTTPException.
  if (error instanceof HTTPException && error.status === 403) {
    return errorResponse(context, new AppError("csrf_failed", "cross-site form submissions are refused"));
  }
  context.get("runtime").logger.error({ err: error, requestId: context.get("requestId") }, "unhandled error");
  if (wantsJson(context)) {
    return context.json(
      {
        error: {
          code: "internal",
          message: "an unexpected error occurred",
          requestId: context.get("requestId"),
        },
      },
      500,
    );
  }
  context.status(500);
  return context.html(
    <ErrorPage page={pageContext(context)} titleKey="error.serverTitle" leadKey="error.serverLead" />,
  );
}

export function handleNotFound(context: Context<AppEnv>) {
  return errorResponse(
    context,
    new AppError("not_found", `no route for ${context.req.method} ${context.req.path}`),
  );
}
