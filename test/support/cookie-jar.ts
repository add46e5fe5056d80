/**
 * A small cookie-keeping HTTP client for tests that drive redirect-based flows (sign-in, OIDC) over plain
 * HTTP. Cookies are kept per origin (scheme, host and port: stricter than browsers, which share cookies
 * across ports, so two local servers cannot see each other's cookies) and honour Path, Max-Age and Expires.
 * Redirects are never followed automatically: each hop is visible to the test.
 */
interface StoredCookie {
  name: string;
  value: string;
  origin: string;
  path: string;
  expiresAt: number | undefined;
}

function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith("/") || path.lastIndexOf("/") === 0) return "/";
  return path.slice(0, path.lastIndexOf("/"));
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}

export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();

  /** Records the Set-Cookie headers of a response to a request for `url`. */
  store(url: URL, response: Response): void {
    for (const header of response.headers.getSetCookie()) this.storeHeader(url, header);
  }

  storeHeader(url: URL, header: string): void {
    const [pair = "", ...attributes] = header.split(";");
    const equals = pair.indexOf("=");
    if (equals <= 0) return;
    const cookie: StoredCookie = {
      name: pair.slice(0, equals).trim(),
      value: pair.slice(equals + 1).trim(),
      origin: url.origin,
      path: defaultPath(url),
      expiresAt: undefined,
    };
    let maxAge: number | undefined;
    for (const attribute of attributes) {
      const [rawKey = "", ...rest] = attribute.split("=");
      const key = rawKey.trim().toLowerCase();
      const value = rest.join("=").trim();
      if (key === "path" && value.startsWith("/")) cookie.path = value;
      else if (key === "max-age") maxAge = Number(value);
      else if (key === "expires") cookie.expiresAt ??= Date.parse(value);
    }
    if (maxAge !== undefined && !Number.isNaN(maxAge)) cookie.expiresAt = Date.now() + maxAge * 1000;
    const key = `${cookie.origin} ${cookie.path} ${cookie.name}`;
    if (cookie.expiresAt !== undefined && cookie.expiresAt <= Date.now()) this.#cookies.delete(key);
    else this.#cookies.set(key, cookie);
  }

  /** The value of a live cookie for `url`, if the jar holds one. */
  get(url: URL, name: string): string | undefined {
    return this.#matching(url).find((cookie) => cookie.name === name)?.value;
  }

  /** The Cookie request header for `url` (empty when no cookie applies). */
  header(url: URL): string {
    return this.#matching(url)
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join("; ");
  }

  #matching(url: URL): StoredCookie[] {
    const now = Date.now();
    return [...this.#cookies.values()]
      .filter((cookie) => cookie.expiresAt === undefined || cookie.expiresAt > now)
      .filter((cookie) => cookie.origin === url.origin && pathMatches(url.pathname, cookie.path))
      .sort((a, b) => b.path.length - a.path.length);
  }

  /** fetch() with this jar's cookies, without following redirects; stores the response's cookies. */
  async fetch(input: URL | string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(input);
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    this.store(url, response);
    return response;
  }

  /** POSTs a URL-encoded form (with a same-origin Origin header, as a browser would). */
  postForm(input: URL | string, fields: Record<string, string>): Promise<Response> {
    const url = new URL(input);
    return this.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: url.origin },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** The absolute target of a redirect response; fails when the response is not a redirect. */
export function redirectTarget(response: Response, base: URL | string): URL {
  const location = response.headers.get("location");
  if (response.status < 300 || response.status > 399 || !location) {
    throw new Error(`expected a redirect, got HTTP ${response.status} from ${String(base)}`);
  }
  return new URL(location, base);
}
