import { z } from "zod";
import {
  importAiaAnswers,
  questionnaireFor,
  saveAssessmentDraft,
  scoreAia,
  startAssessment,
  validateAnswers,
} from "../domains/assessment/index.ts";
import { currentControlSet, obligationsOf } from "../domains/controls/index.ts";
import {
  createAgency,
  createApiToken,
  createUser,
  findAgencyBySlug,
  findUserByEmail,
  listAgencies,
  revokeApiToken,
  roleSchema,
} from "../domains/identity/index.ts";
import { findAiSystem, newAiSystemSchema, registerAiSystem } from "../domains/inventory/index.ts";
import { describeProblem, eventLine, headerLine } from "../domains/ledger/index.ts";
import { resealPersonalData } from "../domains/workflow/index.ts";
import { AppError } from "../errors.ts";
import type { Runtime } from "../runtime.ts";

/**
 * Operator operations, shared by the CLI (which runs them directly, or through a running server's
 * control socket when the embedded database is held by that server) and the control socket itself.
 * Each one validates its input with a schema: the same rules whichever way it arrives.
 */
interface ValueOperation<Input> {
  kind: "value";
  input: z.ZodType<Input>;
  run(runtime: Runtime, input: Input): Promise<unknown>;
}

interface StreamOperation<Input> {
  kind: "stream";
  input: z.ZodType<Input>;
  stream(runtime: Runtime, input: Input): AsyncIterable<string>;
}

export type Operation<Input = unknown> = ValueOperation<Input> | StreamOperation<Input>;

async function resolveAgency(runtime: Runtime, slug: string | undefined) {
  if (slug) {
    const agency = await findAgencyBySlug(runtime, slug);
    if (!agency) throw new AppError("not_found", `no agency with the slug "${slug}"`);
    return agency;
  }
  const agencies = await listAgencies(runtime);
  if (agencies.length === 1) return agencies[0]!;
  throw new AppError(
    "invalid_request",
    agencies.length === 0
      ? "there is no agency yet: run `steward init` first"
      : `several agencies exist (${agencies.map((agency) => agency.slug).join(", ")}): choose one with --agency`,
  );
}

async function resolveUser(runtime: Runtime, email: string) {
  const user = await findUserByEmail(runtime, email);
  if (!user) throw new AppError("not_found", `no user with the e-mail ${email}`);
  return user;
}

const createUserInput = z.object({
  agency: z.string().optional(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema).min(1, "give at least one --role"),
  qualifications: z.array(z.string()).default([]),
  password: z.string().optional(),
});

/** The governance officer recorded as the author of an assessment created from the command line. */
async function resolveOfficer(runtime: Runtime, agency: { id: string; slug: string }, email?: string) {
  if (email) {
    const user = await resolveUser(runtime, email);
    if (user.agencyId !== agency.id || !user.roles.includes("governance_officer"))
      throw new AppError("invalid_request", `${email} is not a governance officer of agency ${agency.slug}`);
    return user.id;
  }
  const [row] = await runtime.database.query<{ id: string }>(
    `SELECT id FROM users WHERE agency_id = $1 AND 'governance_officer' = ANY(roles) AND disabled_at IS NULL
     ORDER BY created_at, id LIMIT 1`,
    [agency.id],
  );
  if (!row)
    throw new AppError(
      "not_found",
      `agency ${agency.slug} has no governance officer: create one with \`steward users create --role governance_officer\``,
    );
  return row.id;
}

const registerSystemInput = z.object({
  agency: z.string().optional(),
  name: z.string(),
  purpose: z.string(),
  official: z.string(),
  affected: z.string(),
  models: z.array(z.string()).default([]),
  dataSources: z.array(z.string()).default([]),
});

const importAssessmentInput = z.object({
  agency: z.string().optional(),
  system: z.string().min(1),
  user: z.string().optional(),
  /** The parsed content of the official tool's saved file (or its bare data object). */
  saved: z.unknown(),
});

