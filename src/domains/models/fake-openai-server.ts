/**
 * Test helper: a real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions protocol, whose replies
 * a test scripts one request at a time. Providers are tested against the protocol, not against stubs of our
 * own interfaces.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";

export type FakeReply =
  | { kind: "content"; content: string; model?: string }
  | { kind: "status"; status: number; body?: string }
  | { kind: "slow"; delayMs: number; content: string };

export type FakeServer = {
  baseUrl: string;
  /** Request bodies received, in order. */
  requests: unknown[];
  enqueue(...replies: FakeReply[]): void;
  close(): Promise<void>;
};

export async function startFakeOpenAIServer(): Promise<FakeServer> {
  const queue: FakeReply[] = [];
  const requests: unknown[] = [];
  const app = new Hono();
  const completion = (content: string, model = "fake-model-2025-01-01") => ({
    id: `chatcmpl-${requests.length}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  });
  app.post("/v1/chat/completions", async (c) => {
    requests.push(await c.req.json());
    const reply = queue.shift() ?? { kind: "status", status: 500, body: "no scripted reply" };
    switch (reply.kind) {
      case "content":
        return c.json(completion(reply.content, reply.model));
      case "status":
        return c.json(
          { error: { message: reply.body ?? "scripted failure", type: "server_error" } },
          reply.status as 500,
        );
      case "slow":
        await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
        return c.json(completion(reply.content));
    }
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
