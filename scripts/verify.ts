/**
 * Checks share links by replay: `npm run verify -- 'LINK'… | --file FILE [--csv | --json]`.
 * Kept thin so the CLI can be tested in-process; the logic is in scripts/cli/verify*.ts.
 */
import { fileURLToPath } from 'node:url';

// Levels are found from this file's location, so the CLI works from any working directory.
const root = fileURLToPath(new URL('..', import.meta.url));

try {
  // Imported dynamically so that even an error while loading modules ends as one line.
  const { runVerifyCli } = await import('./cli/verifyMain');
  // exitCode instead of process.exit(): a long report piped to a file must be flushed completely.
  process.exitCode = runVerifyCli(process.argv.slice(2), {
    root,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: internal: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
  process.exitCode = 1;
}
