import { type EncryptedPlaceholderMap, type Keyring, rotatePlaceholderMap } from "../pii/index.ts";
import type { CaseContext } from "./case-context.ts";
import { personalDataResealed } from "./case-events.ts";
import { newestKeyOf, openSealedText, sealText } from "./seal-text.ts";

/** What one run did for one agency. Case ids only: nothing here names a person. */
export interface ResealSummary {
  agencyId: string;
  keyVersion: number;
  /** Cases whose sealed question or placeholder map moved to the newest key. */
  resealed: number;
  /** Cases already sealed under the newest key. */
  alreadyCurrent: number;
  /** Cases that changed while this ran (erased, say) and were left to their new state. */
  changedMeanwhile: number;
  /** Cases whose sealed data no key of the keyring opens: left as they are, for an operator to look at. */
  unreadable: string[];
}

/** Cases read and resealed per statement: bounded memory whatever the number of cases. */
const BATCH_SIZE = 200;

interface SealedRow {
  id: string;
  question_sealed: string | null;
  placeholder_map_sealed: string | null;
}

/** The key version a sealed question ("version.iv.ciphertext.tag") or placeholder map (JSON) was sealed with. */
function questionKeyVersion(sealed: string): number {
  return Number(sealed.slice(0, sealed.indexOf(".")));
}

function mapKeyVersion(sealed: string): number | undefined {
  try {
    return (JSON.parse(sealed) as EncryptedPlaceholderMap).keyVersion;
  } catch {
    return undefined;
  }
}

type Resealed =
  | { kind: "current" }
  | { kind: "unreadable" }
  | { kind: "resealed"; question: string | null; map: string | null };

/** One case's sealed parts under the newest key; pure but for the fresh IVs. */
function resealRow(row: SealedRow, keyring: Keyring, newest: number): Resealed {
  const questionCurrent = row.question_sealed === null || questionKeyVersion(row.question_sealed) === newest;
  const mapCurrent =
    row.placeholder_map_sealed === null || mapKeyVersion(row.placeholder_map_sealed) === newest;
  if (questionCurrent && mapCurrent) return { kind: "current" };
  let question = row.question_sealed;
  if (!questionCurrent && question !== null) {
    const opened = openSealedText(question, keyring, row.id);
    if (opened === undefined) return { kind: "unreadable" };
    question = sealText(opened, keyring, row.id);
  }
  let map = row.placeholder_map_sealed;
  if (!mapCurrent && map !== null) {
    let sealedMap: EncryptedPlaceholderMap;
    try {
      sealedMap = JSON.parse(map) as EncryptedPlaceholderMap;
    } catch {
      return { kind: "unreadable" };
    }
    const rotated = rotatePlaceholderMap(sealedMap, keyring, row.id);
    if (!rotated.ok) return { kind: "unreadable" };
    map = JSON.stringify(rotated.value);
  }
  return { kind: "resealed", question, map };
}

/**
 * Key rotation's second half: after the key version is raised, every case of the agency still sealed under an
 * older key (its original question, its placeholder map) is opened and sealed again under the newest, so the
 * older keys can be retired. Runs in batches and can be run again: a case already under the newest key is left
 * alone, and a case that changes meanwhile (erased) keeps its change, since each update requires the sealed values
 * it read. The run is a ledger event with its counts.
 */
export async function resealPersonalData(
  context: CaseContext,
  agencyId: string,
  actor: string,
): Promise<ResealSummary> {
  const keyring = context.keyring(agencyId);
  const keyVersion = newestKeyOf(keyring).version;
  const summary: ResealSummary = {
    agencyId,
    keyVersion,
    resealed: 0,
    alreadyCurrent: 0,
    changedMeanwhile: 0,
    unreadable: [],
  };
  // Keyset pagination on the primary key: each batch starts after the last id of the one before.
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await context.database.query<SealedRow>(
      `SELECT id, question_sealed, placeholder_map_sealed FROM cases
       WHERE agency_id = $1 AND id > $2 AND (question_sealed IS NOT NULL OR placeholder_map_sealed IS NOT NULL)
       ORDER BY id LIMIT ${BATCH_SIZE}`,
      [agencyId, after],
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    for (const row of rows) {
      const resealed = resealRow(row, keyring, keyVersion);
      if (resealed.kind === "current") summary.alreadyCurrent++;
      else if (resealed.kind === "unreadable") summary.unreadable.push(row.id);
      else {
        const updated = await context.database.query(
          `UPDATE cases SET question_sealed = $2, placeholder_map_sealed = $3
           WHERE id = $1 AND question_sealed IS NOT DISTINCT FROM $4 AND placeholder_map_sealed IS NOT DISTINCT FROM $5
           RETURNING id`,
          [row.id, resealed.question, resealed.map, row.question_sealed, row.placeholder_map_sealed],
        );
        if (updated.length === 1) summary.resealed++;
        else summary.changedMeanwhile++;
      }
    }
  }
  await context.ledger.append(agencyId, {
    type: personalDataResealed.type,
    actor,
    subject: `agency:${agencyId}`,
    payload: {
      keyVersion,
      resealed: summary.resealed,
      alreadyCurrent: summary.alreadyCurrent,
      changedMeanwhile: summary.changedMeanwhile,
      unreadable: summary.unreadable.length,
    },
  });
  return summary;
}
