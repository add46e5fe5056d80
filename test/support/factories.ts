import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createAgency, createUser, type Role, type User } from "../../src/domains/identity/index.ts";
import { createService, publishWorkflowVersion, type Service } from "../../src/domains/workflow/index.ts";
import { ingestFolder } from "../../src/operations/ingest-folder.ts";
import type { Runtime } from "../../src/runtime.ts";

export const TEST_PASSWORD = "correct horse battery staple";

export async function makeAgency(runtime: Runtime, slug = `agency-${randomBytes(3).toString("hex")}`) {
  return createAgency(runtime, { slug, name: `Agency ${slug}` });
}

export async function makeUser(
  runtime: Runtime,
  agencyId: string,
  roles: Role[],
  options: { email?: string; password?: string | null; qualifications?: string[] } = {},
): Promise<User> {
  return createUser(runtime, {
    agencyId,
    email: options.email ?? `${roles.join("-") || "user"}-${randomBytes(4).toString("hex")}@test.example`,
    displayName: `Test ${roles.join(" ")}`,
    roles,
    qualifications: options.qualifications ?? [],
    ...(options.password === null ? {} : { password: options.password ?? TEST_PASSWORD }),
  });
}

const SAMPLE_PAGES = new URL("../../src/sample-service/housing-benefit/pages/", import.meta.url);

/**
 * A service with a live workflow of the given review settings, answering from the sample pages. `extra` adds
 * sections to the definition and may ingest the pages under another classification than public.
 */
export async function makeServiceWithPages(
  runtime: Runtime,
  agencyId: string,
  slug: string,
  review: Record<string, unknown>,
  model?: Record<string, unknown>,
  extra: { definition?: Record<string, unknown>; classification?: "public" | "internal" } = {},
): Promise<Service> {
  const service = await createService(runtime, { agencyId, slug, name: slug, actor: "test" });
  await publishWorkflowVersion(
    runtime,
    service,
    { languages: ["en"], defaultLanguage: "en", review, ...(model ? { model } : {}), ...extra.definition },
    "test",
  );
  await ingestFolder(
    runtime,
    service,
    fileURLToPath(SAMPLE_PAGES),
    {
      owner: "t",
      classification: extra.classification ?? "public",
      legalBasis: "t",
      approvedBy: "t",
      reviewDate: null,
      expiresAt: null,
      language: "en",
    },
    "test",
  );
  return service;
}
