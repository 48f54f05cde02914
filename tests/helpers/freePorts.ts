import { createServer } from "node:net";

/**
 * Free ports for the child to listen on, drawn from below Linux's ephemeral range (32768 on): a port the
 * kernel handed out for `listen(0)` and that was then closed may be handed out again to any outgoing
 * connection before the child binds it; ports below that range are never handed out that way.
 */
export async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < count) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (!ports.includes(port) && (await portIsFree(port))) ports.push(port);
  }
  return ports;
}

/** Whether nothing listens on `port` of the loopback interface. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once("error", () => resolve(false))
      .listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}
