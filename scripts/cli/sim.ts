/**
 * Headless runner for the economy: `npm run sim -- --stage all --seed 7 [--plan FILE] [--json]`.
 * Kept thin so the CLI can be tested in-process; the logic is in scripts/cli/.
 */
import { runEntry } from './entry';

await runEntry(async () => (await import('./main')).runCli);
