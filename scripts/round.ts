/**
 * Clears a class market's rounds from its links: `npm run round -- --session LINK --file FILE`.
 * Kept thin so the CLI can be tested in-process; the logic is in scripts/cli/round*.ts.
 */
import { runEntry } from './cli/entry';

await runEntry(async () => (await import('./cli/roundMain')).runRoundCli);
