/**
 * Exit codes and the one error type the CLI throws on purpose. Anything else that escapes is a bug
 * and is reported as `error: internal: …` with exit code 1, so scripts can tell the two apart.
 */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

/** A problem with the user's input (arguments, plan file) or the repo's level files: exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * Runs a CLI body under the error contract: a CliError is one `error: …` line and its exit code;
 * anything else is a bug, shown as one `error: internal: …` line with exit code 1, never a stack.
 */
export function withErrorContract(body: () => number, stderr: (text: string) => void): number {
  try {
    return body();
  } catch (error) {
    if (error instanceof CliError) {
      stderr(`error: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    stderr(`error: internal: ${oneLine(message)}\n`);
    return EXIT_INTERNAL;
  }
}

/** Turns any thrown value into one line, so a multi-line message can never break the one-line rule. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
