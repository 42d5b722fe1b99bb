import { STAGE_IDS, type StageId } from '../../src/sim/index';
import { CliError } from './errors';

/** What one invocation asks for; parsed before any file is read so usage errors are instant. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'listActions'; markdown: boolean }
  | {
      kind: 'run';
      stages: StageId[];
      seed: number;
      planFile: string | null;
      json: boolean;
      /** With --link: print the run's share link instead of the report. */
      link?: { name: string; base: string };
      /** With --fork-day and --plan-b: the run as played to that day, then plan B. */
      fork?: { day: number; planFile: string };
    };

export const MAX_SEED = 0xffff_ffff;
/** Where `npm start` serves the game; links are fragments, so any address that serves it works. */
export const DEFAULT_LINK_BASE = 'http://127.0.0.1:5173/';

export const USAGE = `Usage: npm run sim -- --stage STAGE --seed N [--plan FILE] [--json]
       npm run sim -- --stage STAGE --seed N [--plan FILE] --link [--name NAME] [--base URL]
       npm run sim -- --stage STAGE --seed N [--plan FILE] --fork-day N --plan-b FILE [--json]
       npm run sim -- --list-actions [--markdown]
       npm run sim -- --help

Runs stages of Four Stages headlessly on the deterministic economy and prints the results.

  --stage STAGE     traffic, product, market, comprehensive, or all (required)
  --seed N          integer 0..${MAX_SEED} (required); the same seed gives the same run
  --plan FILE       JSON list of {"stage", "day", "action"} entries; without it each stage
                    runs its level's defaultPlan
  --json            machine-readable output (money in fen)
  --link            print only the share link of the run (#r=…), to check with npm run verify
  --name NAME       with --link: the player name in the link (default: none, shown as Anonymous)
  --base URL        with --link: the game's address before the # (default ${DEFAULT_LINK_BASE})
  --fork-day N      a what-if: the run (--plan or the defaultPlan) as played through day N,
                    then --plan-b FILE from day N+1 (its entries up to day N are left out);
                    prints both runs and the difference line by line; one stage only
  --plan-b FILE     with --fork-day: plan B, in the --plan format
  --list-actions    every action with its fields, ranges and the stages that allow it
  --markdown        with --list-actions: print it as Markdown (the source of docs/ACTIONS.md)
  --help            this text

Exit codes: 0 success, 2 bad arguments, plan or level file, or an illegal planned action,
1 internal error.`;

