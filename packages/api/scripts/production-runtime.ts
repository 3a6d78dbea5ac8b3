// How a production server's Node process is started, beside `node dist/server.js`: the one
// definition the image (Dockerfile, checked by test/build.test.ts) and the benchmarks' production
// servers (proof/harness.ts) both use.
//
// - Semi-spaces of 12 MB instead of V8's 16 MB: an idle server kept 33 MB of young generation
//   committed. Measured with the read benchmark (docs/benchmarks.md): idle RSS 210 → 198–217 MB with
//   garbage collection at 7.8 % of the CPU profile under O1; 8 MB and 4 MB saved more memory but
//   took garbage collection to 12.5 % and 14.4 %, over the 10 % target.
// - Two malloc arenas instead of glibc's eight per core: Node's worker threads otherwise each
//   fragment an arena of their own.
// - Blocks of 128 KB and more always mapped on their own and returned when freed, and the heap's
//   free top returned from 128 KB: glibc otherwise raises its mmap threshold after the first large
//   block is freed, and start-up's large temporary buffers (the place gazetteer is built from a
//   6 MB file) stayed in the process. A server at rest measured 201–213 MB without, 187–190 MB with.
export const PRODUCTION_RUNTIME_ENV = {
  NODE_OPTIONS: "--max-semi-space-size=12",
  MALLOC_ARENA_MAX: "2",
  MALLOC_MMAP_THRESHOLD_: "131072",
  MALLOC_TRIM_THRESHOLD_: "131072",
} as const;
