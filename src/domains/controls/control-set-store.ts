import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "../../errors.ts";
import type { Database, Queryable } from "../../store/database.ts";
import { type AssessmentResults, effectiveAssessments } from "../assessment/index.ts";
import { defineLedgerEvent, type Ledger } from "../ledger/index.ts";
import { type ControlSet, compileControls } from "./compile-controls.ts";
import type { CheckedEvidence, EvidenceMediaType } from "./evidence-documents.ts";
import { defaultMappingTable } from "./mapping-table.ts";

export const controlSetCompiled = defineLedgerEvent("control-set-compiled", {
  systemId: z.string(),
  controlSetId: z.string(),
  version: z.number().int(),
  contentHash: z.string(),
  assessmentIds: z.array(z.string()),
  reviewMode: z.string(),
  obligations: z.number().int(),
});
export const obligationMet = defineLedgerEvent("obligation-met", {
  controlSetId: z.string(),
  obligation: z.string(),
  evidenceKind: z.enum(["attestation", "document"]),
  evidenceDigest: z.string().regex(/^[0-9a-f]{64}$/),
});

export interface StoredControlSet {
  id: string;
  systemId: string;
  version: number;
  controlSet: ControlSet;
  createdAt: Date;
}

interface StoreContext {
  database: Database;
  ledger: Ledger;
  now: () => Date;
}

function dueDate(due: ControlSet["obligations"][number]["due"], from: Date): string | null {
  const date = new Date(from);
  if (due.kind === "after_go_live") date.setUTCDate(date.getUTCDate() + due.days);
  else if (due.kind === "recurring") date.setUTCMonth(date.getUTCMonth() + due.months);
  return date.toISOString().slice(0, 10);
}

/**
 * Compiles the system's signed-off assessments into a control set and stores it as the next version,
 * unless nothing changed. Cases already in flight keep the version they pinned.
 */
export async function compileAndStoreControlSet(
  context: StoreContext,
  agencyId: string,
  systemId: string,
  actor: string,
): Promise<StoredControlSet | undefined> {
  const assessments = await effectiveAssessments(context.database, systemId);
  const results: AssessmentResults = {};
  for (const assessment of assessments) {
    if (assessment.result?.kind === "aia") {
      results.aia = {
        level: assessment.result.level,
        questionnaireVersion: assessment.result.questionnaireVersion,
      };
    }
    if (assessment.result?.kind === "eu-ai-act") {
      results.euAiAct = { category: assessment.result.category, obligations: assessment.result.obligations };
    }
  }
  if (!results.aia && !results.euAiAct) return undefined;
  const compiled = compileControls(results, defaultMappingTable());
  const current = await currentControlSet(context.database, systemId);
  if (current?.controlSet.contentHash === compiled.contentHash) return current;
  const id = randomUUID();
  const version = (current?.version ?? 0) + 1;
  const now = context.now();
  await context.database.transaction(async (transaction) => {
    await transaction.query(
      "INSERT INTO control_sets (id, system_id, version, content_hash, control_set, assessment_ids, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [
        id,
        systemId,
        version,
        compiled.contentHash,
        JSON.stringify(compiled),
        assessments.map((assessment) => assessment.id),
        now,
      ],
    );
    for (const obligation of compiled.obligations) {
      await transaction.query(
        "INSERT INTO obligations (id, control_set_id, obligation, owner_role, due_date) VALUES ($1, $2, $3, $4, $5)",
        [randomUUID(), id, obligation.id, obligation.owner, dueDate(obligation.due, now)],
      );
    }
    await context.ledger.appendIn(transaction, agencyId, {
      type: controlSetCompiled.type,
      actor,
      subject: `ai-system:${systemId}`,
      payload: {
        systemId,
        controlSetId: id,
        version,
        contentHash: compiled.contentHash,
        assessmentIds: assessments.map((assessment) => assessment.id),
        reviewMode: compiled.settings.reviewMode.value.mode,
        obligations: compiled.obligations.length,
      },
    });
  });
  return { id, systemId, version, controlSet: compiled, createdAt: now };
}

interface ControlSetRow {
  id: string;
  version: number;
  control_set: ControlSet;
  created_at: Date;
}

function storedControlSet(systemId: string, row: ControlSetRow): StoredControlSet {
  return {
    id: row.id,
    systemId,
    version: Number(row.version),
    controlSet: row.control_set,
    createdAt: new Date(row.created_at),
  };
}

