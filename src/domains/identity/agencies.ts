import { randomUUID } from "node:crypto";
import { z } from "zod";
import { agencyCreated } from "../ledger/index.ts";
import type { IdentityContext } from "./context.ts";

export const newAgencySchema = z.object({
  slug: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      "use 2–63 lowercase letters, digits and hyphens, starting with a letter or digit",
    ),
  name: z.string().trim().min(1, "is required").max(200),
});

export interface Agency {
  id: string;
  slug: string;
  name: string;
}

export async function createAgency(
  context: IdentityContext,
  input: z.input<typeof newAgencySchema>,
): Promise<Agency> {
  const { slug, name } = newAgencySchema.parse(input);
  const id = randomUUID();
  return context.database.transaction(async (transaction) => {
    await transaction.query("INSERT INTO agencies (id, slug, name) VALUES ($1, $2, $3)", [id, slug, name]);
    await context.ledger.appendIn(transaction, id, {
      type: agencyCreated.type,
      actor: "system",
      subject: `agency:${id}`,
      payload: { agencyId: id, slug },
    });
    return { id, slug, name };
  });
}

export async function findAgencyBySlug(context: Pick<IdentityContext, "database">, slug: string) {
  const [row] = await context.database.query<Agency>("SELECT id, slug, name FROM agencies WHERE slug = $1", [
    slug,
  ]);
  return row;
}

export async function listAgencies(context: Pick<IdentityContext, "database">): Promise<Agency[]> {
  return context.database.query<Agency>("SELECT id, slug, name FROM agencies ORDER BY slug");
}
