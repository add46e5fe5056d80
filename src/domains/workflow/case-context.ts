import type { Database } from "../../store/database.ts";
import type { Ledger } from "../ledger/index.ts";
import type { Keyring } from "../pii/index.ts";

/** What case use cases need; the runtime provides it. */
export interface CaseContext {
  database: Database;
  ledger: Ledger;
  now: () => Date;
  /** The agency's keys for personal data (placeholder maps, original questions). */
  keyring(agencyId: string): Keyring;
  /** A secret used to make ledger digests of personal text unlinkable without it. */
  digestKey: Uint8Array;
}
