import type { IdentityContext } from "./context.ts";
import { hashSecret, newSecret } from "./secrets.ts";
import { findUserById, type User } from "./users.ts";

export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

export interface Session {
  user: User;
  csrfToken: string;
  expiresAt: Date;
}

/** Server-side session: the cookie holds a random token; we store only its hash. */
export async function startSession(
  context: Pick<IdentityContext, "database" | "now">,
  user: User,
): Promise<{ token: string; session: Session }> {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(context.now().getTime() + SESSION_LIFETIME_MS);
  await context.database.query(
    "INSERT INTO sessions (token_hash, user_id, agency_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4, $5)",
    [hashSecret(token), user.id, user.agencyId, csrfToken, expiresAt],
  );
  return { token, session: { user, csrfToken, expiresAt } };
}

export async function resolveSession(
  context: Pick<IdentityContext, "database" | "now">,
  token: string,
): Promise<Session | undefined> {
  const [row] = await context.database.query<{ user_id: string; csrf_token: string; expires_at: Date }>(
    "SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = $1",
    [hashSecret(token)],
  );
  if (!row || new Date(row.expires_at).getTime() <= context.now().getTime()) return undefined;
  const user = await findUserById(context, row.user_id);
  if (!user || user.disabled) return undefined;
  return { user, csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at) };
}

export async function endSession(context: Pick<IdentityContext, "database">, token: string): Promise<void> {
  await context.database.query("DELETE FROM sessions WHERE token_hash = $1", [hashSecret(token)]);
}
