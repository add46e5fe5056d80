import { readFileSync } from "node:fs";
import type { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";
import type { Metrics } from "../metrics.ts";
import { openApiDocument } from "../openapi.ts";

const stylesheet = readFileSync(new URL("../static/styles.css", import.meta.url), "utf8");

export function registerSystemRoutes(app: Hono<AppEnv>, metrics: Metrics, version: string): void {
  app.get("/healthz", async (context) => {
    const runtime = context.get("runtime");
    await runtime.database.query("SELECT 1");
    return context.json({ status: "ok" as const, database: runtime.database.kind, version });
  });

  // Counts only, no personal data or tenant names: safe to scrape without credentials.
  app.get("/metrics", async (context) => {
    context.header("content-type", metrics.registry.contentType);
    return context.body(await metrics.registry.metrics());
  });

  const document = openApiDocument(version);
  app.get("/api/openapi.json", (context) => context.json(document));

  app.get("/static/styles.css", (context) => {
    context.header("content-type", "text/css; charset=utf-8");
    context.header("cache-control", "public, max-age=3600");
    return context.body(stylesheet);
  });
}
