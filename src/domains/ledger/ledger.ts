import type { Database, Queryable } from "../../store/database.ts";
import { signCheckpoint, verifyCheckpointSignature } from "./checkpoint.ts";
import { GENESIS_HASH, LEDGER_FORMAT_VERSION, sealEvent } from "./event-body.ts";
import { validatePayload } from "./event-types.ts";
import type { SigningKey } from "./signing-key.ts";
import { type ChainVerdict, ChainVerifier, type Checkpoint } from "./verify-chain.ts";

export interface NewLedgerEvent {
  type: string;
  /** Who acted: `user:<id>`, `citizen`, `system`, `cli:<user id>` … */
  actor: string;
  /** What it is about: `case:<id>`, `user:<id>` … */
  subject: string;
  payload: Record<string, unknown>;
}

export interface LedgerEvent {
  agencyId: string;
  seq: number;
  hash: string;
  body: string;
}

const BATCH = 5000;

/**
 * The append-only, per-agency, hash-chained ledger.
 * Appends serialise per agency through a transaction-scoped advisory lock, so concurrent writers
 * (threads of one process or many processes on one PostgreSQL) never leave gaps or forks; the
 * primary key (agency, seq) is the last line of defence.
 */
export class Ledger {
  constructor(
    private readonly database: Database,
    private readonly signingKey: SigningKey,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Appends inside the caller's transaction, so the event commits or rolls back with the change it records. */
  async appendIn(transaction: Queryable, agencyId: string, event: NewLedgerEvent): Promise<LedgerEvent> {
    const payload = validatePayload(event.type, event.payload);
    await transaction.query("SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7352002))", [agencyId]);
    const [head] = await transaction.query<{ seq: number; hash: string }>(
      "SELECT seq, hash FROM ledger_events WHERE agency_id = $1 ORDER BY seq DESC LIMIT 1",
      [agencyId],
    );
    const seq = (head?.seq ?? 0) + 1;
    const sealed = sealEvent({
      v: LEDGER_FORMAT_VERSION,
      agency: agencyId,
      seq,
      occurredAt: this.now().toISOString(),
      actor: event.actor,
      type: event.type,
      subject: event.subject,
      payload,
      prevHash: head?.hash ?? GENESIS_HASH,
    });
    await transaction.query(
      "INSERT INTO ledger_events (agency_id, seq, body, hash) VALUES ($1, $2, $3, $4)",
      [agencyId, seq, sealed.body, sealed.hash],
    );
    return { agencyId, seq, ...sealed };
  }

  /** Appends in a transaction of its own. */
  append(agencyId: string, event: NewLedgerEvent): Promise<LedgerEvent> {
    return this.database.transaction((transaction) => this.appendIn(transaction, agencyId, event));
  }

  /** Signs the current head of an agency's chain, unless it is signed already. Returns the new checkpoint. */
  async checkpoint(agencyId: string): Promise<Checkpoint | undefined> {
    await this.registerKey();
    return this.database.transaction(async (transaction) => {
      await transaction.query("SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7352002))", [
        agencyId,
      ]);
      const [head] = await transaction.query<{ seq: number; hash: string }>(
        "SELECT seq, hash FROM ledger_events WHERE agency_id = $1 ORDER BY seq DESC LIMIT 1",
        [agencyId],
      );
      if (!head) return undefined;
      const [latest] = await transaction.query<{ seq: number }>(
        "SELECT seq FROM ledger_checkpoints WHERE agency_id = $1 ORDER BY seq DESC LIMIT 1",
        [agencyId],
      );
      if (latest && latest.seq >= head.seq) return undefined;
      const checkpoint = signCheckpoint(
        this.signingKey,
        { agency: agencyId, seq: head.seq, hash: head.hash },
        this.now(),
      );
      await transaction.query(
        "INSERT INTO ledger_checkpoints (agency_id, seq, hash, signed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6)",
        [
          agencyId,
          checkpoint.seq,
          checkpoint.hash,
          checkpoint.signedAt,
          checkpoint.keyId,
          checkpoint.signature,
        ],
      );
      return checkpoint;
    });
  }

  /** Checkpoints every agency whose chain moved since its last checkpoint. */
  async checkpointAll(): Promise<number> {
    let signed = 0;
    for (const { id } of await this.database.query<{ id: string }>("SELECT id FROM agencies ORDER BY id")) {
      if (await this.checkpoint(id)) signed++;
    }
    return signed;
  }

  private keyRegistered = false;
  private async registerKey(): Promise<void> {
    if (this.keyRegistered) return;
    await this.database.query(
      "INSERT INTO ledger_signing_keys (key_id, public_key) VALUES ($1, $2) ON CONFLICT (key_id) DO NOTHING",
      [this.signingKey.keyId, this.signingKey.publicKey],
    );
    this.keyRegistered = true;
  }

  async publicKeys(): Promise<Map<string, string>> {
    await this.registerKey();
    const rows = await this.database.query<{ key_id: string; public_key: string }>(
      "SELECT key_id, public_key FROM ledger_signing_keys",
    );
    return new Map(rows.map((row) => [row.key_id, row.public_key]));
  }

  async checkpoints(agencyId?: string): Promise<Checkpoint[]> {
    const rows = await this.database.query<{
      agency_id: string;
      seq: number;
      hash: string;
      signed_at: Date | string;
      key_id: string;
      signature: string;
    }>(
      `SELECT agency_id, seq, hash, signed_at, key_id, signature FROM ledger_checkpoints
       ${agencyId ? "WHERE agency_id = $1" : ""} ORDER BY agency_id, seq`,
      agencyId ? [agencyId] : [],
    );
    return rows.map((row) => ({
      agency: row.agency_id,
      seq: Number(row.seq),
      hash: row.hash,
      signedAt: new Date(row.signed_at).toISOString(),
      keyId: row.key_id,
      signature: row.signature,
    }));
  }

  /** Streams events in chain order, in batches (keyset pagination keeps memory flat). */
  async *events(agencyId?: string): AsyncGenerator<LedgerEvent> {
    const agencies = agencyId
      ? [agencyId]
      : (await this.database.query<{ id: string }>("SELECT id FROM agencies ORDER BY id")).map(
          (row) => row.id,
        );
    for (const agency of agencies) {
      let after = 0;
      for (;;) {
        const rows = await this.database.query<{ seq: number; body: string; hash: string }>(
          "SELECT seq, body, hash FROM ledger_events WHERE agency_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
          [agency, after, BATCH],
        );
        for (const row of rows)
          yield { agencyId: agency, seq: Number(row.seq), body: row.body, hash: row.hash };
        if (rows.length < BATCH) break;
        after = Number(rows[rows.length - 1]?.seq);
      }
    }
  }

  /** Verifies the stored chains and their signed checkpoints. */
  async verify(agencyId?: string): Promise<ChainVerdict> {
    const keys = await this.publicKeys();
    const checkpoints = await this.checkpoints(agencyId);
    const verifier = new ChainVerifier(
      checkpoints.filter((checkpoint) => verifyCheckpointSignature(checkpoint, keys)),
    );
    const forged = checkpoints.find((checkpoint) => !verifyCheckpointSignature(checkpoint, keys));
    if (forged) verifier.fail({ kind: "checkpoint-bad-signature", seq: forged.seq });
    for await (const event of this.events(agencyId)) {
      if (!verifier.add(event)) break;
    }
    return verifier.verdict();
  }
}