export async function currentControlSet(
  queryable: Queryable,
  systemId: string,
): Promise<StoredControlSet | undefined> {
  const [row] = await queryable.query<ControlSetRow>(
    "SELECT id, version, control_set, created_at FROM control_sets WHERE system_id = $1 ORDER BY version DESC LIMIT 1",
    [systemId],
  );
  return row ? storedControlSet(systemId, row) : undefined;
}

/** Every control-set version the system has had, newest first. */
export async function controlSetVersions(
  queryable: Queryable,
  systemId: string,
): Promise<StoredControlSet[]> {
  const rows = await queryable.query<ControlSetRow>(
    "SELECT id, version, control_set, created_at FROM control_sets WHERE system_id = $1 ORDER BY version DESC",
    [systemId],
  );
  return rows.map((row) => storedControlSet(systemId, row));
}

export interface ObligationStatus {
  obligation: string;
  title: { en: string; fr: string };
  owner: string;
  dueDate: string | null;
  status: "open" | "met";
  evidenceKind: string | null;
  /** The uploaded document that met the obligation (metadata only), when the evidence is a document. */
  document: { filename: string; mediaType: EvidenceMediaType; size: number; sha256: string } | null;
  references: string[];
}

export async function obligationsOf(
  queryable: Queryable,
  stored: StoredControlSet,
): Promise<ObligationStatus[]> {
  const rows = await queryable.query<{
    obligation: string;
    owner_role: string;
    due_date: string | Date | null;
    status: "open" | "met";
    evidence_kind: string | null;
    filename: string | null;
    media_type: EvidenceMediaType | null;
    size: number | null;
    sha256: string | null;
  }>(
    `SELECT o.obligation, o.owner_role, o.due_date, o.status, o.evidence_kind, d.filename, d.media_type, d.size, d.sha256
     FROM obligations o LEFT JOIN evidence_documents d ON d.obligation_id = o.id
     WHERE o.control_set_id = $1 ORDER BY o.due_date NULLS FIRST, o.obligation`,
    [stored.id],
  );
  return rows.map((row) => {
    const compiled = stored.controlSet.obligations.find((obligation) => obligation.id === row.obligation);
    return {
      obligation: row.obligation,
      title: compiled?.title ?? { en: row.obligation, fr: row.obligation },
      owner: row.owner_role,
      dueDate: row.due_date ? new Date(row.due_date).toISOString().slice(0, 10) : null,
      status: row.status,
      evidenceKind: row.evidence_kind,
      document:
        row.filename && row.media_type && row.sha256
          ? { filename: row.filename, mediaType: row.media_type, size: Number(row.size), sha256: row.sha256 }
          : null,
      references: compiled?.references ?? [],
    };
  });
}

/**
 * Closes an obligation with evidence, recorded by digest in the ledger: an attestation text (its digest) or an
 * uploaded document (stored with its SHA-256 digest; the document itself never enters the ledger).
 */
export async function meetObligation(
  context: StoreContext,
  agencyId: string,
  stored: StoredControlSet,
  obligation: string,
  evidence:
    | { kind: "attestation"; digest: string; note?: string }
    | { kind: "document"; document: CheckedEvidence; note?: string },
  userId: string,
): Promise<void> {
  const digest = evidence.kind === "document" ? evidence.document.sha256 : evidence.digest;
  await context.database.transaction(async (transaction) => {
    const now = context.now();
    const rows = await transaction.query<{ id: string }>(
      `UPDATE obligations SET status = 'met', evidence_kind = $3, evidence_digest = $4, evidence_note = $5, met_by = $6, met_at = $7
       WHERE control_set_id = $1 AND obligation = $2 AND status = 'open' RETURNING id`,
      [stored.id, obligation, evidence.kind, digest, evidence.note ?? null, userId, now],
    );
    const [row] = rows;
    if (!row) throw new AppError("not_found", `no open obligation "${obligation}" in this control set`);
    if (evidence.kind === "document") {
      const { document } = evidence;
      await transaction.query(
        `INSERT INTO evidence_documents (id, obligation_id, filename, media_type, size, sha256, content, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          randomUUID(),
          row.id,
          document.filename,
          document.mediaType,
          document.size,
          document.sha256,
          Buffer.from(document.content.buffer, document.content.byteOffset, document.content.byteLength),
          userId,
          now,
        ],
      );
    }
    await context.ledger.appendIn(transaction, agencyId, {
      type: obligationMet.type,
      actor: `user:${userId}`,
      subject: `control-set:${stored.id}`,
      payload: {
        controlSetId: stored.id,
        obligation,
        evidenceKind: evidence.kind,
        evidenceDigest: digest,
      },
    });
  });
}
