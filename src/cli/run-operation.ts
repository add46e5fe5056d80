import { type Config, loadConfig } from "../config.ts";
import { AppError } from "../errors.ts";
import { createLogger } from "../logger.ts";
import { findOperation, type OperationName, parseOperationInput } from "../operations/operations.ts";
import type { Runtime } from "../runtime.ts";
import { isDataDirLocked } from "../store/data-dir-lock.ts";
import { controlSocketPath } from "../web/control-socket.ts";
import { CliError } from "./cli-error.ts";
import { callOverSocket, streamOverSocket } from "./control-client.ts";

/**
 * Runs an operator operation where the data lives: through the running server's control socket when a
 * server holds the embedded data directory, otherwise by opening the database in this process.
 */
function serverHoldsDataDir(config: Config): boolean {
  return config.database.kind === "pglite" && isDataDirLocked(config.dataDir);
}

async function withRuntime<T>(config: Config, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const { openRuntime } = await import("../runtime.ts");
  const runtime = await openRuntime(config, { logger: createLogger("silent") });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

function operation(name: OperationName) {
  const found = findOperation(name);
  if (!found) throw new CliError(`unknown operation ${name}`);
  return found;
}

function asCliError(error: unknown): never {
  if (error instanceof AppError) throw new CliError(error.message);
  throw error;
}

export async function runOperation(
  name: OperationName,
  input: unknown,
  config = loadConfig(),
): Promise<unknown> {
  const found = operation(name);
  try {
    const parsed = parseOperationInput(found, input);
    if (serverHoldsDataDir(config))
      return await callOverSocket(controlSocketPath(config.dataDir), name, parsed);
    if (found.kind !== "value") throw new CliError(`${name} streams its output`);
    return await withRuntime(config, (runtime) => found.run(runtime, parsed));
  } catch (error) {
    return asCliError(error);
  }
}

export async function streamOperation(
  name: OperationName,
  input: unknown,
  write: (line: string) => void | Promise<void>,
  config = loadConfig(),
): Promise<void> {
  const found = operation(name);
  try {
    const parsed = parseOperationInput(found, input);
    if (found.kind !== "stream") throw new CliError(`${name} does not stream`);
    if (serverHoldsDataDir(config)) {
      for await (const line of streamOverSocket(controlSocketPath(config.dataDir), name, parsed))
        await write(line);
      return;
    }
    await withRuntime(config, async (runtime) => {
      for await (const line of found.stream(runtime, parsed)) await write(line);
    });
  } catch (error) {
    asCliError(error);
  }
}
