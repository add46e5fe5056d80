/**
 * The one door to SQL. Both backends (PGlite in-process, PostgreSQL over `pg`) speak the same
 * PostgreSQL dialect, so every repository writes plain parameterised SQL ($1, $2 …) once.
 * Values are always passed as parameters, never spliced into the text.
 */
export type SqlValue = string | number | bigint | boolean | null | Date | Uint8Array | string[] | unknown;

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs `work` in one transaction; it commits when `work` resolves and rolls back when it throws. */
  transaction<T>(work: (transaction: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons, without parameters (migrations only). */
  execute(sql: string): Promise<void>;
  close(): Promise<void>;
}
