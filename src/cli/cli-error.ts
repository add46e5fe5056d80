/**
 * An error the CLI reports as one line (`steward: <message>`) with a non-zero exit.
 * Commands throw it for expected failures (bad arguments, unreadable files, failed verification);
 * anything else is an unexpected fault and is reported the same way, without a stack trace.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}
