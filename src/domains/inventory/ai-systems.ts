import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "../../errors.ts";
import type { Database, Queryable } from "../../store/database.ts";
import type { Ledger } from "../ledger/index.ts";
import { aiSystemLifecycleChanged, aiSystemRegistered, aiSystemServiceLinked } from "./inventory-events.ts";

export const LIFECYCLE = ["proposed", "assessed", "approved", "pilot", "live", "retired"] as const;
export type Lifecycle = (typeof LIFECYCLE)[number];

/** Allowed lifecycle moves: forward one step, or retire; "live" and "pilot" need an approved assessment. */
const NEXT: Record<Lifecycle, readonly Lifecycle[]> = {
  proposed: ["assessed", "retired"],
  assessed: ["approved", "retired"],
  approved: ["pilot", "live", "retired"],
  pilot: ["live", "approved", "retired"],
  live: ["pilot", "retired"],
  retired: [],
};

/** The states a system may move to from `from` (the lifecycle form offers exactly these). */
export function nextLifecycleStates(from: Lifecycle): readonly Lifecycle[] {
  return NEXT[from];
}

export const newAiSystemSchema = z.object({
  name: z.string().trim().min(2, "needs at least 2 characters").max(200),
  purpose: z.string().trim().min(10, "describe the purpose in at least 10 characters").max(4000),
  accountableOfficial: z.string().trim().min(2, "is required").max(200),
  affectedPeople: z.string().trim().min(2, "is required").max(2000),
  models: z.array(z.string().min(1).max(200)).default([]),
  dataSources: z.array(z.string().min(1).max(200)).default([]),
});

export interface AiSystem {
  id: string;
  agencyId: string;
  name: string;
  purpose: string;
  accountableOfficial: string;
  affectedPeople: string;
  models: string[];
  dataSources: string[];
  lifecycle: Lifecycle;
  serviceIds: string[];
}

interface InventoryContext {
  database: Database;
  ledger: Ledger;
}

const COLUMNS = `s.id, s.agency_id, s.name, s.purpose, s.accountable_official, s.affected_people, s.models, s.data_sources,
  s.lifecycle, coalesce(array_agg(l.service_id) FILTER (WHERE l.service_id IS NOT NULL), '{}') AS service_ids`;

function toSystem(row: Record<string, unknown>): AiSystem {
  return {
    id: row.id as string,
    agencyId: row.agency_id as string,
    name: row.name as string,
    purpose: row.purpose as string,
    accountableOfficial: row.accountable_official as string,
    affectedPeople: row.affected_people as string,
    models: row.models as string[],
    dataSources: row.data_sources as string[],
    lifecycle: row.lifecycle as Lifecycle,
    serviceIds: (row.service_ids as string[]) ?? [],
  };
}

export async function registerAiSystem(
  context: InventoryContext,
  agencyId: string,
  actor: string,
  input: z.input<typeof newAiSystemSchema>,
): Promise<AiSystem> {
  const system = newAiSystemSchema.parse(input);
  const id = randomUUID();
  await context.database.transaction(async (transaction) => {
    const clash = await transaction.query("SELECT 1 FROM ai_systems WHERE agency_id = $1 AND name = $2", [
      agencyId,
      system.name,
    ]);
    if (clash.length > 0)
      throw new AppError("conflict", `an AI system named "${system.name}" exists already`);
    await transaction.query(
      `INSERT INTO ai_systems (id, agency_id, name, purpose, accountable_official, affected_people, models, data_sources)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        agencyId,
        system.name,
        system.purpose,
        system.accountableOfficial,
        system.affectedPeople,
        system.models,
        system.dataSources,
      ],
    );
    await context.ledger.appendIn(transaction, agencyId, {
      type: aiSystemRegistered.type,
      actor,
      subject: `ai-system:${id}`,
      payload: { systemId: id },
    });
  });
  return { id, agencyId, ...system, lifecycle: "proposed", serviceIds: [] };
}

export async function listAiSystems(queryable: Queryable, agencyId: string): Promise<AiSystem[]> {
  const rows = await queryable.query<Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM ai_systems s LEFT JOIN ai_system_services l ON l.system_id = s.id
     WHERE s.agency_id = $1 GROUP BY s.id ORDER BY s.name`,
    [agencyId],
  );
  return rows.map(toSystem);
}

/** Finds a system of the agency by id or by exact name. */
export async function findAiSystem(
  queryable: Queryable,
  agencyId: string,
  idOrName: string,
): Promise<AiSystem | undefined> {
  const isId = z.uuid().safeParse(idOrName).success;
  const rows = await queryable.query<Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM ai_systems s LEFT JOIN ai_system_services l ON l.system_id = s.id
     WHERE s.agency_id = $1 AND ${isId ? "s.id = $2::uuid" : "s.name = $2"} GROUP BY s.id`,
    [agencyId, idOrName],
  );
  return rows[0] ? toSystem(rows[0]) : undefined;
}

export async function systemForService(queryable: Queryable, serviceId: string): Promise<string | undefined> {
  const [row] = await queryable.query<{ system_id: string }>(
    "SELECT system_id FROM ai_system_services WHERE service_id = $1",
    [serviceId],
  );
  return row?.system_id;
}

export async function linkServiceToSystem(
  context: InventoryContext,
  system: AiSystem,
  serviceId: string,
  actor: string,
): Promise<void> {
  await context.database.transaction(async (transaction) => {
    const [service] = await transaction.query<{ agency_id: string }>(
      "SELECT agency_id FROM services WHERE id = $1",
      [serviceId],
    );
    if (!service || service.agency_id !== system.agencyId)
      throw new AppError("not_found", "no such service in this agency");
    await transaction.query(
      "INSERT INTO ai_system_services (service_id, system_id) VALUES ($1, $2) ON CONFLICT (service_id) DO UPDATE SET system_id = $2",
      [serviceId, system.id],
    );
    await context.ledger.appendIn(transaction, system.agencyId, {
      type: aiSystemServiceLinked.type,
      actor,
      subject: `ai-system:${system.id}`,
      payload: { systemId: system.id, serviceId },
    });
  });
}

/**
 * Moves a system along its lifecycle. A system can go to pilot or live only with an effective control
 * set, that is, an assessment signed off as its level requires.
 */
export async function changeLifecycle(
  context: InventoryContext,
  system: AiSystem,
  to: Lifecycle,
  actor: string,
  hasEffectiveControls: boolean,
): Promise<AiSystem> {
  if (!NEXT[system.lifecycle].includes(to)) {
    throw new AppError("conflict", `an AI system that is ${system.lifecycle} cannot become ${to}`);
  }
  if ((to === "approved" || to === "pilot" || to === "live") && !hasEffectiveControls) {
    throw new AppError("conflict", `an AI system needs a signed-off assessment before it can be ${to}`);
  }
  await context.database.transaction(async (transaction) => {
    await transaction.query("UPDATE ai_systems SET lifecycle = $2 WHERE id = $1", [system.id, to]);
    await context.ledger.appendIn(transaction, system.agencyId, {
      type: aiSystemLifecycleChanged.type,
      actor,
      subject: `ai-system:${system.id}`,
      payload: { systemId: system.id, from: system.lifecycle, to },
    });
  });
  return { ...system, lifecycle: to };
}
