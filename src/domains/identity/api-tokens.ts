import { randomUUID } from "node:crypto";
import { apiTokenCreated, apiTokenRevoked } from "../ledger/index.ts";
import type { IdentityContext } from "./context.ts";
import { hashSecret, newSecret } from "./secrets.ts";
import { findUserById, type User } from "./users.ts";

export const API_TOKEN_PREFIX = "stw_";

export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creates a token scoped to one user; the raw token is returned once and only its hash is stored. */
export async function createApiToken(
  context: IdentityContext,
  user: User,
  name: string,
): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = newSecret(API_TOKEN_PREFIX);
  await context.database.transaction(async (transaction) => {
    await transaction.query(
      "INSERT INTO api_tokens (id, user_id, agency_id, name, token_hash) VALUES ($1, $2, $3, $4, $5)",
      [id, user.id, user.agencyId, name, hashSecret(token)],
    );
    await context.ledger.appendIn(transaction, user.agencyId, {
      type: apiTokenCreated.type,
      actor: `user:${user.id}`,
      subject: `api-token:${id}`,
      payload: { tokenId: id, userId: user.id },
    });
  });
  return { id, token };
}

export async function resolveApiToken(
  context: Pick<IdentityContext, "database" | "now">,
  token: string,
): Promise<User | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const [row] = await context.database.query<{ id: string; user_id: string }>(
    "SELECT id, user_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
    [hashSecret(token)],
  );
  if (!row) return undefined;
  const user = await findUserById(context, row.user_id);
  if (!user || user.disabled) return undefined;
  await context.database.query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1", [
    row.id,
    context.now(),
  ]);
  return user;
}

export async function listApiTokens(
  context: Pick<IdentityContext, "database">,
  user: User,
): Promise<ApiTokenSummary[]> {
  const rows = await context.database.query<{
    id: string;
    name: string;
    created_at: Date;
    last_used_at: Date | null;
    revoked_at: Date | null;
  }>(
    "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 AND agency_id = $2 ORDER BY created_at",
    [user.id, user.agencyId],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }));
}

/** Revokes a token of the given user; returns false when no such live token exists. */
export async function revokeApiToken(
  context: IdentityContext,
  user: User,
  tokenId: string,
): Promise<boolean> {
  return context.database.transaction(async (transaction) => {
    const rows = await transaction.query(
      "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id",
      [tokenId, user.id, context.now()],
    );
    if (rows.length === 0) return false;
    await context.ledger.appendIn(transaction, user.agencyId, {
      type: apiTokenRevoked.type,
      actor: `user:${user.id}`,
      subject: `api-token:${tokenId}`,
      payload: { tokenId, userId: user.id },
    });
    return true;
  });
}
