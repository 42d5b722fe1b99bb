import { CliError } from './errors';

export interface RoundCommand {
  kind: 'round';
  session: string;
  file: string;
  json: boolean;
  throughRound: number | null;
  deadlineMinute: number;
  page: string;
}

export const ROUND_USAGE = `Usage: npm run round -- --session LINK --file FILE [--json] [--round N]
                      [--deadline 2026-12-03T14:30Z] [--page URL]
       npm run round -- --help

Clears a class market exactly as the trainer's page does: reads the class link and every hand-in
link so far (any round, any order), clears the rounds in turn and prints the last cleared round's
standings, its round hash and one next-round brief link per seat.

  --session LINK  the class link (…#c=…); quote it, since an unquoted # starts a shell comment
  --file FILE     the hand-in links, one per line (…#h=… or the bare h=… code), at most 2 MiB
  --json          one JSON object: {classId, rounds:[{round, marketHash, roundHash, standings}],
                  nextBriefs} with money in fen
  --round N       clear only up to round N (default: the latest round handed in)
  --deadline T    the next round's deadline (UTC, ISO 8601) written into the brief links
  --page URL      the game's address put in front of the brief links
  --help          this text

Exit codes: 0 cleared, 2 unusable arguments, file or link (one line on stderr).`;

function isoMinute(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    throw new CliError(`--deadline "${text}" is not a time like 2026-12-03T14:30Z`);
  }
  const ms = Date.parse(text);
  if (!Number.isFinite(ms) || ms < 0)
    throw new CliError(`--deadline "${text}" is not a valid time`);
  return Math.floor(ms / 60_000);
}

export function parseRoundArgs(argv: readonly string[]): RoundCommand | { kind: 'help' } {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  let session: string | null = null;
  let file: string | null = null;
  let json = false;
  let throughRound: number | null = null;
  let deadlineMinute = 0;
  let page = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new CliError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--session') session = value();
    else if (arg === '--file') file = value();
    else if (arg === '--json') json = true;
    else if (arg === '--round') {
      const text = value();
      if (!/^[1-9]$/.test(text)) throw new CliError(`--round "${text}" is not a round number`);
      throughRound = Number(text);
    } else if (arg === '--deadline') deadlineMinute = isoMinute(value());
    else if (arg === '--page') page = value();
    else throw new CliError(`unknown argument "${arg}" (see npm run round -- --help)`);
  }
  if (session === null) throw new CliError('--session LINK is required (the class link)');
  if (file === null) throw new CliError('--file FILE is required (the hand-in links)');
  return { kind: 'round', session, file, json, throughRound, deadlineMinute, page };
}
