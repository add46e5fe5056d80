import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { isLocale, negotiateLocale, translator } from "../../i18n/index.ts";
import type { AppEnv } from "../app-env.ts";

/** Language: `?lang=` (remembered in a cookie), then the cookie, then the browser's Accept-Language. */
export function localeMiddleware(secureCookies: boolean): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    const requested = context.req.query("lang");
    let locale = isLocale(requested) ? requested : undefined;
    if (locale) {
      setCookie(context, "lang", locale, {
        path: "/",
        sameSite: "Lax",
        secure: secureCookies,
        maxAge: 31536000,
      });
    } else {
      const remembered = getCookie(context, "lang");
      locale = isLocale(remembered) ? remembered : negotiateLocale(context.req.header("accept-language"));
    }
    context.set("i18n", translator(locale));
    await next();
  };
}