const VALUE_FLAGS = [
  '--stage',
  '--seed',
  '--plan',
  '--name',
  '--base',
  '--fork-day',
  '--plan-b',
] as const;
const SWITCHES = ['--json', '--list-actions', '--markdown', '--help', '-h', '--link'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
type Switch = (typeof SWITCHES)[number];

function isValueFlag(name: string): name is ValueFlag {
  return (VALUE_FLAGS as readonly string[]).includes(name);
}
function isSwitch(name: string): name is Switch {
  return (SWITCHES as readonly string[]).includes(name);
}

/** Only plain decimal digits: `1e3`, `0x10`, `+5` or `7.0` would be read differently by Number(). */
export function parseSeed(text: string): number {
  const seed = /^[0-9]{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED) {
    throw new CliError(
      `--seed must be an integer from 0 to ${MAX_SEED}, not ${JSON.stringify(text)}`,
    );
  }
  return seed;
}

export function parseStages(text: string): StageId[] {
  if (text === 'all') return [...STAGE_IDS];
  const stage = STAGE_IDS.find((id) => id === text);
  if (stage === undefined) {
    throw new CliError(
      `--stage must be one of ${STAGE_IDS.join(', ')} or all, not ${JSON.stringify(text)}`,
    );
  }
  return [stage];
}

/**
 * Parses argv (without node and the script). Accepts `--flag value` and `--flag=value`; a flag given
 * twice is an error rather than last-wins, so a typo in a long command line cannot go unnoticed.
 */
export function parseArgs(argv: readonly string[]): CliCommand {
  const values = new Map<ValueFlag, string>();
  const switches = new Set<Switch>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (isSwitch(name)) {
      if (eq >= 0) throw new CliError(`${name} takes no value`);
      if (switches.has(name)) throw new CliError(`${name} is given more than once`);
      switches.add(name);
      continue;
    }
    if (!isValueFlag(name)) {
      const shown = JSON.stringify(arg.length > 40 ? `${arg.slice(0, 40)}…` : arg);
      throw new CliError(
        arg.startsWith('-')
          ? `unknown option ${shown}; see --help`
          : `unexpected argument ${shown}; see --help`,
      );
    }
    if (values.has(name)) throw new CliError(`${name} is given more than once`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      // A following option is a forgotten value (`--seed --json`), not a value that starts with --.
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i += 1;
      }
    }
    if (value === undefined || value === '') throw new CliError(`${name} needs a value`);
    values.set(name, value);
  }

  // Help wins over everything else, so `--help` appended to a broken command line still helps.
  if (switches.has('--help') || switches.has('-h')) return { kind: 'help' };

  if (switches.has('--list-actions')) {
    const extra = [...values.keys(), ...[...switches].filter((s) => s !== '--list-actions')].find(
      (flag) => flag !== '--markdown',
    );
    if (extra !== undefined) throw new CliError(`--list-actions cannot be combined with ${extra}`);
    return { kind: 'listActions', markdown: switches.has('--markdown') };
  }
  if (switches.has('--markdown')) throw new CliError('--markdown only applies to --list-actions');

  const stage = values.get('--stage');
  const seed = values.get('--seed');
  if (stage === undefined || seed === undefined) {
    const missing = [stage === undefined ? '--stage' : '', seed === undefined ? '--seed' : '']
      .filter((flag) => flag !== '')
      .join(' and ');
    throw new CliError(
      `${missing} ${missing.includes(' and ') ? 'are' : 'is'} required (for example --stage all --seed 7); see --help`,
    );
  }
  const link = parseLinkOptions(values, switches);
  const stages = parseStages(stage);
  const fork = parseForkOptions(values, stages, link !== null);
  return {
    kind: 'run',
    stages,
    seed: parseSeed(seed),
    planFile: values.get('--plan') ?? null,
    json: switches.has('--json'),
    ...(link === null ? {} : { link }),
    ...(fork === null ? {} : { fork }),
  };
}

function parseForkOptions(
  values: ReadonlyMap<ValueFlag, string>,
  stages: readonly StageId[],
  link: boolean,
): { day: number; planFile: string } | null {
  const dayText = values.get('--fork-day');
  const planFile = values.get('--plan-b');
  if (dayText === undefined && planFile === undefined) return null;
  if (dayText === undefined) throw new CliError('--plan-b needs --fork-day N');
  if (planFile === undefined) throw new CliError('--fork-day needs --plan-b FILE');
  if (link) throw new CliError('--link cannot be combined with --fork-day');
  if (stages.length !== 1) throw new CliError('--fork-day forks one stage; give one --stage');
  const day = /^[0-9]{1,4}$/.test(dayText) ? Number(dayText) : NaN;
  if (!Number.isSafeInteger(day) || day < 1) {
    throw new CliError(`--fork-day must be a day number from 1, not ${JSON.stringify(dayText)}`);
  }
  return { day, planFile };
}

/** The link goes after the base's own path; a base with a # would hide it, so it is refused. */
export function parseBase(text: string): string {
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (
    url === null ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    text.includes('#')
  ) {
    throw new CliError(
      `--base must be an http or https address without a #, not ${JSON.stringify(text)}`,
    );
  }
  return text;
}

function parseLinkOptions(
  values: ReadonlyMap<ValueFlag, string>,
  switches: ReadonlySet<Switch>,
): { name: string; base: string } | null {
  if (!switches.has('--link')) {
    const stray = (['--name', '--base'] as const).find((flag) => values.has(flag));
    if (stray !== undefined) throw new CliError(`${stray} only applies to --link`);
    return null;
  }
  // One output per run: the link alone, so it can be piped into a file of links.
  if (switches.has('--json')) throw new CliError('--link prints only the link; drop --json');
  return {
    name: values.get('--name') ?? '',
    base: parseBase(values.get('--base') ?? DEFAULT_LINK_BASE),
  };
}
