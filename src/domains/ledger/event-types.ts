import { z } from "zod";

/**
 * Every ledger event type has a versioned payload schema. Payloads hold references (ids) and digests,
 * never raw personal data, so that erasing a person's data never breaks the chain. Schemas are strict:
 * an unexpected field (which could carry personal data by accident) is refused.
 */
const registry = new Map<string, z.ZodType<Record<string, unknown>>>();

export function defineLedgerEvent<Shape extends z.ZodRawShape>(type: string, shape: Shape) {
  if (!/^[a-z]+(-[a-z]+)*$/.test(type))
    throw new Error(`ledger event types are noun-verb kebab-case: ${type}`);
  const schema = z.strictObject(shape);
  registry.set(type, schema as unknown as z.ZodType<Record<string, unknown>>);
  return { type, schema };
}

export class LedgerPayloadError extends Error {
  override name = "LedgerPayloadError";
}

export function validatePayload(type: string, payload: unknown): Record<string, unknown> {
  const schema = registry.get(type);
  if (!schema) throw new LedgerPayloadError(`unknown ledger event type "${type}"`);
  const result = schema.safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new LedgerPayloadError(
      `invalid payload for "${type}" at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return result.data;
}

export function knownEventTypes(): string[] {
  return [...registry.keys()].sort();
}

const id = z.string().min(1).max(200);
/** For payloads that must link to personal data without holding it. */
export const sha256Digest = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 hex digest");

// Foundation events. Other modules define theirs beside their own code.
export const agencyCreated = defineLedgerEvent("agency-created", { agencyId: id, slug: z.string() });
export const userCreated = defineLedgerEvent("user-created", {
  userId: id,
  agencyId: id,
  roles: z.array(z.string()),
});
export const userRolesChanged = defineLedgerEvent("user-roles-changed", {
  userId: id,
  roles: z.array(z.string()),
  qualifications: z.array(z.string()),
});
export const apiTokenCreated = defineLedgerEvent("api-token-created", { tokenId: id, userId: id });
export const apiTokenRevoked = defineLedgerEvent("api-token-revoked", { tokenId: id, userId: id });
export const signInSucceeded = defineLedgerEvent("sign-in-succeeded", {
  userId: id,
  method: z.enum(["password", "oidc"]),
});
export const signInFailed = defineLedgerEvent("sign-in-failed", {
  method: z.enum(["password", "oidc"]),
  reason: z.enum(["unknown-user", "wrong-password", "disabled", "no-roles", "oidc-error"]),
});
export const signedOut = defineLedgerEvent("signed-out", { userId: id });
export const accessDenied = defineLedgerEvent("access-denied", {
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string(),
});
