export { ACTION_GROUPS, type Action, ALL_ACTIONS } from "./actions.ts";
export { type Agency, createAgency, findAgencyBySlug, listAgencies, newAgencySchema } from "./agencies.ts";
export {
  API_TOKEN_PREFIX,
  type ApiTokenSummary,
  createApiToken,
  listApiTokens,
  resolveApiToken,
  revokeApiToken,
} from "./api-tokens.ts";
export { authorize, type Decision, type Resource } from "./authorize.ts";
export type { IdentityContext } from "./context.ts";
export { OidcSignIn } from "./oidc.ts";
export { hashPassword, verifyPassword } from "./passwords.ts";
export { ROLES, type Role, roleSchema } from "./roles.ts";
export { hashSecret, newSecret } from "./secrets.ts";
export { endSession, resolveSession, SESSION_LIFETIME_MS, type Session, startSession } from "./sessions.ts";
export { recordSignIn, signInWithPassword } from "./sign-in.ts";
export {
  createUser,
  DuplicateUserError,
  findUserByEmail,
  findUserById,
  listUsers,
  newUserSchema,
  setUserRoles,
  type User,
} from "./users.ts";
