import { z } from "zod";

/** Staff roles. Citizens have no account: they are anonymous or known by a case reference. */
export const ROLES = ["caseworker", "reviewer", "governance_officer", "auditor", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);
