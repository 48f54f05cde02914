import { Agent, request } from "node:http";

/**
 * One connection kept open per server, as a GraphQL client in a service would keep it. Node's `fetch`
 * (undici) spent 0.6-1.3 ms of the bench's own CPU per request, against 0.2-0.4 ms for `node:http` with a
 * kept-alive agent, and that time was counted as the server's (`{ __typename }` p50 0.77-1.31 ms through
 * fetch, 0.43-0.68 ms through node:http, same server): a floor under 5 ms left little room for it.
 */
const agent = new Agent({ keepAlive: true });

/** POSTs a JSON body over HTTP; resolves with the status and the body's text. */
export function postJson(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
