import type { Config } from "./config.ts";
import type { IdentityContext } from "./domains/identity/index.ts";
import {
  Ledger,
  loadOrCreateSigningKey,
  type SigningKey,
  signingKeyFromBase64,
} from "./domains/ledger/index.ts";
import type { CaseContext } from "./domains/workflow/index.ts";
import { createLogger, type Logger } from "./logger.ts";
import { loadMasterSecret, personalDataKeys } from "./personal-data-keys.ts";
import type { Database } from "./store/database.ts";
import { openDatabase } from "./store/open-database.ts";

/** Everything a running Steward needs, opened once and passed explicitly to use cases. */
export interface Runtime extends IdentityContext, CaseContext {
  config: Config;
  database: Database;
  ledger: Ledger;
  signingKey: SigningKey;
  logger: Logger;
  now: () => Date;
  close(): Promise<void>;
}

export async function openRuntime(config: Config, options: { logger?: Logger } = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const opened = await openDatabase(config.database);
  let signingKey: SigningKey;
  try {
    signingKey = config.signingKey
      ? signingKeyFromBase64(config.signingKey)
      : loadOrCreateSigningKey(config.dataDir);
  } catch (error) {
    await opened.close();
    throw new Error(`cannot load the ledger signing key: ${(error as Error).message}`);
  }
  const now = () => new Date();
  const ledger = new Ledger(opened.database, signingKey, now);
  const keys = personalDataKeys(
    loadMasterSecret(config.dataDir, config.personalDataKey),
    config.personalDataKeyVersion,
  );
  return {
    config,
    keyring: keys.keyring,
    digestKey: keys.digestKey,
    database: opened.database,
    ledger,
    signingKey,
    logger,
    now,
    async close() {
      // Sign the heads before closing, so that cutting events off the tail afterwards is detectable.
      await ledger
        .checkpointAll()
        .catch((error: unknown) => logger.error({ err: error }, "final checkpoint failed"));
      await opened.close();
    },
  };
}
