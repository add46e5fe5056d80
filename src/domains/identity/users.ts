import { randomUUID } from "node:crypto";
import { z } from "zod";
import { userCreated, userRolesChanged } from "../ledger/index.ts";
import type { IdentityContext } from "./context.ts";
import { hashPassword } from "./passwords.ts";
import { type Role, roleSchema } from "./roles.ts";

export const newUserSchema = z.object({
  agencyId: z.uuid(),
  email: z.email("must be an e-mail address").transform((email) => email.toLowerCase()),
  displayName: z.string().trim().min(1, "is required").max(200),
  password: z.string().min(12, "must have at least 12 characters").max(1000).optional(),
  roles: z.array(roleSchema).min(1, "needs at least one role"),
  qualifications: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
});

export interface User {
  id: string;
  agencyId: string;
  email: string;
  displayName: string;
  roles: Role[];
  qualifications: string[];
  disabled: boolean;
}

interface UserRow {
  id: string;
  agency_id: string;
  email: string;
  display_name: string;
  roles: Role[];
  qualifications: string[];
  disabled_at: Date | null;
  password_hash: string | null;
  oidc_subject: string | null;
}

const USER_COLUMNS =
  "id, agency_id, email, display_name, roles, qualifications, disabled_at, password_hash, oidc_subject";

function toUser(row: UserRow): User {
  return {
    id: row.id,
    agencyId: row.agency_id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    qualifications: row.qualifications,
    disabled: row.disabled_at !== null,
  };
}

export class DuplicateUserError extends Error {
  override name = "DuplicateUserError";
}

export async function createUser(
  context: IdentityContext,
  input: z.input<typeof newUserSchema>,
): Promise<User> {
  const user = newUserSchema.parse(input);
  const id = randomUUID();
  const passwordHash = user.password ? await hashPassword(user.password) : null;
  return context.database.transaction(async (transaction) => {
    const existing = await transaction.query("SELECT 1 FROM users WHERE lower(email) = $1", [user.email]);
    if (existing.length > 0)
      throw new DuplicateUserError(`a user with the e-mail ${user.email} already exists`);
    await transaction.query(
      `INSERT INTO users (id, agency_id, email, display_name, password_hash, roles, qualifications)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, user.agencyId, user.email, user.displayName, passwordHash, user.roles, user.qualifications],
    );
    // The ledger records the account by reference only: the e-mail and name stay in the users table.
    await context.ledger.appendIn(transaction, user.agencyId, {
      type: userCreated.type,
      actor: "system",
      subject: `user:${id}`,
      payload: { userId: id, agencyId: user.agencyId, roles: user.roles },
    });
    return {
      id,
      agencyId: user.agencyId,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      qualifications: user.qualifications,
      disabled: false,
    };
  });
}

export async function setUserRoles(
  context: IdentityContext,
  actor: string,
  user: User,
  roles: Role[],
  qualifications: string[],
): Promise<User> {
  await context.database.transaction(async (transaction) => {
    await transaction.query(
      "UPDATE users SET roles = $2, qualifications = $3 WHERE id = $1 AND agency_id = $4",
      [user.id, roles, qualifications, user.agencyId],
    );
    await context.ledger.appendIn(transaction, user.agencyId, {
      type: userRolesChanged.type,
      actor,
      subject: `user:${user.id}`,
      payload: { userId: user.id, roles, qualifications },
    });
  });
  return { ...user, roles, qualifications };
}

export async function findUserByEmail(
  context: Pick<IdentityContext, "database">,
  email: string,
): Promise<(User & { passwordHash: string | null; oidcSubject: string | null }) | undefined> {
  const [row] = await context.database.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users WHERE lower(email) = $1`,
    [email.toLowerCase()],
  );
  return row ? { ...toUser(row), passwordHash: row.password_hash, oidcSubject: row.oidc_subject } : undefined;
}

export async function findUserById(
  context: Pick<IdentityContext, "database">,
  id: string,
): Promise<User | undefined> {
  const [row] = await context.database.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [
    id,
  ]);
  return row ? toUser(row) : undefined;
}

/** Staff of one agency: every listing is scoped to the caller's agency. */
export async function listUsers(
  context: Pick<IdentityContext, "database">,
  agencyId: string,
): Promise<User[]> {
  const rows = await context.database.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users WHERE agency_id = $1 ORDER BY email`,
    [agencyId],
  );
  return rows.map(toUser);
}

export async function linkOidcSubject(
  context: Pick<IdentityContext, "database">,
  userId: string,
  subject: string,
): Promise<void> {
  await context.database.query("UPDATE users SET oidc_subject = $2 WHERE id = $1 AND oidc_subject IS NULL", [
    userId,
    subject,
  ]);
}
