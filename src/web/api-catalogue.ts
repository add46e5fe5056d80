import { z } from "zod";

/**
 * The JSON API, declared once: the OpenAPI document and the human-readable reference page are both
 * generated from this list, and the route handlers validate with the same schemas.
 */
export type ApiAuth = "public" | "bearer" | "session-or-bearer";

export interface ApiOperation {
  method: "get" | "post";
  path: string;
  /** An i18n message key: the reference page shows it in the reader's language. */
  summaryKey: string;
  auth: ApiAuth;
  tag: string;
  requestBody?: z.ZodType;
  query?: z.ZodObject;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    requestId: z.string().optional(),
  }),
});

export const healthSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
  version: z.string(),
});

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  agency: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  roles: z.array(z.string()),
  qualifications: z.array(z.string()),
});

export const ledgerVerificationSchema = z.object({
  ok: z.boolean(),
  eventsChecked: z.number().int(),
  checkpointsChecked: z.number().int().optional(),
  problem: z.string().optional(),
});

export const ledgerEventsQuerySchema = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const ledgerEventsSchema = z.object({
  events: z.array(
    z.object({
      seq: z.number().int(),
      hash: z.string(),
      event: z.record(z.string(), z.unknown()),
    }),
  ),
  next: z.number().int().nullable(),
});

export const newTokenRequestSchema = z.strictObject({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
});

export const newTokenResponseSchema = z.object({ id: z.string(), token: z.string() });

const standardErrors = {
  401: { description: "No valid session or API token", schema: errorResponseSchema },
  403: { description: "The caller's roles do not allow this", schema: errorResponseSchema },
};

export const apiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/healthz",
    summaryKey: "apiOperation.health",
    auth: "public",
    tag: "system",
    responses: { 200: { description: "Steward is up", schema: healthSchema } },
  },
  {
    method: "get",
    path: "/metrics",
    summaryKey: "apiOperation.metrics",
    auth: "public",
    tag: "system",
    responses: { 200: { description: "Metrics in Prometheus text format" } },
  },
  {
    method: "get",
    path: "/api/v1/me",
    summaryKey: "apiOperation.me",
    auth: "session-or-bearer",
    tag: "identity",
    responses: { 200: { description: "The caller", schema: meSchema }, ...standardErrors },
  },
  {
    method: "post",
    path: "/api/v1/tokens",
    summaryKey: "apiOperation.createToken",
    auth: "session-or-bearer",
    tag: "identity",
    requestBody: newTokenRequestSchema,
    responses: {
      201: { description: "The new token (shown once)", schema: newTokenResponseSchema },
      400: { description: "Malformed JSON or invalid fields", schema: errorResponseSchema },
      ...standardErrors,
    },
  },
  {
    method: "get",
    path: "/api/v1/ledger/verify",
    summaryKey: "apiOperation.ledgerVerify",
    auth: "session-or-bearer",
    tag: "ledger",
    responses: {
      200: { description: "Verification result", schema: ledgerVerificationSchema },
      ...standardErrors,
    },
  },
  {
    method: "get",
    path: "/api/v1/ledger/events",
    summaryKey: "apiOperation.ledgerEvents",
    auth: "session-or-bearer",
    tag: "ledger",
    query: ledgerEventsQuerySchema,
    responses: {
      200: { description: "A page of events", schema: ledgerEventsSchema },
      400: { description: "Invalid query", schema: errorResponseSchema },
      ...standardErrors,
    },
  },
];
