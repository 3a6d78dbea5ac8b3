// A TCP proxy between a server and PostgreSQL that counts the SQL statements the server sends: it
// parses the frontend side of the wire protocol and counts simple-protocol Query ('Q') and
// extended-protocol Execute ('E') messages. Bytes pass through unchanged, except an SSL or GSSAPI
// encryption request, which the proxy refuses itself ('N') so the rest stays readable.
import { connect, createServer, type Server } from "node:net";

const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;

export interface StatementCounter {
  /** The database URL to give the server: `databaseUrl` with the proxy's host and port. */
  url: string;
  /** Statements counted since the proxy started (Q + E). */
  count(): number;
  /** From now on, keep the SQL text of each Query and Parse message (until `recorded()`). */
  record(): void;
  /** The SQL texts kept since `record()`, and stops keeping them. */
  recorded(): string[];
  close(): Promise<void>;
}

/** Starts a counting proxy in front of the PostgreSQL server of `databaseUrl`. */
export function startStatementCounter(databaseUrl: string): Promise<StatementCounter> {
  const target = new URL(databaseUrl);
  let statements = 0;
  let texts: string[] | undefined;
  const sockets = new Set<{ destroy(): void }>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let started = false;
    let pending: Buffer = Buffer.alloc(0);
    client.on("data", (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let offset = 0;
      const forward: Buffer[] = [];
      while (true) {
        if (!started) {
          // Startup packets have no type byte: int32 length, int32 code, ...
          if (pending.length - offset < 8) break;
          const length = pending.readInt32BE(offset);
          if (pending.length - offset < length) break;
          const code = pending.readInt32BE(offset + 4);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) client.write("N");
          else {
            forward.push(pending.subarray(offset, offset + length));
            // A cancel request is the whole conversation; anything else is a startup message.
            started = true;
          }
          offset += length;
          continue;
        }
        if (pending.length - offset < 5) break;
        const length = pending.readInt32BE(offset + 1);
        if (pending.length - offset < length + 1) break;
        const type = pending[offset];
        if (type === 0x51 /* Q */ || type === 0x45 /* E */) statements++;
        if (texts && (type === 0x51 || type === 0x50) /* Q, P */) {
          // Query: the text. Parse: the statement's name, then the text (both NUL-terminated).
          let start = offset + 5;
          if (type === 0x50) start = pending.indexOf(0, start) + 1;
          texts.push(pending.toString("utf8", start, pending.indexOf(0, start)));
        }
        forward.push(pending.subarray(offset, offset + length + 1));
        offset += length + 1;
      }
      pending = pending.subarray(offset);
      if (forward.length) upstream.write(forward.length === 1 ? forward[0]! : Buffer.concat(forward));
    });
    upstream.pipe(client);
    const end = () => {
      sockets.delete(client);
      sockets.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const url = new URL(databaseUrl);
      url.hostname = "127.0.0.1";
      url.port = String(typeof address === "object" && address ? address.port : 0);
      resolve({
        url: url.toString(),
        count: () => statements,
        record: () => {
          texts = [];
        },
        recorded: () => {
          const kept = texts ?? [];
          texts = undefined;
          return kept;
        },
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
          }),
      });
    }),
  );
}
