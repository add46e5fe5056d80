import { resolve } from "node:path";
import { z } from "zod";

/**
 * The one parsed configuration. Nothing else in Steward reads `process.env`:
 * every setting is validated here, once, with a message that names the variable to fix.
 */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  STEWARD_DATA_DIR: z.string().min(1).default(".steward"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  STEWARD_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  STEWARD_PUBLIC_URL: z.url().optional(),
  STEWARD_SIGNING_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]+$/, "must be a base64 PKCS#8 Ed25519 private key")
    .optional(),
  STEWARD_SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  STEWARD_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  STEWARD_OIDC_ISSUER: z.url().optional(),
  STEWARD_OIDC_CLIENT_ID: z.string().min(1).optional(),
  STEWARD_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  STEWARD_OIDC_ALLOW_HTTP: z.enum(["true", "false"]).default("false"),
  STEWARD_SEED_DEMO: z.enum(["true", "false"]).default("true"),
  STEWARD_PERSONAL_DATA_KEY: z.string().optional(),
  STEWARD_PERSONAL_DATA_KEY_VERSION: z.coerce.number().int().min(1).max(100).default(1),
  STEWARD_CASE_WORKERS: z.coerce.number().int().min(0).max(64).default(2),
  STEWARD_CASE_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
});

export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  allowInsecureHttp: boolean;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseTarget;
  logLevel: z.infer<typeof environmentSchema>["STEWARD_LOG_LEVEL"];
  publicUrl: string | undefined;
  signingKey: string | undefined;
  secureCookies: boolean;
  rateLimitPerMinute: number;
  oidc: OidcConfig | undefined;
  seedDemo: boolean;
  personalDataKey: string | undefined;
  personalDataKeyVersion: number;
  caseWorkers: number;
  caseLeaseSeconds: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const variable = first?.path.join(".") ?? "environment";
    throw new ConfigError(`invalid configuration: ${variable} ${first?.message ?? "is invalid"}`);
  }
  const env = parsed.data;
  const dataDir = resolve(env.STEWARD_DATA_DIR);
  const oidcParts = [env.STEWARD_OIDC_ISSUER, env.STEWARD_OIDC_CLIENT_ID, env.STEWARD_OIDC_CLIENT_SECRET];
  const oidcCount = oidcParts.filter((part) => part !== undefined).length;
  if (oidcCount > 0 && oidcCount < 3) {
    throw new ConfigError(
      "invalid configuration: OIDC needs all of STEWARD_OIDC_ISSUER, STEWARD_OIDC_CLIENT_ID and STEWARD_OIDC_CLIENT_SECRET",
    );
  }
  const publicUrl = env.STEWARD_PUBLIC_URL?.replace(/\/$/, "");
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    database: env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir },
    logLevel: env.STEWARD_LOG_LEVEL,
    publicUrl,
    signingKey: env.STEWARD_SIGNING_KEY,
    secureCookies: env.STEWARD_SECURE_COOKIES
      ? env.STEWARD_SECURE_COOKIES === "true"
      : (publicUrl?.startsWith("https:") ?? false),
    rateLimitPerMinute: env.STEWARD_RATE_LIMIT_PER_MINUTE,
    oidc:
      env.STEWARD_OIDC_ISSUER && env.STEWARD_OIDC_CLIENT_ID && env.STEWARD_OIDC_CLIENT_SECRET
        ? {
            issuer: new URL(env.STEWARD_OIDC_ISSUER),
            clientId: env.STEWARD_OIDC_CLIENT_ID,
            clientSecret: env.STEWARD_OIDC_CLIENT_SECRET,
            allowInsecureHttp: env.STEWARD_OIDC_ALLOW_HTTP === "true",
          }
        : undefined,
    seedDemo: env.STEWARD_SEED_DEMO === "true",
    personalDataKey: env.STEWARD_PERSONAL_DATA_KEY,
    personalDataKeyVersion: env.STEWARD_PERSONAL_DATA_KEY_VERSION,
    caseWorkers: env.STEWARD_CASE_WORKERS,
    caseLeaseSeconds: env.STEWARD_CASE_LEASE_SECONDS,
  };
}
