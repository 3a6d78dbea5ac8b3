// The real "Find a job" advert the project is built around (Lloyds Banking Group, "Machine Learning
// Engineer"), kept in the repository's examples so that a clone needs nothing beside it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The advert's path on disk (for the import CLI, which reads files). */
export const SAMPLE_ADVERT_PATH = fileURLToPath(new URL("../../../../examples/adverts/lloyds-machine-learning-engineer.txt", import.meta.url));

/** The advert's text. */
export const SAMPLE_ADVERT = readFileSync(SAMPLE_ADVERT_PATH, "utf8");