const operations = {
  "agencies.create": {
    kind: "value",
    input: z.object({ slug: z.string(), name: z.string() }),
    run: (runtime, input) => createAgency(runtime, input),
  } satisfies ValueOperation<{ slug: string; name: string }>,

  "users.create": {
    kind: "value",
    input: createUserInput,
    async run(runtime, input) {
      const agency = await resolveAgency(runtime, input.agency);
      const user = await createUser(runtime, {
        agencyId: agency.id,
        email: input.email,
        displayName: input.name,
        roles: input.roles,
        qualifications: input.qualifications,
        ...(input.password ? { password: input.password } : {}),
      });
      return { id: user.id, email: user.email, agency: agency.slug, roles: user.roles };
    },
  } satisfies ValueOperation<z.output<typeof createUserInput>>,

  "tokens.create": {
    kind: "value",
    input: z.object({ user: z.string(), name: z.string().min(1).max(100) }),
    async run(runtime, input) {
      const user = await resolveUser(runtime, input.user);
      return createApiToken(runtime, user, input.name);
    },
  } satisfies ValueOperation<{ user: string; name: string }>,

  "tokens.revoke": {
    kind: "value",
    input: z.object({ user: z.string(), tokenId: z.uuid("must be a token id (a UUID)") }),
    async run(runtime, input) {
      const user = await resolveUser(runtime, input.user);
      const revoked = await revokeApiToken(runtime, user, input.tokenId);
      if (!revoked) throw new AppError("not_found", `no active token ${input.tokenId} for ${input.user}`);
      return { revoked: true };
    },
  } satisfies ValueOperation<{ user: string; tokenId: string }>,

  "ledger.verify": {
    kind: "value",
    input: z.object({ agency: z.string().optional() }),
    async run(runtime, input) {
      const agencyId = input.agency ? (await resolveAgency(runtime, input.agency)).id : undefined;
      const verdict = await runtime.ledger.verify(agencyId);
      return verdict.ok
        ? { ok: true, eventsChecked: verdict.eventsChecked, checkpointsChecked: verdict.checkpointsChecked }
        : { ok: false, eventsChecked: verdict.eventsChecked, problem: describeProblem(verdict.problem) };
    },
  } satisfies ValueOperation<{ agency?: string | undefined }>,

  "controls.show": {
    kind: "value",
    input: z.object({ system: z.string().min(1), agency: z.string().optional() }),
    async run(runtime, input) {
      const agency = await resolveAgency(runtime, input.agency);
      const system = await findAiSystem(runtime.database, agency.id, input.system);
      if (!system) throw new AppError("not_found", `no AI system "${input.system}" in agency ${agency.slug}`);
      const stored = await currentControlSet(runtime.database, system.id);
      return {
        system: {
          id: system.id,
          name: system.name,
          lifecycle: system.lifecycle,
          services: system.serviceIds,
        },
        controlSet: stored
          ? {
              version: stored.version,
              contentHash: stored.controlSet.contentHash,
              inputs: stored.controlSet.inputs,
              settings: stored.controlSet.settings,
              obligations: await obligationsOf(runtime.database, stored),
            }
          : null,
      };
    },
  } satisfies ValueOperation<{ system: string; agency?: string | undefined }>,

  "systems.register": {
    kind: "value",
    input: registerSystemInput,
    async run(runtime, input) {
      const agency = await resolveAgency(runtime, input.agency);
      const parsed = newAiSystemSchema.safeParse({
        name: input.name,
        purpose: input.purpose,
        accountableOfficial: input.official,
        affectedPeople: input.affected,
        models: input.models,
        dataSources: input.dataSources,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const option = { accountableOfficial: "official", affectedPeople: "affected" }[
          String(issue?.path[0])
        ];
        throw new AppError("invalid_request", `${option ?? issue?.path.join(".")}: ${issue?.message}`);
      }
      const system = await registerAiSystem(runtime, agency.id, "operator", parsed.data);
      return { id: system.id, name: system.name, agency: agency.slug, lifecycle: system.lifecycle };
    },
  } satisfies ValueOperation<z.output<typeof registerSystemInput>>,

  "assess.import": {
    kind: "value",
    input: importAssessmentInput,
    async run(runtime, input) {
      const agency = await resolveAgency(runtime, input.agency);
      const system = await findAiSystem(runtime.database, agency.id, input.system);
      if (!system) throw new AppError("not_found", `no AI system "${input.system}" in agency ${agency.slug}`);
      const imported = importAiaAnswers(input.saved);
      if (!imported.ok) {
        const first = imported.errors[0];
        throw new AppError(
          "invalid_request",
          `not the official AIA tool's saved file: ${first?.path}: ${first?.message}`,
        );
      }
      // Check everything before anything is stored: a failed import leaves no empty draft behind.
      const questionnaire = questionnaireFor("aia");
      const data = Object.fromEntries(
        Object.entries(imported.value.data).filter(
          ([, value]) => !(value === null || value === "" || (Array.isArray(value) && value.length === 0)),
        ),
      );
      const checked = validateAnswers(questionnaire, data, "draft");
      if (!checked.ok) {
        const [first, ...rest] = checked.errors;
        const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
        throw new AppError("invalid_request", `${first?.message}${more}`);
      }
      const userId = await resolveOfficer(runtime, agency, input.user);
      const page = imported.value.currentPage ?? 0;
      const started = await startAssessment(runtime, agency.id, system.id, "aia", userId);
      const saved = await saveAssessmentDraft(
        runtime,
        started,
        data,
        page < questionnaire.pages.length ? page : 0,
        true,
      );
      const score = scoreAia(questionnaire, checked.value);
      return {
        assessmentId: saved.id,
        system: { id: system.id, name: system.name },
        questionnaireVersion: saved.questionnaireVersion,
        savedFileVersion: imported.value.toolVersion,
        answers: Object.keys(saved.answers).length,
        level: score.level,
        rawImpactScore: score.rawImpactScore,
        mitigationScore: score.mitigationScore,
        currentScore: score.currentScore,
        warnings: score.warnings.map((warning) => warning.code),
      };
    },
  } satisfies ValueOperation<z.output<typeof importAssessmentInput>>,

  "pii.reseal": {
    kind: "value",
    input: z.object({ agency: z.string().optional() }),
    async run(runtime, input) {
      const agencies = input.agency
        ? [await resolveAgency(runtime, input.agency)]
        : await listAgencies(runtime);
      const summaries = [];
      for (const agency of agencies)
        summaries.push({
          agency: agency.slug,
          ...(await resealPersonalData(runtime, agency.id, "operator")),
        });
      return summaries;
    },
  } satisfies ValueOperation<{ agency?: string | undefined }>,

  "ledger.checkpoint": {
    kind: "value",
    input: z.object({}),
    async run(runtime) {
      return { signed: await runtime.ledger.checkpointAll() };
    },
  } satisfies ValueOperation<Record<string, never>>,

  "ledger.export": {
    kind: "stream",
    input: z.object({ agency: z.string().optional() }),
    async *stream(runtime, input) {
      const agencyId = input.agency ? (await resolveAgency(runtime, input.agency)).id : undefined;
      // Sign the current heads first, so the export carries a checkpoint covering its last event.
      if (agencyId) await runtime.ledger.checkpoint(agencyId);
      else await runtime.ledger.checkpointAll();
      yield headerLine({
        format: "steward-ledger-export/1",
        exportedAt: runtime.now().toISOString(),
        publicKeys: Object.fromEntries(await runtime.ledger.publicKeys()),
        checkpoints: await runtime.ledger.checkpoints(agencyId),
      });
      for await (const event of runtime.ledger.events(agencyId)) yield eventLine(event);
    },
  } satisfies StreamOperation<{ agency?: string | undefined }>,
} as const;

export type OperationName = keyof typeof operations;

export function findOperation(name: string): Operation | undefined {
  return Object.hasOwn(operations, name) ? (operations[name as OperationName] as Operation) : undefined;
}

/** Validates the input of an operation; errors name the field. */
export function parseOperationInput(operation: Operation, input: unknown): unknown {
  const result = operation.input.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError(
      "invalid_request",
      `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return result.data;
}
