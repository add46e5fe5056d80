import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createAgency, createUser, listAgencies, type Role } from "../domains/identity/index.ts";
import type { Runtime } from "../runtime.ts";

export const DEMO_AGENCY_SLUG = "demo";

const DEMO_STAFF: { email: string; name: string; roles: Role[]; qualifications: string[] }[] = [
  {
    email: "reviewer@demo.example",
    name: "Robin Reviewer",
    roles: ["reviewer"],
    qualifications: ["genai-review-foundations"],
  },
  {
    email: "reviewer2@demo.example",
    name: "Sam Second-Reviewer",
    roles: ["reviewer"],
    qualifications: ["genai-review-foundations"],
  },
  { email: "officer@demo.example", name: "Olu Officer", roles: ["governance_officer"], qualifications: [] },
  { email: "caseworker@demo.example", name: "Casey Caseworker", roles: ["caseworker"], qualifications: [] },
  { email: "auditor@demo.example", name: "Aud Auditor", roles: ["auditor"], qualifications: [] },
  { email: "admin@demo.example", name: "Ada Administrator", roles: ["admin"], qualifications: [] },
];

export interface DemoSeed {
  agencySlug: string;
  credentials: { email: string; password: string; roles: Role[] }[];
  credentialsFile: string;
}

/**
 * On first start with an empty database, creates a demo agency and its staff so that a new user can
 * try Steward at once. Passwords are random per installation (never a shared default), printed once
 * and kept in a file readable only by the owner of the data directory.
 */
export async function seedDemoIfEmpty(runtime: Runtime): Promise<DemoSeed | undefined> {
  if ((await listAgencies(runtime)).length > 0) return undefined;
  const agency = await createAgency(runtime, { slug: DEMO_AGENCY_SLUG, name: "Demo City Council" });
  const credentials: DemoSeed["credentials"] = [];
  for (const person of DEMO_STAFF) {
    const password = randomBytes(9).toString("base64url");
    await createUser(runtime, {
      agencyId: agency.id,
      email: person.email,
      displayName: person.name,
      password,
      roles: person.roles,
      qualifications: person.qualifications,
    });
    credentials.push({ email: person.email, password, roles: person.roles });
  }
  const credentialsFile = join(runtime.config.dataDir, "demo-credentials.txt");
  writeFileSync(
    credentialsFile,
    `${credentials.map((entry) => `${entry.email}\t${entry.password}\t${entry.roles.join(",")}`).join("\n")}\n`,
    { mode: 0o600 },
  );
  return { agencySlug: agency.slug, credentials, credentialsFile };
}
