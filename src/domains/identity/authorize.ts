import { readFileSync } from "node:fs";
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";
import { ACTION_GROUPS, type Action, ALL_ACTIONS } from "./actions.ts";
import type { User } from "./users.ts";

/** What an action is applied to. `agencyId` scopes it; every resource belongs to exactly one agency. */
export interface Resource {
  type: string;
  id: string;
  agencyId: string;
}

export type Decision = { allowed: true } | { allowed: false; reason: "denied" | "policy-error" };

const POLICY_SET_ID = "steward";
const policyText = readFileSync(new URL("./policies.cedar", import.meta.url), "utf8");

// Parsed once per process: a decision then costs a fraction of a millisecond.
let prepared = false;
function prepare(): void {
  if (prepared) return;
  const parsed = cedar.preparsePolicySet(POLICY_SET_ID, { staticPolicies: policyText });
  if (parsed.type !== "success") {
    throw new Error(
      `the authorisation policy does not parse: ${parsed.errors.map((error) => error.message).join("; ")}`,
    );
  }
  prepared = true;
}

const actionEntities = Object.entries(ACTION_GROUPS).flatMap(([group, actions]) => [
  { uid: { type: "Steward::Action", id: group }, attrs: {}, parents: [] },
  ...actions.map((action) => ({
    uid: { type: "Steward::Action", id: action },
    attrs: {},
    parents: [{ type: "Steward::Action", id: group }],
  })),
]);

const KNOWN_ACTIONS = new Set<string>(ALL_ACTIONS);

/** The single authorisation point: every route and command asks here before acting. */
export function authorize(user: User, action: Action, resource: Resource): Decision {
  prepare();
  if (!KNOWN_ACTIONS.has(action)) return { allowed: false, reason: "policy-error" };
  const principal = { type: "Steward::User", id: user.id };
  const resourceUid = { type: `Steward::${pascal(resource.type)}`, id: resource.id };
  const isSelf = resourceUid.type === principal.type && resourceUid.id === principal.id;
  const entities: cedar.EntityJson[] = [
    ...actionEntities,
    {
      uid: principal,
      attrs: { agency: user.agencyId, roles: [...user.roles], disabled: user.disabled },
      parents: [],
    },
    ...(isSelf ? [] : [{ uid: resourceUid, attrs: { agency: resource.agencyId }, parents: [] }]),
  ];
  const answer = cedar.statefulIsAuthorized({
    principal,
    action: { type: "Steward::Action", id: action },
    resource: resourceUid,
    context: {},
    preparsedPolicySetId: POLICY_SET_ID,
    entities,
  });
  if (answer.type !== "success") return { allowed: false, reason: "policy-error" };
  return answer.response.decision === "allow" ? { allowed: true } : { allowed: false, reason: "denied" };
}

function pascal(type: string): string {
  return type.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}
