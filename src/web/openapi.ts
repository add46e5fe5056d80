import { z } from "zod";
import { translator } from "../i18n/index.ts";
import { type ApiOperation, apiOperations } from "./api-catalogue.ts";

const english = translator("en");

function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}

function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, "{$1}");
}

function operationObject(operation: ApiOperation) {
  const pathParameters = [...operation.path.matchAll(/:([A-Za-z]+)/g)].map((match) => ({
    name: match[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const queryParameters = operation.query
    ? Object.entries(operation.query.shape).map(([name, schema]) => ({
        name,
        in: "query",
        required: false,
        schema: jsonSchema(schema as z.ZodType),
      }))
    : [];
  return {
    summary: english.t(operation.summaryKey),
    tags: [operation.tag],
    security:
      operation.auth === "public"
        ? []
        : [{ bearerToken: [] }, ...(operation.auth === "session-or-bearer" ? [{ sessionCookie: [] }] : [])],
    parameters: [...pathParameters, ...queryParameters],
    ...(operation.requestBody
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(operation.requestBody) } },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(operation.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.schema
            ? { content: { "application/json": { schema: jsonSchema(response.schema) } } }
            : {}),
        },
      ]),
    ),
  };
}

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of apiOperations) {
    const path = toOpenApiPath(operation.path);
    paths[path] ??= {};
    paths[path][operation.method] = operationObject(operation);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Steward API",
      version,
      description:
        "Governed GenAI-assisted public services. Every call that changes a case is recorded in the agency's ledger.",
    },
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "An API token from `steward tokens create`",
        },
        sessionCookie: { type: "apiKey", in: "cookie", name: "steward_session" },
      },
    },
    paths,
  };
}
