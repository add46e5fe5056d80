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

export const newCaseSchema = z.strictObject({
  question: z.string().min(1, "is required").max(20_000, "must be at most 20000 characters"),
  language: z
    .string()
    .regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, "must be a language code such as en or fr")
    .optional(),
});

export const newCaseResponseSchema = z.object({
  reference: z.string(),
  statusUrl: z.string(),
  language: z.string(),
  notice: z.string().optional(),
});

export const caseStatusSchema = z.object({
  state: z.string(),
  answer: z.string().nullable(),
  citations: z.array(
    z.object({
      title: z.string(),
      sourceVersion: z.number(),
      headingPath: z.array(z.string()),
      excerpt: z.string(),
    }),
  ),
  disclosure: z.string().nullable(),
});

export const reviewQueueQuerySchema = z.object({
  service: z.uuid().optional(),
  state: z
    .enum(["awaiting_review", "awaiting_second_review", "escalated", "handed_off", "appealed"])
    .optional(),
  flagged: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
  olderThanMinutes: z.coerce.number().int().min(0).max(100_000).optional(),
});

export const reviewQueueSchema = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      serviceId: z.string(),
      serviceName: z.string(),
      state: z.string(),
      flags: z.array(z.string()),
      handoffReason: z.string().nullable(),
      waitingMinutes: z.number(),
      claimedBy: z.string().nullable(),
      reviewMode: z.string(),
    }),
  ),
});

export const caseDecisionSchema = z
  .strictObject({
    action: z.enum(["approve", "edit", "reject", "escalate"]),
    text: z.string().max(20_000).optional(),
    reason: z.string().max(200).optional(),
  })
  .refine((body) => body.action !== "edit" || (body.text ?? "").trim() !== "", {
    message: "is required when the action is edit",
    path: ["text"],
  })
  .refine(
    (body) =>
      body.action !== "reject" ||
      ["inaccurate", "unsupported", "incomplete", "tone", "personal-data", "out-of-scope", "other"].includes(
        body.reason ?? "",
      ),
    {
      message:
        "must be one of inaccurate, unsupported, incomplete, tone, personal-data, out-of-scope, other when rejecting",
      path: ["reason"],
    },
  );

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
    method: "post",
    path: "/api/v1/services/:slug/cases",
    summaryKey: "apiOperation.submitCase",
    auth: "public",
    tag: "cases",
    requestBody: newCaseSchema,
    responses: {
      202: { description: "Accepted: the case is being prepared", schema: newCaseResponseSchema },
      400: { description: "Malformed JSON, empty or oversized question", schema: errorResponseSchema },
      404: { description: "No such service", schema: errorResponseSchema },
      429: { description: "Too many requests", schema: errorResponseSchema },
    },
  },
  {
    method: "get",
    path: "/status/:reference/:secret",
    summaryKey: "apiOperation.caseStatus",
    auth: "public",
    tag: "cases",
    responses: {
      200: {
        description: "The case's status and, once delivered, its answer (send Accept: application/json)",
        schema: caseStatusSchema,
      },
      404: { description: "No case matches that reference and code", schema: errorResponseSchema },
    },
  },
  {
    method: "get",
    path: "/api/v1/review/queue",
    summaryKey: "apiOperation.reviewQueue",
    auth: "session-or-bearer",
    tag: "review",
    query: reviewQueueQuerySchema,
    responses: {
      200: { description: "Cases waiting for staff", schema: reviewQueueSchema },
      ...standardErrors,
    },
  },
  {
    method: "post",
    path: "/api/v1/cases/:id/decision",
    summaryKey: "apiOperation.decideCase",
    auth: "session-or-bearer",
    tag: "review",
    requestBody: caseDecisionSchema,
    responses: {
      200: {
        description: "The decision was applied",
        schema: z.object({ caseId: z.string(), state: z.string(), awaitingSecondReviewer: z.boolean() }),
      },
      400: { description: "Invalid decision", schema: errorResponseSchema },
      404: { description: "No such case in your agency", schema: errorResponseSchema },
      409: {
        description: "The case is not in a state for this decision, or four-eyes needs another reviewer",
        schema: errorResponseSchema,
      },
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
