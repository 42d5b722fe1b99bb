/** The shared shell of the command-line entry points: exit codes and one-line internal errors. */
import { fileURLToPath } from 'node:url';
// A type-only import: erased at run time, so loading errors still surface inside runEntry.
import type { CliIo } from './main';

export type CliRunner = (args: readonly string[], io: CliIo) => number;

/**
 * Runs a CLI whose module is loaded dynamically, so that even an error while loading the sim or
 * content modules ends as one `error: internal:` line instead of a stack trace.
 */
export async function runEntry(load: () => Promise<CliRunner>): Promise<void> {
  // Levels are found from the scripts folder's location, so the CLI works from any directory.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  try {
    const run = await load();
    // exitCode instead of process.exit(): a large report piped to a file must be flushed completely.
    process.exitCode = run(process.argv.slice(2), {
      root,
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: internal: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
    process.exitCode = 1;
  }
}
