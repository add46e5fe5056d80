import type { Context } from "hono";
import type { AppEnv } from "./app-env.ts";
import type { PageContext } from "./components/layout.tsx";

export function pageContext(context: Context<AppEnv>): PageContext {
  const url = new URL(context.req.url);
  url.searchParams.delete("lang");
  return {
    i18n: context.get("i18n"),
    currentPath: `${url.pathname}${url.search}`,
    user: context.get("user"),
    csrfToken: context.get("session")?.csrfToken,
  };
}
