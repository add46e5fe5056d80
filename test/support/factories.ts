import { randomBytes } from "node:crypto";
import { createAgency, createUser, type Role, type User } from "../../src/domains/identity/index.ts";
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
