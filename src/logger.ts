import { pino } from "pino";
import type { Config } from "./config.ts";

export type Logger = pino.Logger;

/** Structured JSON logs on standard output (one object per line), as log collectors expect. */
export function createLogger(level: Config["logLevel"]): Logger {
  return pino({
    level,
    base: { service: "steward" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ["password", "token", "*.password", "*.token", "authorization", "cookie"],
      remove: true,
    },
  });
}
