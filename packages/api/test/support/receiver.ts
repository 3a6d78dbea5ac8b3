// A real local HTTP receiver for webhooks: records every request, answers as the test says.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  /** The status answered. */
  status: number;
}

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** Decides each answer's status (default 204). */
  respond: (request: Omit<ReceivedRequest, "status">) => number;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const receiver = {
    requests: [] as ReceivedRequest[],
    respond: (_request: Omit<ReceivedRequest, "status">) => 204,
  } as Receiver;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() };
      const status = receiver.respond(request);
      receiver.requests.push({ ...request, status });
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "" : `failing on purpose (${status})`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}
