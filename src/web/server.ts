import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { OidcSignIn } from "../domains/identity/index.ts";
import { CaseRunner } from "../domains/workflow/index.ts";
import type { Runtime } from "../runtime.ts";
import { VERSION } from "../version.ts";
import { createApp } from "./app.ts";
import { type ControlSocket, startControlSocket } from "./control-socket.ts";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const CHECKPOINT_INTERVAL_MS = 5000;

/**
 * Serves the app, and on the embedded default a control socket so that CLI commands can reach this
 * process while it holds the data directory. Signs ledger checkpoints every few seconds when the
 * chain moved, so that truncating the tail becomes detectable.
 */
export async function startServer(
  runtime: Runtime,
  options: { port?: number; host?: string } = {},
): Promise<RunningServer> {
  const { config } = runtime;
  const port = options.port ?? config.port;
  const host = options.host ?? config.host;
  const baseUrl = config.publicUrl ?? `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  const oidc = config.oidc ? new OidcSignIn(config.oidc, `${baseUrl}/auth/oidc/callback`) : undefined;
  const runner = new CaseRunner(runtime, {
    leaseSeconds: config.caseLeaseSeconds,
    workers: config.caseWorkers,
    maxAttempts: 5,
  });
  // This process holds the embedded data directory alone: leases left by a crashed run are stale now.
  if (runtime.database.kind === "pglite") await runner.releaseAllLeases();
  const inFlight = await runner.countRunnable();
  if (inFlight > 0) runtime.logger.info({ cases: inFlight }, "resuming cases in flight");
  runner.start();
  const { app } = createApp(runtime, { version: VERSION, oidc, onCaseSubmitted: () => runner.wake() });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const instance = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(instance));
    instance.once("error", reject);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;

  let controlSocket: ControlSocket | undefined;
  if (runtime.database.kind === "pglite") controlSocket = await startControlSocket(runtime);

  const timer = setInterval(() => {
    runtime.ledger
      .checkpointAll()
      .catch((error: unknown) => runtime.logger.error({ err: error }, "checkpoint failed"));
  }, CHECKPOINT_INTERVAL_MS);
  timer.unref();

  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= (async () => {
        clearInterval(timer);
        await runner.stop();
        await controlSocket?.close();
        // Stop accepting connections, let in-flight requests finish, then drop idle keep-alive sockets.
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ("closeIdleConnections" in server) server.closeIdleConnections();
        });
      })();
      return closing;
    },
  };
}
