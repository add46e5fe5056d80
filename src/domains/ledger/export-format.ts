import { canonicalJson } from "./canonical-json.ts";
import { verifyCheckpointSignature } from "./checkpoint.ts";
import { type ChainVerdict, ChainVerifier, type Checkpoint } from "./verify-chain.ts";

/**
 * The export is JSON Lines, every line itself canonical JSON:
 *   line 1: {"checkpoints":[…],"exportedAt":…,"format":"steward-ledger-export/1","publicKeys":{keyId: base64 SPKI}}
 *   then one line per event: {"event":<the exact hashed body>,"hash":"<sha-256 hex>"}
 * Because the body is embedded verbatim, a verifier hashes the bytes between `{"event":` and
 * `,"hash":"…"}` — no re-encoding, so no dependency on a canonicaliser is needed to check it.
 */
export const EXPORT_FORMAT = "steward-ledger-export/1";

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  publicKeys: Record<string, string>;
  checkpoints: Checkpoint[];
}

export function headerLine(header: ExportHeader): string {
  return canonicalJson(header);
}

export function eventLine(event: { body: string; hash: string }): string {
  return `{"event":${event.body},"hash":"${event.hash}"}`;
}

const EVENT_PREFIX = '{"event":';
const HASH_SUFFIX_LENGTH = ',"hash":"'.length + 64 + '"}'.length;

export function splitEventLine(line: string): { body: string; hash: string } | undefined {
  if (!line.startsWith(EVENT_PREFIX) || line.length < EVENT_PREFIX.length + HASH_SUFFIX_LENGTH)
    return undefined;
  const suffixAt = line.length - HASH_SUFFIX_LENGTH;
  if (!line.startsWith(',"hash":"', suffixAt) || !line.endsWith('"}')) return undefined;
  return { body: line.slice(EVENT_PREFIX.length, suffixAt), hash: line.slice(suffixAt + 9, suffixAt + 73) };
}

export class ExportFormatError extends Error {
  override name = "ExportFormatError";
}

function parseHeader(line: string | undefined): ExportHeader {
  let header: ExportHeader;
  try {
    header = JSON.parse(line ?? "") as ExportHeader;
  } catch {
    throw new ExportFormatError("line 1 is not the export header (it is not JSON)");
  }
  if (header?.format !== EXPORT_FORMAT) {
    throw new ExportFormatError(`line 1 is not a ${EXPORT_FORMAT} header`);
  }
  if (!Array.isArray(header.checkpoints) || typeof header.publicKeys !== "object") {
    throw new ExportFormatError("the export header lacks checkpoints or publicKeys");
  }
  return header;
}

/** Verifies an export given as lines (a file read with readline, or an array in tests). */
export async function verifyExportLines(
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<ChainVerdict> {
  let verifier: ChainVerifier | undefined;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (lineNumber === 1) {
      const header = parseHeader(line);
      const keys = new Map(Object.entries(header.publicKeys));
      verifier = new ChainVerifier(
        header.checkpoints.filter((checkpoint) => verifyCheckpointSignature(checkpoint, keys)),
      );
      const forged = header.checkpoints.find((checkpoint) => !verifyCheckpointSignature(checkpoint, keys));
      if (forged) verifier.fail({ kind: "checkpoint-bad-signature", seq: forged.seq });
      continue;
    }
    if (line === "") continue;
    const event = splitEventLine(line);
    if (!verifier) break;
    if (!event) {
      verifier.fail({
        kind: "malformed",
        seq: undefined,
        position: lineNumber - 1,
        detail: `line ${lineNumber} is not an event line`,
      });
      break;
    }
    if (!verifier.add(event)) break;
  }
  if (!verifier) throw new ExportFormatError("the export is empty");
  return verifier.verdict();
}
