/**
 * Headless runner for the economy: `npm run sim -- --stage all --seed 7 [--plan FILE] [--json]`.
 * Kept thin so the CLI can be tested in-process; the logic is in scripts/cli/.
 */
import { fileURLToPath } from 'node:url';

// Levels are found from this file's location, so the CLI works from any working directory.
const root = fileURLToPath(new URL('..', import.meta.url));

try {
  // Imported dynamically so that even an error while loading the sim or content modules ends as
  // one `error: internal:` line instead of a stack trace.
  const { runCli } = await import('./cli/main');
  // exitCode instead of process.exit(): a large report piped to a file must be flushed completely.
  process.exitCode = runCli(process.argv.slice(2), {
    root,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: internal: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
  process.exitCode = 1;
}
