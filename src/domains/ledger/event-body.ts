import { hash } from "node:crypto";
import { canonicalJson } from "./canonical-json.ts";

/** The chain starts from this "previous hash". */
export const GENESIS_HASH = "0".repeat(64);
export const LEDGER_FORMAT_VERSION = 1;

/** What the hash covers. Keys are written in RFC 8785 canonical order by `canonicalize`. */
export interface LedgerEventBody {
  v: number;
  agency: string;
  seq: number;
  occurredAt: string;
  actor: string;
  type: string;
  subject: string;
  payload: Record<string, unknown>;
  prevHash: string;
}

export interface SealedEvent {
  /** The exact canonical JSON bytes that were hashed. */
  body: string;
  hash: string;
}

export function encodeBody(body: LedgerEventBody): string {
  return canonicalJson(body);
}

/** One-shot SHA-256 (faster than createHash for small inputs, which is what events are). */
export function sha256Hex(text: string): string {
  return hash("sha256", text, "hex");
}

export function sealEvent(body: LedgerEventBody): SealedEvent {
  const encoded = encodeBody(body);
  return { body: encoded, hash: sha256Hex(encoded) };
}

export function parseBody(body: string): LedgerEventBody {
  return JSON.parse(body) as LedgerEventBody;
}
