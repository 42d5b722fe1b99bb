/**
 * Checks share links by replay: `npm run verify -- 'LINK'… | --file FILE [--csv | --json]`.
 * Kept thin so the CLI can be tested in-process; the logic is in scripts/cli/verify*.ts.
 */
import { runEntry } from './entry';

await runEntry(async () => (await import('./verifyMain')).runVerifyCli);
