/**
 * Clears a class market's rounds from its links: `npm run round -- --session LINK --file FILE`.
 * Kept thin so the CLI can be tested in-process; the logic is in scripts/cli/round*.ts.
 */
import { runEntry } from './entry';

await runEntry(async () => (await import('./roundMain')).runRoundCli);
