import { createHash } from "node:crypto";
import type { Queryable } from "../../store/database.ts";

/** The largest evidence document accepted: 10 MB. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export type EvidenceMediaType =
  | "application/pdf"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  | "image/png"
  | "image/jpeg"
  | "text/plain";

/** Accepted file extensions and the media type each one stands for. */
const BY_EXTENSION: Record<string, EvidenceMediaType> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  txt: "text/plain",
};

export const EVIDENCE_EXTENSIONS = ["pdf", "docx", "png", "jpg", "jpeg", "txt"] as const;

export interface EvidenceUpload {
  filename: string;
  content: Uint8Array;
}

export interface CheckedEvidence {
  filename: string;
  mediaType: EvidenceMediaType;
  size: number;
  sha256: string;
  content: Uint8Array;
}

export type EvidenceProblem =
  | { code: "missing" }
  | { code: "empty" }
  | { code: "too_large"; size: number; max: number }
  | { code: "unsupported_type"; extension: string }
  | { code: "content_mismatch"; expected: EvidenceMediaType };

/** The file name without any directory, control characters or quotes, at most 255 characters. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return cleaned.slice(-255);
}

function startsWith(content: Uint8Array, bytes: number[]): boolean {
  return bytes.every((byte, index) => content[index] === byte);
}

/** Whether the bytes look like the type the extension claims (a browser's own type is not trusted). */
function contentMatches(mediaType: EvidenceMediaType, content: Uint8Array): boolean {
  switch (mediaType) {
    case "application/pdf":
      return startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case "image/png":
      return startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "image/jpeg":
      return startsWith(content, [0xff, 0xd8, 0xff]);
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      return startsWith(content, [0x50, 0x4b, 0x03, 0x04]); // a ZIP container
    case "text/plain":
      if (content.includes(0)) return false;
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(content);
        return true;
      } catch {
        return false;
      }
  }
}

/** Checks an uploaded document's type (extension and content) and size. */
export function checkEvidenceDocument(
  upload: EvidenceUpload | undefined,
): { ok: true; value: CheckedEvidence } | { ok: false; problem: EvidenceProblem } {
  if (!upload) return { ok: false, problem: { code: "missing" } };
  const filename = safeFilename(upload.filename);
  if (filename === "") return { ok: false, problem: { code: "missing" } };
  const extension = filename.includes(".") ? (filename.split(".").pop() ?? "").toLowerCase() : "";
  const mediaType = BY_EXTENSION[extension];
  if (!mediaType) return { ok: false, problem: { code: "unsupported_type", extension } };
  const size = upload.content.byteLength;
  if (size === 0) return { ok: false, problem: { code: "empty" } };
  if (size > MAX_EVIDENCE_BYTES)
    return { ok: false, problem: { code: "too_large", size, max: MAX_EVIDENCE_BYTES } };
  if (!contentMatches(mediaType, upload.content))
    return { ok: false, problem: { code: "content_mismatch", expected: mediaType } };
  const sha256 = createHash("sha256").update(upload.content).digest("hex");
  return { ok: true, value: { filename, mediaType, size, sha256, content: upload.content } };
}

export interface StoredEvidenceDocument {
  id: string;
  filename: string;
  mediaType: EvidenceMediaType;
  size: number;
  sha256: string;
  content: Uint8Array<ArrayBuffer>;
  uploadedBy: string;
  uploadedAt: Date;
}

/** pg returns bytea as a Buffer, PGlite as a Uint8Array: both become a plain Uint8Array view. */
export function bytesOf(value: unknown): Uint8Array<ArrayBuffer> {
  if (value instanceof Uint8Array) return new Uint8Array(value);
  throw new TypeError("expected bytea content");
}

/** The document that met an obligation of one control-set version of the system, within the agency. */
export async function findEvidenceDocument(
  queryable: Queryable,
  agencyId: string,
  systemId: string,
  controlSetVersion: number,
  obligation: string,
): Promise<StoredEvidenceDocument | undefined> {
  const [row] = await queryable.query<{
    id: string;
    filename: string;
    media_type: EvidenceMediaType;
    size: number;
    sha256: string;
    content: unknown;
    uploaded_by: string;
    uploaded_at: Date;
  }>(
    `SELECT d.id, d.filename, d.media_type, d.size, d.sha256, d.content, d.uploaded_by, d.uploaded_at
     FROM evidence_documents d
     JOIN obligations o ON o.id = d.obligation_id
     JOIN control_sets c ON c.id = o.control_set_id
     JOIN ai_systems s ON s.id = c.system_id
     WHERE s.agency_id = $1 AND s.id = $2 AND c.version = $3 AND o.obligation = $4`,
    [agencyId, systemId, controlSetVersion, obligation],
  );
  if (!row) return undefined;
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    size: Number(row.size),
    sha256: row.sha256,
    content: bytesOf(row.content),
    uploadedBy: row.uploaded_by,
    uploadedAt: new Date(row.uploaded_at),
  };
}
