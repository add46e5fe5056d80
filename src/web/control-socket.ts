import { chmodSync, existsSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { Readable } from "node:stream";
import { ZodError } from "zod";
import { AppError } from "../errors.ts";
import { findOperation, parseOperationInput } from "../operations/operations.ts";
import type { Runtime } from "../runtime.ts";

export interface ControlSocket {
  path: string;
  close(): Promise<void>;
}

export function controlSocketPath(dataDir: string): string {
  return join(dataDir, "control.sock");
}

/**
 * A local HTTP endpoint on a Unix socket that only the owner of the data directory can open (mode 0600
 * inside a 0700 directory). The CLI uses it to run operator operations inside the server process that
 * holds the embedded database, instead of failing on the data-directory lock.
 */
export async function startControlSocket(runtime: Runtime): Promise<ControlSocket> {
  const path = controlSocketPath(runtime.config.dataDir);
  if (existsSync(path)) rmSync(path, { force: true });
  const server: Server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const name = request.url?.replace(/^\/operations\//, "") ?? "";
    const operation = request.method === "POST" ? findOperation(name) : undefined;
    if (!operation) return send(404, { error: { code: "not_found", message: `unknown operation ${name}` } });
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      try {
        const input = parseOperationInput(
          operation,
          JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"),
        );
        if (operation.kind === "value") return send(200, { result: await operation.run(runtime, input) });
        response.writeHead(200, { "content-type": "application/x-ndjson" });
        Readable.from(
          (async function* () {
            for await (const line of operation.stream(runtime, input)) yield `${line}\n`;
          })(),
        ).pipe(response);
      } catch (error) {
        if (error instanceof AppError)
          return send(400, { error: { code: error.code, message: error.message } });
        if (error instanceof ZodError)
          return send(400, { error: { code: "invalid_request", message: error.issues[0]?.message } });
        if (error instanceof SyntaxError)
          return send(400, { error: { code: "malformed_json", message: error.message } });
        runtime.logger.error({ err: error }, "control operation failed");
        send(500, { error: { code: "internal", message: (error as Error).message } });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          rmSync(path, { force: true });
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
