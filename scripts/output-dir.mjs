// Where builds go: `.output/` by default. `RW_OUTPUT_DIR=.output-x` gives a second, independent set of builds
// (extension, fixtures, demo), so that two checkouts' worth of work can build and run e2e on one machine at once.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The absolute folder that holds every build (`.output/` unless `RW_OUTPUT_DIR` names another). */
export const OUTPUT_DIR = resolve(root, process.env.RW_OUTPUT_DIR || '.output');
