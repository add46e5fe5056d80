import { signInFailed, signInSucceeded } from "../ledger/index.ts";
import type { IdentityContext } from "./context.ts";
import { burnPasswordCheck, verifyPassword } from "./passwords.ts";
import { findUserByEmail, type User } from "./users.ts";

export type SignInResult = { ok: true; user: User } | { ok: false };

/**
 * Password sign-in. The answer never says whether the e-mail exists (same message, same timing).
 * Failures are recorded in the ledger of the account's agency when the account exists.
 */
export async function signInWithPassword(
  context: IdentityContext,
  email: string,
  password: string,
): Promise<SignInResult> {
  const user = await findUserByEmail(context, email);
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return { ok: false };
  }
  const valid = await verifyPassword(user.passwordHash, password);
  if (!valid || user.disabled) {
    await context.ledger.append(user.agencyId, {
      type: signInFailed.type,
      actor: "anonymous",
      subject: `user:${user.id}`,
      payload: { method: "password", reason: user.disabled ? "disabled" : "wrong-password" },
    });
    return { ok: false };
  }
  await recordSignIn(context, user, "password");
  const { passwordHash: _hidden, oidcSubject: _subject, ...publicUser } = user;
  return { ok: true, user: publicUser };
}

export async function recordSignIn(
  context: IdentityContext,
  user: User,
  method: "password" | "oidc",
): Promise<void> {
  await context.ledger.append(user.agencyId, {
    type: signInSucceeded.type,
    actor: `user:${user.id}`,
    subject: `user:${user.id}`,
    payload: { userId: user.id, method },
  });
}
