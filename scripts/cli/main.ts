import { parseArgs, USAGE } from './args';
import { EXIT_OK, withErrorContract } from './errors';
import { runFork } from './fork';
import { formatJson, formatTable } from './format';
import { loadLevels } from './levels';
import { formatActionsMarkdown, formatActionsText } from './listActions';
import { readPlanFile } from './plan';
import { runCampaign } from './runCampaign';
import { runLink } from './simLink';

/** Where output goes; tests pass collectors, the entry script passes process streams. */
export interface CliIo {
  /** The repo root, where `levels/` lives; never the current directory. */
  root: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The whole CLI as a function: returns the exit code, throws only on bugs. */
export function main(argv: readonly string[], io: CliIo): number {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  const levels = loadLevels(io.root);
  if (command.kind === 'listActions') {
    io.stdout(command.markdown ? formatActionsMarkdown(levels) : formatActionsText(levels));
    return EXIT_OK;
  }
  const entries = command.planFile === null ? null : readPlanFile(command.planFile, levels);
  const report = runCampaign(levels, command.stages, command.seed, entries);
  if (command.link !== undefined) {
    io.stdout(`${runLink(levels, command.stages, command.seed, entries, command.link)}\n`);
    return EXIT_OK;
  }
  if (command.fork !== undefined) {
    const planB = readPlanFile(command.fork.planFile, levels);
    io.stdout(runFork(levels, report, { day: command.fork.day, entries: planB }, command.json));
    return EXIT_OK;
  }
  io.stdout(command.json ? formatJson(report, levels) : formatTable(report, levels));
  return EXIT_OK;
}

/**
 * main with the error contract: a CliError is one `error: …` line and its exit code (2); anything
 * else is a bug, shown as one `error: internal: …` line with exit code 1, never a stack trace.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  return withErrorContract(() => main(argv, io), io.stderr);
}
