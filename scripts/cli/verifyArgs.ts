import { CliError } from './errors';

export type VerifyOutput = 'text' | 'csv' | 'json';

export type VerifyLanguage = 'en' | 'zh';

export type VerifyCommand =
  | { kind: 'help' }
  | {
      kind: 'verify';
      links: string[];
      file: string | null;
      output: VerifyOutput;
      lang: VerifyLanguage;
    };

export const VERIFY_USAGE = `Usage: npm run verify -- 'LINK' ['LINK' …] [--csv [--lang zh] | --json]
       npm run verify -- --file FILE [--csv [--lang zh] | --json]
       npm run verify -- --help

Checks Four Stages result links by replaying them on this repo's levels, and prints one line per
link in input order: the verified result (name, stages, GMV, net profit, run codes) or the one
sentence that says why the link was not accepted.

  LINK         a full link (http://…/#r=…), its fragment (#r=…) or the bare payload; quote it,
               because an unquoted # starts a comment in the shell
  --file FILE  read links from a text or CSV file (at most 2 MiB): every #r=/#s= link in it, and
               every line that is only a bare payload
  --csv        the class dashboard's CSV: one header row, then one row per link in input order
               (rank, figures, cost lines, the costliest decision, run codes, or why it was
               refused; spreadsheet-safe cells; money in yuan)
  --lang L     en (default) or zh: the CSV's headers and decision labels in that language
  --json       one JSON object per line: {"ok":true,"name","stages","gmv","netProfit","stateHash"}
               (money in fen; stateHash joins the stages' run codes with "-") or
               {"ok":false,"reason"} with the sentence
  --help       this text

Exit codes: 0 every link verified, 1 at least one did not, 2 unusable arguments or file.`;

const SWITCHES = ['--csv', '--json', '--help', '-h'] as const;
type Switch = (typeof SWITCHES)[number];
const isSwitch = (arg: string): arg is Switch => (SWITCHES as readonly string[]).includes(arg);

function shown(arg: string): string {
  return JSON.stringify(arg.length > 40 ? `${arg.slice(0, 40)}…` : arg);
}

/**
 * Anything not starting with - is a link (payloads of this format start with a letter). Options
 * given twice, --csv with --json, and links mixed with --file are refused rather than guessed at.
 */
export function parseVerifyArgs(argv: readonly string[]): VerifyCommand {
  // Help wins over everything, so `--help` appended to a broken command line still helps.
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const links: string[] = [];
  const switches = new Set<Switch>();
  let file: string | null = null;
  let lang: VerifyLanguage | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      if (lang !== null) throw new CliError('--lang is given more than once');
      const value = arg === '--lang' ? argv[i + 1] : arg.slice('--lang='.length);
      if (arg === '--lang') i += 1;
      if (value !== 'en' && value !== 'zh') throw new CliError('--lang needs en or zh');
      lang = value;
    } else if (arg === '--file' || arg.startsWith('--file=')) {
      if (file !== null) throw new CliError('--file is given more than once');
      const value = arg === '--file' ? argv[i + 1] : arg.slice('--file='.length);
      if (arg === '--file') i += 1;
      if (value === undefined || value === '' || value.startsWith('--')) {
        throw new CliError('--file needs a value');
      }
      file = value;
    } else if (isSwitch(arg)) {
      if (switches.has(arg)) throw new CliError(`${arg} is given more than once`);
      switches.add(arg);
    } else if (arg.startsWith('-')) {
      throw new CliError(`unknown option ${shown(arg)}; see --help`);
    } else {
      links.push(arg);
    }
  }
  if (switches.has('--csv') && switches.has('--json')) {
    throw new CliError('--csv and --json cannot be combined');
  }
  if (file !== null && links.length > 0) {
    throw new CliError('give links or --file, not both');
  }
  if (file === null && links.length === 0) {
    throw new CliError('no link given; pass links or --file FILE (see --help)');
  }
  const output: VerifyOutput = switches.has('--csv')
    ? 'csv'
    : switches.has('--json')
      ? 'json'
      : 'text';
  return { kind: 'verify', links, file, output, lang: lang ?? 'en' };
}
