import { Command, CommanderError } from "commander";
import { ZodError } from "zod";
import { ConfigError } from "../config.ts";
import { VERSION } from "../version.ts";
import { CliError } from "./cli-error.ts";

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

type Register = (program: Command) => void;

// Each top-level command's module is loaded only when that command runs (or for the overall help),
// so that a quick command does not pay for loading the database, the web server and every domain.
const commandModules: Record<string, () => Promise<Register>> = {
  init: async () => (await import("./commands/init.ts")).registerInitCommand,
  serve: async () => (await import("./commands/serve.ts")).registerServeCommand,
  users: async () => (await import("./commands/users.ts")).registerUsersCommands,
  tokens: async () => (await import("./commands/tokens.ts")).registerTokensCommands,
  ledger: async () => (await import("./commands/ledger.ts")).registerLedgerCommands,
  assess: async () => (await import("./commands/assess.ts")).registerAssessCommands,
  sources: async () => (await import("./commands/sources.ts")).registerSourcesCommands,
  pii: async () => (await import("./commands/pii.ts")).registerPiiCommands,
  controls: async () => (await import("./commands/controls.ts")).registerControlsCommands,
  systems: async () => (await import("./commands/systems.ts")).registerSystemsCommands,
};

const requested = process.argv[2];
// `--version` needs no command; the overall help and an unknown command need all of them (to list them).
const selected =
  requested === "--version" || requested === "-V"
    ? []
    : requested && Object.hasOwn(commandModules, requested)
      ? [requested]
      : Object.keys(commandModules);
for (const name of selected) (await commandModules[name]!())(program);

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
