import type { Session, User } from "../domains/identity/index.ts";
import type { Translator } from "../i18n/index.ts";
import type { Runtime } from "../runtime.ts";

export interface AppVariables {
  runtime: Runtime;
  requestId: string;
  i18n: Translator;
  /** The signed-in staff member, from a session cookie or a bearer API token. */
  user: User | undefined;
  session: (Session & { token: string }) | undefined;
  authenticatedBy: "session" | "api-token" | undefined;
  /** Set by a route so that metrics group by route pattern, not by raw path. */
  routePattern: string | undefined;
  /** Tells the case runner that new work arrived. */
  wakeRunner: () => void;
}

export interface AppEnv {
  Variables: AppVariables;
}
