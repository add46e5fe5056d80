/**
 * Every action a staff member can take, grouped. The group decides which Cedar rule applies
 * (see policies.cedar). Adding an action here is the only way to make it authorisable.
 */
export const ACTION_GROUPS = {
  staff: ["view-staff-home", "view-own-profile"],
  casework: ["view-case", "create-case-note"],
  review: ["view-review-queue", "claim-case", "decide-case", "view-original-question"],
  governance: [
    "manage-ai-systems",
    "edit-assessment",
    "sign-off-assessment",
    "manage-sources",
    "manage-workflows",
  ],
  audit: ["verify-ledger", "export-ledger", "view-ledger", "view-metrics", "view-assessments"],
  administer: ["manage-users", "manage-agency"],
  self: ["manage-own-tokens"],
} as const;

export type ActionGroup = keyof typeof ACTION_GROUPS;
export type Action = (typeof ACTION_GROUPS)[ActionGroup][number];

export const ALL_ACTIONS: readonly Action[] = Object.values(ACTION_GROUPS).flat();
