// A local HTTP server that answers each request with the next scripted response, and records what
// it received: the transport's behaviour (retries, timeouts, errors) against real sockets.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Received {
  headers: IncomingHttpHeaders;
  body: any;
  /** performance.now() when the request arrived. */
  at: number;
}

export type Reply = (response: ServerResponse, request: Received) => void;

/** A JSON response. */
export const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}): Reply =>
  (response) =>
    response.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));

/** A GraphQL result with data. */
export const data = (value: unknown, headers: Record<string, string> = {}): Reply => json({ data: value }, 200, headers);

/** A plain-text (or HTML) response with a status. */
export const status =
  (code: number, headers: Record<string, string> = {}, body = `status ${code}`): Reply =>
  (response) =>
    response.writeHead(code, { "content-type": "text/html", ...headers }).end(body);

/** Never answers (until the server closes). */
export const hang: Reply = () => {};

/** Drops the connection without a response: a network error to the client. */
export const drop: Reply = (response) => response.socket?.destroy();

export interface ScriptedServer {
  url: string;
  /** Requests received since the last `script`. */
  received: Received[];
  /** Answer the next requests with these replies in order; the last one repeats. */
  script(...replies: Reply[]): void;
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  let replies: Reply[] = [data({})];
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const entry = { headers: request.headers, body: body ? JSON.parse(body) : undefined, at: performance.now() };
      received.push(entry);
      const reply = replies[Math.min(received.length - 1, replies.length - 1)]!;
      reply(response, entry);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    script(...next) {
      replies = next;
      received.length = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
