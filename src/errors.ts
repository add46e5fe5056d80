/**
 * One error taxonomy with stable codes. Domain code throws these; only the web and CLI edges
 * translate them (to HTTP statuses in web/error-handler.ts, to one line and an exit code in the CLI).
 */
export type ErrorCode =
  | "invalid_request"
  | "malformed_json"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "csrf_failed"
  | "rate_limited"
  | "payload_too_large"
  | "unavailable";

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field-level messages, keyed by the field's path (`question`, `roles.0` …). */
    readonly fields?: Record<string, string>,
    /** A stable, finer reason within the code (e.g. "four-eyes-same-reviewer"), for pages to translate. */
    readonly reason?: string,
  ) {
    super(message);
  }
}
