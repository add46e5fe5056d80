import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { seedDemoIfEmpty } from "../../operations/seed-demo.ts";
import { openRuntime } from "../../runtime.ts";
import { startServer } from "../../web/server.ts";
import { CliError } from "../cli-error.ts";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("run the web server (on the embedded database unless DATABASE_URL is set)")
    .option("-p, --port <port>", "port to listen on (default: PORT or 3000)")
    .option("--host <host>", "address to listen on (default: HOST or 127.0.0.1)")
    .action(async (options: { port?: string; host?: string }) => {
      const config = loadConfig();
      const port = options.port === undefined ? config.port : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError(`--port must be 0–65535, not "${options.port}"`);
      const runtime = await openRuntime(config);
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        const seed = config.seedDemo ? await seedDemoIfEmpty(runtime) : undefined;
        server = await startServer(runtime, { port, ...(options.host ? { host: options.host } : {}) });
        runtime.logger.info(
          { url: server.url, database: runtime.database.kind, dataDir: config.dataDir },
          "Steward is running",
        );
        if (seed) {
          const lines = seed.credentials.map(
            (entry) => `  ${entry.email.padEnd(26)} ${entry.password}   (${entry.roles.join(", ")})`,
          );
          process.stderr.write(
            `\nSteward created a demo agency "${seed.agencySlug}". Sign in at ${server.url}/sign-in as:\n${lines.join("\n")}\n` +
              `These passwords are shown once and kept in ${seed.credentialsFile}.\n\n`,
          );
        }
        process.stderr.write(
          `Steward is serving ${server.url} (database: ${runtime.database.kind}). Press Ctrl+C to stop.\n`,
        );
      } catch (error) {
        await runtime.close();
        throw error instanceof Error && "code" in error && error.code === "EADDRINUSE"
          ? new CliError(`port ${port} is already in use: set PORT or --port to another port`)
          : error;
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          runtime.logger.info({ signal }, "shutting down");
          resolve();
        };
        process.once("SIGINT", () => stop("SIGINT"));
        process.once("SIGTERM", () => stop("SIGTERM"));
      });
      const forceExit = setTimeout(() => process.exit(1), 10_000);
      forceExit.unref();
      await server.close();
      await runtime.close();
    });
}
