import { createServer } from "node:net";

/**
 * A TCP port that was free a moment ago on `host`, for servers that must know their own URL before they
 * listen (for example to register an OIDC redirect URI). Another process could take it in between; the
 * window is tiny, and a test that loses the race fails loudly with EADDRINUSE rather than passing wrongly.
 */
export async function freePort(host = "127.0.0.1"): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("could not read the free port");
  return address.port;
}
