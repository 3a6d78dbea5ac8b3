// A TCP proxy in front of PostgreSQL that a test can break: "refuse" closes it like a stopped
// server (connections reset, new ones refused), "hang" accepts connections and never answers
// (a server or network that stalls), "up" forwards again. Real sockets, real PostgreSQL.
import { connect, createServer, type Server, type Socket } from "node:net";

export type ProxyMode = "up" | "refuse" | "hang";

export interface TcpProxy {
  port: number;
  setMode(mode: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  let mode: ProxyMode = "up";
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    if (mode === "hang") return; // accepted, never answered
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  const listen = (p: number) =>
    new Promise<number>((resolve) => server.listen(p, "127.0.0.1", () => resolve((server.address() as { port: number }).port)));
  const actualPort = await listen(port);
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    port: actualPort,
    async setMode(next) {
      const wasListening = server.listening;
      mode = next;
      dropAll();
      if (next === "refuse" && wasListening) await new Promise<void>((resolve) => server.close(() => resolve()));
      if (next !== "refuse" && !wasListening) await listen(actualPort);
    },
    async close() {
      dropAll();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
