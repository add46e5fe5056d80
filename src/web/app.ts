import { randomUUID } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import { type Context, Hono } from "hono";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import { rateLimiter } from "hono-rate-limiter";
import type { OidcSignIn } from "../domains/identity/index.ts";
import { AppError } from "../errors.ts";
import type { Runtime } from "../runtime.ts";
import type { AppEnv } from "./app-env.ts";
import { errorResponse, handleError, handleNotFound } from "./error-handler.tsx";
import { createMetrics } from "./metrics.ts";
import { authenticateMiddleware } from "./middleware/authenticate.ts";
import { localeMiddleware } from "./middleware/locale.ts";
import { registerApiRoutes } from "./routes/api-routes.ts";
import { registerAuthRoutes } from "./routes/auth-routes.tsx";
import { registerCaseApiRoutes } from "./routes/case-api-routes.ts";
import { registerCitizenRoutes } from "./routes/citizen-routes.tsx";
import { registerGovernanceRoutes } from "./routes/governance-routes.tsx";
import { registerPageRoutes } from "./routes/page-routes.tsx";
import { registerReviewRoutes } from "./routes/review-routes.tsx";
import { registerStaffRoutes } from "./routes/staff-routes.tsx";
import { registerSystemRoutes } from "./routes/system-routes.ts";

export interface AppOptions {
  version: string;
  oidc?: OidcSignIn | undefined;
  /** Wakes the case runner when a citizen submits a question. */
  onCaseSubmitted?: () => void;
}

function clientAddress(context: Context<AppEnv>): string {
  try {
    return getConnInfo(context).remote.address ?? "unknown";
  } catch {
    return "in-process";
  }
}

function limiter(windowMs: number, limit: number) {
  return rateLimiter<AppEnv>({
    windowMs,
    limit,
    standardHeaders: "draft-7",
    keyGenerator: clientAddress,
    handler: (context) =>
      errorResponse(context, new AppError("rate_limited", "too many requests; wait a minute")),
  });
}

/** Assembles the HTTP application. Routes stay thin: they validate, authorise, and call domain use cases. */
export function createApp(runtime: Runtime, options: AppOptions) {
  const app = new Hono<AppEnv>();
  const metrics = createMetrics();
  const { config } = runtime;

  app.use(async (context, next) => {
    const started = performance.now();
    context.set("runtime", runtime);
    context.set("wakeRunner", options.onCaseSubmitted ?? (() => {}));
    context.set("requestId", context.req.header("x-request-id")?.slice(0, 64) || randomUUID());
    await next();
    const route =
      context.get("routePattern") ?? (context.res.status === 404 ? "(unmatched)" : context.req.routePath);
    const seconds = (performance.now() - started) / 1000;
    metrics.requests.inc({ method: context.req.method, route, status: String(context.res.status) });
    metrics.duration.observe({ method: context.req.method, route }, seconds);
    context.header("x-request-id", context.get("requestId"));
    runtime.logger.info(
      {
        requestId: context.get("requestId"),
        method: context.req.method,
        // A status link carries the citizen's secret code: never write it to the logs.
        path: context.req.path.replace(/^\/status\/([^/]+)\/[^/]+/, "/status/$1/[secret]"),
        status: context.res.status,
        durationMs: Math.round(seconds * 1000 * 10) / 10,
      },
      "request",
    );
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: "same-origin",
      strictTransportSecurity: config.secureCookies ? "max-age=31536000; includeSubDomains" : false,
    }),
  );
  app.use(localeMiddleware(config.secureCookies));
  // Cross-site form posts are refused by Origin (Hono's csrf); staff forms also carry a session token.
  app.use(csrf(config.publicUrl ? { origin: config.publicUrl } : {}));
  app.use(limiter(60_000, config.rateLimitPerMinute * 10));
  const signInLimiter = limiter(60_000, 10);
  app.use("/sign-in", async (context, next) =>
    context.req.method === "POST" ? signInLimiter(context, next) : next(),
  );
  app.use("/api/*", limiter(60_000, config.rateLimitPerMinute));
  app.use(authenticateMiddleware());

  registerSystemRoutes(app, metrics, options.version);
  registerPageRoutes(app);
  registerAuthRoutes(app, { oidc: options.oidc, secureCookies: config.secureCookies });
  registerStaffRoutes(app);
  registerCitizenRoutes(app);
  registerReviewRoutes(app);
  registerGovernanceRoutes(app);
  registerApiRoutes(app);
  registerCaseApiRoutes(app);

  app.notFound(handleNotFound);
  app.onError(handleError);
  return { app, metrics };
}
