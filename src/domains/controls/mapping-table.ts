import { readFileSync } from "node:fs";
import { z } from "zod";
import { settingControlSchema } from "./runtime-settings.ts";

const localizedSchema = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();

export const ownerRoles = ["service_owner", "governance_officer", "technical_lead"] as const;
export type OwnerRole = (typeof ownerRoles)[number];

/** When the obligation is due, relative to the service: the lead turns it into a date. */
export const dueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("before_go_live") }).strict(),
  z.object({ kind: z.literal("after_go_live"), days: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal("recurring"), months: z.number().int().positive() }).strict(),
]);
export type Due = z.infer<typeof dueSchema>;

const obligationControlSchema = z
  .object({
    kind: z.literal("obligation"),
    obligation: z.string().min(1),
    title: localizedSchema,
    owner: z.enum(ownerRoles),
    due: dueSchema,
    evidence: z.enum(["attestation", "document"]),
  })
  .strict();
export type ObligationControl = z.infer<typeof obligationControlSchema>;

/** When a row applies. */
export const conditionSchema = z.union([
  z.object({ always: z.literal(true) }).strict(),
  z
    .object({ aiaLevel: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])).min(1) })
    .strict(),
  z.object({ euObligation: z.string().min(1) }).strict(),
  z
    .object({
      euCategory: z.array(z.enum(["prohibited", "high-risk", "limited-risk", "minimal-risk"])).min(1),
    })
    .strict(),
]);
export type RowCondition = z.infer<typeof conditionSchema>;

const rowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "row ids are kebab-case"),
    when: conditionSchema,
    control: z.union([settingControlSchema, obligationControlSchema]),
    reference: z.string().min(10, "every row needs a reference to its source"),
    /** "instrument": the value is the law's or policy's own; "steward-policy": Steward chose it. */
    basis: z.enum(["instrument", "steward-policy"]),
    note: z.string(),
  })
  .strict();
export type MappingRow = z.infer<typeof rowSchema>;

const tableSchema = z
  .object({ version: z.string().min(1), description: z.string().optional(), rows: z.array(rowSchema).min(1) })
  .strict();
export type MappingTable = z.infer<typeof tableSchema>;

export interface MappingTableError {
  path: string;
  message: string;
}

export type MappingTableResult =
  | { ok: true; value: MappingTable }
  | { ok: false; errors: MappingTableError[] };

/** Validates a mapping table; errors name the row by its id where it has one. */
export function parseMappingTable(raw: unknown): MappingTableResult {
  const parsed = tableSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const [first, index, ...rest] = issue.path;
        const rows = (raw as { rows?: { id?: unknown }[] } | null)?.rows;
        const id = first === "rows" && typeof index === "number" ? rows?.[index]?.id : undefined;
        const where =
          first === "rows" && typeof index === "number"
            ? `row ${typeof id === "string" ? id : `#${index}`}`
            : String(first ?? "(table)");
        return { path: [where, ...rest.map(String)].join("."), message: issue.message };
      }),
    };
  }
  const errors: MappingTableError[] = [];
  const seen = new Set<string>();
  const obligationTitles = new Map<string, string>();
  for (const row of parsed.data.rows) {
    if (seen.has(row.id)) errors.push({ path: `row ${row.id}`, message: "duplicate row id" });
    seen.add(row.id);
    if (row.control.kind === "obligation") {
      const title = obligationTitles.get(row.control.obligation);
      if (title !== undefined && title !== row.control.title.en) {
        errors.push({
          path: `row ${row.id}`,
          message: `obligation ${row.control.obligation} has a different title in another row`,
        });
      }
      obligationTitles.set(row.control.obligation, row.control.title.en);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}

const TABLE_FILE = new URL("./mapping-table.json", import.meta.url);

/** The table shipped with Steward. Throws if the file is malformed: that is a build defect, not user input. */
export function defaultMappingTable(): MappingTable {
  const result = parseMappingTable(JSON.parse(readFileSync(TABLE_FILE, "utf8")));
  if (!result.ok) {
    throw new Error(`mapping-table.json: ${result.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  }
  return result.value;
}
