import { Command, CommanderError } from "commander";
import { ZodError } from "zod";
import { ConfigError } from "../config.ts";
import { VERSION } from "../version.ts";
import { CliError } from "./cli-error.ts";
import { registerAssessCommands } from "./commands/assess.ts";
import { registerInitCommand } from "./commands/init.ts";
import { registerLedgerCommands } from "./commands/ledger.ts";
import { registerServeCommand } from "./commands/serve.ts";
import { registerTokensCommands } from "./commands/tokens.ts";
import { registerUsersCommands } from "./commands/users.ts";

function describe(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return { message: `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`, exitCode: 1 };
  }
  if (error instanceof ConfigError) return { message: error.message, exitCode: 78 };
  if (error instanceof Error) return { message: error.message, exitCode: 1 };
  return { message: String(error), exitCode: 1 };
}

const program = new Command("steward")
  .description("Steward: governed GenAI-assisted public services")
  .version(VERSION)
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, "steward: ")) });

registerInitCommand(program);
registerServeCommand(program);
registerUsersCommands(program);
registerTokensCommands(program);
registerLedgerCommands(program);
registerAssessCommands(program);
for (const command of program.commands) command.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with code 0; usage errors were already printed by commander.
    process.exitCode = error.exitCode;
  } else {
    const { message, exitCode } = describe(error);
    process.stderr.write(`steward: ${message.split("\n")[0]}\n`);
    if (process.env.STEWARD_DEBUG === "1" && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = exitCode;
  }
}
