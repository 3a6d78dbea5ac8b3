// How a production server's Node process is started, beside `node dist/server.js`: the one
// definition the image (Dockerfile, checked by test/build.test.ts) and the benchmarks' production
// servers (proof/harness.ts) both use.
//
// - Semi-spaces of 12 MB instead of V8's 16 MB: an idle server kept 33 MB of young generation
//   committed. Measured with the read benchmark (docs/benchmarks.md): idle RSS 210 → 198 MB with
//   garbage collection at 7.8 % of the CPU profile under O1; 8 MB and 4 MB saved more memory but
//   took garbage collection to 12.5 % and 14.4 %, over the 10 % target.
// - Two malloc arenas instead of glibc's eight per core: Node's worker threads otherwise each
//   fragment an arena of their own.
export const PRODUCTION_RUNTIME_ENV = {
  NODE_OPTIONS: "--max-semi-space-size=12",
  MALLOC_ARENA_MAX: "2",
} as const;
