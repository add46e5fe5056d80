import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "../errors.ts";

export const MAX_JSON_BYTES = 64 * 1024;

/** Turns zod issues into field-level messages (`{"question": "is required"}`). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.length > 0 ? issue.path.join(".") : "(body)";
    fields[path] ??= issue.message;
  }
  return fields;
}

export function parseWith<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError("invalid_request", "the request has invalid fields", fieldErrors(result.error));
  }
  return result.data;
}

/** Reads and validates a JSON body: malformed JSON and invalid fields are both a 400 with details. */
export async function jsonBody<Schema extends z.ZodType>(
  context: Context,
  schema: Schema,
): Promise<z.output<Schema>> {
  const type = context.req.header("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError("invalid_request", "send the body as application/json", {
      "content-type": "must be application/json",
    });
  }
  const text = await context.req.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) {
    throw new AppError("payload_too_large", `the body is larger than ${MAX_JSON_BYTES} bytes`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AppError("malformed_json", `the body is not valid JSON: ${(error as Error).message}`);
  }
  return parseWith(schema, value);
}

/** Reads and validates an urlencoded or multipart form. */
export async function formBody<Schema extends z.ZodType>(
  context: Context,
  schema: Schema,
): Promise<z.output<Schema>> {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await context.req.parseBody({ all: true });
  } catch {
    throw new AppError("invalid_request", "the form could not be read");
  }
  return parseWith(schema, form);
}
