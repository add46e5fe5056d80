import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const STEWARD_BIN = fileURLToPath(new URL("../../bin/steward.js", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `steward` binary in a child process. */
export function runCli(args: string[], environment: NodeJS.ProcessEnv, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [STEWARD_BIN, ...args], {
      env: { ...process.env, STEWARD_LOG_LEVEL: "silent", ...environment },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

/** Starts `steward serve` and waits until /healthz answers. */
export async function startServeProcess(
  environment: NodeJS.ProcessEnv,
  port: number,
  onLog?: (line: string) => void,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [STEWARD_BIN, "serve", "--port", String(port)], {
    env: { ...process.env, STEWARD_LOG_LEVEL: onLog ? "info" : "silent", ...environment },
    stdio: ["ignore", onLog ? "pipe" : "ignore", "pipe"],
  });
  if (onLog) {
    let buffered = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) onLog(line);
    });
  }
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk;
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`steward serve exited early: ${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`steward serve did not answer within 90 s: ${stderr}`);
}

export async function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = "SIGTERM",
): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill(signal);
  return exited;
}

export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
