import type { Database } from "../../store/database.ts";
import type { Ledger } from "../ledger/index.ts";

/** What identity use cases need: storage, the ledger, and a clock (injectable for tests). */
export interface IdentityContext {
  database: Database;
  ledger: Ledger;
  now: () => Date;
}
