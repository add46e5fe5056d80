import { randomUUID } from "node:crypto";
import { AppError } from "../../errors.ts";
import type { Queryable } from "../../store/database.ts";
import { currentControlSet } from "../controls/index.ts";
import { systemForService } from "../inventory/index.ts";
import { canonicalJson, sha256Hex } from "../ledger/index.ts";
import type { PiiPolicy } from "../pii/index.ts";
import type { CaseContext } from "./case-context.ts";
import { serviceCreated, workflowPublished } from "./case-events.ts";
import type { CaseRecord } from "./case-row.ts";
import {
  parseWorkflowDefinition,
  personalDataPolicy,
  type WorkflowDefinition,
} from "./workflow-definition.ts";

export interface Service {
  id: string;
  agencyId: string;
  slug: string;
  name: string;
}

export interface LiveWorkflow {
  id: string;
  version: number;
  definition: WorkflowDefinition;
}

export class WorkflowDefinitionError extends Error {
  override name = "WorkflowDefinitionError";
  constructor(readonly errors: string[]) {
    super(`the workflow definition is invalid: ${errors.join("; ")}`);
  }
}

export async function createService(
  context: Pick<CaseContext, "database" | "ledger">,
  input: { agencyId: string; slug: string; name: string; actor: string },
): Promise<Service> {
  const id = randomUUID();
  await context.database.transaction(async (transaction) => {
    await transaction.query("INSERT INTO services (id, agency_id, slug, name) VALUES ($1, $2, $3, $4)", [
      id,
      input.agencyId,
      input.slug,
      input.name,
    ]);
    await context.ledger.appendIn(transaction, input.agencyId, {
      type: serviceCreated.type,
      actor: input.actor,
      subject: `service:${id}`,
      payload: { serviceId: id, slug: input.slug },
    });
  });
  return { id, agencyId: input.agencyId, slug: input.slug, name: input.name };
}

export async function findServiceBySlug(queryable: Queryable, slug: string): Promise<Service | undefined> {
  const [row] = await queryable.query<{ id: string; agency_id: string; slug: string; name: string }>(
    "SELECT id, agency_id, slug, name FROM services WHERE slug = $1",
    [slug],
  );
  return row ? { id: row.id, agencyId: row.agency_id, slug: row.slug, name: row.name } : undefined;
}

export async function listServices(queryable: Queryable, agencyId: string): Promise<Service[]> {
  const rows = await queryable.query<{ id: string; agency_id: string; slug: string; name: string }>(
    "SELECT id, agency_id, slug, name FROM services WHERE agency_id = $1 ORDER BY name",
    [agencyId],
  );
  return rows.map((row) => ({ id: row.id, agencyId: row.agency_id, slug: row.slug, name: row.name }));
}

/** Validates a definition and makes it the service's live version (the previous one is retired). */
export async function publishWorkflowVersion(
  context: Pick<CaseContext, "database" | "ledger">,
  service: Service,
  input: unknown,
  actor: string,
): Promise<LiveWorkflow> {
  const parsed = parseWorkflowDefinition(input);
  if (!parsed.ok) throw new WorkflowDefinitionError(parsed.errors);
  // An AI system with no signed-off assessment cannot have a live workflow version.
  const systemId = await systemForService(context.database, service.id);
  if (systemId && !(await currentControlSet(context.database, systemId))) {
    throw new AppError(
      "conflict",
      "the service's AI system has no signed-off assessment, so no workflow version can go live",
    );
  }
  const id = randomUUID();
  return context.database.transaction(async (transaction) => {
    const [latest] = await transaction.query<{ version: number }>(
      "SELECT max(version) AS version FROM workflow_versions WHERE service_id = $1",
      [service.id],
    );
    const version = Number(latest?.version ?? 0) + 1;
    await transaction.query(
      "UPDATE workflow_versions SET status = 'retired' WHERE service_id = $1 AND status = 'live'",
      [service.id],
    );
    await transaction.query(
      "INSERT INTO workflow_versions (id, service_id, version, definition, status, created_by) VALUES ($1, $2, $3, $4, 'live', $5)",
      [id, service.id, version, JSON.stringify(parsed.definition), actor],
    );
    await context.ledger.appendIn(transaction, service.agencyId, {
      type: workflowPublished.type,
      actor,
      subject: `service:${service.id}`,
      payload: {
        serviceId: service.id,
        workflowVersionId: id,
        version,
        definitionDigest: sha256Hex(canonicalJson(parsed.definition)),
      },
    });
    return { id, version, definition: parsed.definition };
  });
}

export async function liveWorkflow(
  queryable: Queryable,
  serviceId: string,
): Promise<LiveWorkflow | undefined> {
  const [row] = await queryable.query<{ id: string; version: number; definition: WorkflowDefinition }>(
    "SELECT id, version, definition FROM workflow_versions WHERE service_id = $1 AND status = 'live'",
    [serviceId],
  );
  return row ? { id: row.id, version: Number(row.version), definition: row.definition } : undefined;
}

/** What intake needs to know about a service, read in one statement: the service, its live workflow, its AI system. */
export interface IntakeTarget {
  service: Service;
  workflow: LiveWorkflow | undefined;
  /** The AI system the service belongs to in the inventory, if it is registered. */
  systemId: string | undefined;
}

export async function findIntakeTarget(
  queryable: Queryable,
  slug: string,
): Promise<IntakeTarget | undefined> {
  // ai_system_services belongs to the inventory; it is joined here so that a case costs one read, not three.
  const [row] = await queryable.query<{
    id: string;
    agency_id: string;
    slug: string;
    name: string;
    workflow_id: string | null;
    workflow_version: number | null;
    definition: WorkflowDefinition | null;
    system_id: string | null;
  }>(
    `SELECT s.id, s.agency_id, s.slug, s.name, w.id AS workflow_id, w.version AS workflow_version, w.definition,
            l.system_id
     FROM services s
     LEFT JOIN workflow_versions w ON w.service_id = s.id AND w.status = 'live'
     LEFT JOIN ai_system_services l ON l.service_id = s.id
     WHERE s.slug = $1`,
    [slug],
  );
  if (!row) return undefined;
  return {
    service: { id: row.id, agencyId: row.agency_id, slug: row.slug, name: row.name },
    workflow:
      row.workflow_id && row.definition
        ? { id: row.workflow_id, version: Number(row.workflow_version), definition: row.definition }
        : undefined,
    systemId: row.system_id ?? undefined,
  };
}

export async function workflowVersionById(
  queryable: Queryable,
  id: string,
): Promise<LiveWorkflow | undefined> {
  const [row] = await queryable.query<{ id: string; version: number; definition: WorkflowDefinition }>(
    "SELECT id, version, definition FROM workflow_versions WHERE id = $1",
    [id],
  );
  return row ? { id: row.id, version: Number(row.version), definition: row.definition } : undefined;
}

/** The personal-data policy of the workflow version a case was submitted under (and runs under to the end). */
export async function casePersonalDataPolicy(
  queryable: Queryable,
  record: Pick<CaseRecord, "id" | "workflowVersionId">,
): Promise<PiiPolicy> {
  const workflow = await workflowVersionById(queryable, record.workflowVersionId);
  if (!workflow) throw new Error(`case ${record.id} pins a missing workflow version`);
  return personalDataPolicy(workflow.definition);
}
