import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAgency, createUser, listAgencies, type Role } from "../domains/identity/index.ts";
import { createService, publishWorkflowVersion, type Service } from "../domains/workflow/index.ts";
import type { Runtime } from "../runtime.ts";
import { ingestFolder } from "./ingest-folder.ts";

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
  await seedHousingBenefitService(runtime, agency.id);
  const credentialsFile = join(runtime.config.dataDir, "demo-credentials.txt");
  writeFileSync(
    credentialsFile,
    `${credentials.map((entry) => `${entry.email}\t${entry.password}\t${entry.roles.join(",")}`).join("\n")}\n`,
    { mode: 0o600 },
  );
  return { agencySlug: agency.slug, credentials, credentialsFile };
}

const SAMPLE_DIRECTORY = fileURLToPath(new URL("../sample-service/housing-benefit/", import.meta.url));

/** The demo service: housing-benefit enquiries, every answer reviewed, answered from 20+ public pages. */
export async function seedHousingBenefitService(runtime: Runtime, agencyId: string): Promise<Service> {
  const service = await createService(runtime, {
    agencyId,
    slug: "housing-benefit",
    name: "Housing Benefit",
    actor: "system",
  });
  await publishWorkflowVersion(
    runtime,
    service,
    readFileSync(join(SAMPLE_DIRECTORY, "workflow.yaml"), "utf8"),
    "system",
  );
  const today = runtime.now();
  const inYears = (years: number) =>
    new Date(Date.UTC(today.getUTCFullYear() + years, today.getUTCMonth(), 1)).toISOString().slice(0, 10);
  const provenance = {
    owner: "Housing Benefit Team",
    classification: "public" as const,
    legalBasis: "Published public information (duty to inform)",
    approvedBy: "officer@demo.example",
    reviewDate: inYears(1),
    expiresAt: inYears(2),
  };
  const pages = join(SAMPLE_DIRECTORY, "pages");
  await ingestFolder(runtime, service, pages, { ...provenance, language: "en" }, "system", undefined, "en/");
  const french = join(SAMPLE_DIRECTORY, "pages-fr");
  await ingestFolder(runtime, service, french, { ...provenance, language: "fr" }, "system", undefined, "fr/");
  return service;
}
