import type { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";
import { pageContext } from "../page-context.ts";
import { ApiReferencePage } from "../pages/api-reference-page.tsx";
import { HomePage } from "../pages/home-page.tsx";

export function registerPageRoutes(app: Hono<AppEnv>): void {
  app.get("/", (context) => context.html(<HomePage page={pageContext(context)} />));
  app.get("/api/docs", (context) => context.html(<ApiReferencePage page={pageContext(context)} />));
}
