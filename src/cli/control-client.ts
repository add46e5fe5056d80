import { request } from "node:http";
import { createInterface } from "node:readline";
import { CliError } from "./cli-error.ts";

/** Calls an operation in the running server through its control socket. */
export function callOverSocket(socketPath: string, name: string, input: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        socketPath,
        path: `/operations/${name}`,
        method: "POST",
        headers: { "content-type": "application/json" },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
              result?: unknown;
              error?: { message: string };
            };
            if (response.statusCode !== 200)
              reject(new CliError(body.error?.message ?? `the server answered ${response.statusCode}`));
            else resolve(body.result);
          } catch {
            reject(new CliError("the running server sent an unreadable answer"));
          }
        });
      },
    );
    call.on("error", (error) => reject(new CliError(`cannot reach the running server: ${error.message}`)));
    call.end(JSON.stringify(input));
  });
}

/** Streams an operation's lines from the running server. */
export async function* streamOverSocket(
  socketPath: string,
  name: string,
  input: unknown,
): AsyncGenerator<string> {
  const response = await new Promise<import("node:http").IncomingMessage>((resolve, reject) => {
    const call = request(
      {
        socketPath,
        path: `/operations/${name}`,
        method: "POST",
        headers: { "content-type": "application/json" },
      },
      resolve,
    );
    call.on("error", (error) => reject(new CliError(`cannot reach the running server: ${error.message}`)));
    call.end(JSON.stringify(input));
  });
  if (response.statusCode !== 200) {
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as {
      error?: { message: string };
    };
    throw new CliError(body.error?.message ?? `the server answered ${response.statusCode}`);
  }
  for await (const line of createInterface({ input: response, crlfDelay: Number.POSITIVE_INFINITY }))
    yield line;
}
