import { z } from "zod";
import type { Answers, AnswerValue } from "./questionnaire.ts";
import { fail, ok, type Result } from "./result.ts";

/**
 * The official AIA tool's saved file ("AIA Results.json"):
 * `{"version": "v1.0.1", "currentPage": n, "data": {...}, "translationsOnResult": {}}`.
 * An agency may also hand us the bare `data` object.
 */
export interface AiaSavedFile {
  version: string;
  currentPage: number;
  data: Record<string, AnswerValue>;
  translationsOnResult: Record<string, unknown>;
}

export interface ImportedAnswers {
  /** The tool version the file says it came from, when it is a full saved file. */
  toolVersion: string | null;
  currentPage: number | null;
  /** Not yet checked against a questionnaire: pass them to `validateAnswers`. */
  data: Record<string, unknown>;
}

export interface SavedFileError {
  path: string;
  message: string;
}

const savedFileSchema = z
  .object({
    version: z.string(),
    currentPage: z.number().int().nonnegative().optional(),
    data: z.record(z.string(), z.unknown()),
    translationsOnResult: z.unknown().optional(),
  })
  .loose();

function looksLikeSavedFile(input: Record<string, unknown>): boolean {
  return "data" in input && "version" in input && typeof input.data === "object";
}

export function importAiaAnswers(input: unknown): Result<ImportedAnswers, SavedFileError> {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return fail([
      { path: "(file)", message: "expected a JSON object: the official saved file or its data object" },
    ]);
  }
  const record = input as Record<string, unknown>;
  if (!looksLikeSavedFile(record)) return ok({ toolVersion: null, currentPage: null, data: { ...record } });
  const parsed = savedFileSchema.safeParse(record);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        path: issue.path.join(".") || "(file)",
        message: issue.message,
      })),
    );
  }
  return ok({
    toolVersion: parsed.data.version,
    currentPage: parsed.data.currentPage ?? null,
    data: parsed.data.data,
  });
}

export function exportAiaAnswers(
  answers: Answers,
  options: { version: string; currentPage?: number },
): AiaSavedFile {
  const data: Record<string, AnswerValue> = {};
  for (const [question, value] of Object.entries(answers))
    data[question] = Array.isArray(value) ? [...value] : value;
  return {
    version: options.version.startsWith("v") ? options.version : `v${options.version}`,
    currentPage: options.currentPage ?? 0,
    data,
    translationsOnResult: {},
  };
}
