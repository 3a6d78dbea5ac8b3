// The "Find a job" reader's score over a corpus of adverts with their expected facts
// (examples/adverts by default): per fact kind, how many were extracted exactly, and the reader's
// throughput over 10,000 adverts. `tsx scripts/advert-report.ts [folder]`.
import path from "node:path";
import { reportAdverts } from "../src/interchange/advert-facts.js";

const folder = process.argv[2] ?? path.join(import.meta.dirname, "../../../examples/adverts");
process.stdout.write(await reportAdverts(path.resolve(folder)));
