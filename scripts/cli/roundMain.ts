import { readFileSync, statSync } from 'node:fs';
import type { RoundResult } from '../../src/sim/classMarket';
import { clearClassFromLinks, type ClassClearing } from '../../src/share/roundClass';
import { CliError, EXIT_OK, withErrorContract } from './errors';
import { fileErrorReason, loadLevel } from './levels';
import type { CliIo } from './main';
import { formatYuan } from './money';
import { parseRoundArgs, ROUND_USAGE } from './roundArgs';

export const MAX_HANDIN_FILE_BYTES = 2 * 1024 * 1024;

/** Every non-blank line is a hand-in; a line that is not one is refused with its number. */
export function readHandInFile(file: string): string[] {
  let text: string;
  try {
    if (statSync(file).size > MAX_HANDIN_FILE_BYTES) {
      throw new CliError(`${file}: the file is larger than the limit of 2 MiB`);
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: cannot be read (${fileErrorReason(error)})`);
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function rating(centi: number): string {
  return centi === 0 ? '-' : `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;
}

function table(result: RoundResult): string {
  const header = ['place', 'seat', 'name', 'played by', 'price', 'rank', 'sales/day', 'rating'];
  header.push('complaints', 'share', 'orders', 'GMV', 'net profit');
  const rows = result.standings.map((s) => [
    String(s.place),
    String(s.seat),
    s.name === '' ? `Seat ${s.seat}` : s.name,
    s.strategy,
    formatYuan(s.effectivePriceFen),
    String(s.rank),
    `${Math.floor(s.salesPerDayCenti / 100)}.${String(s.salesPerDayCenti % 100).padStart(2, '0')}`,
    rating(s.ratingCenti),
    String(s.complaints),
    `${Math.floor(s.shareBp / 100)}.${String(s.shareBp % 100).padStart(2, '0')}%`,
    String(s.orders),
    formatYuan(s.gmvFen),
    formatYuan(s.netProfitFen),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 4 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

function text(clearing: ClassClearing): string {
  const last = clearing.results[clearing.results.length - 1];
  if (last === undefined) return '';
  const out = [
    `Class "${clearing.spec.name}" · round ${last.round} of ${clearing.spec.rounds}`,
    ...clearing.results.map((r) => `round ${r.round} hash ${r.roundHash}`),
    '',
    table(last),
    '',
  ];
  if (clearing.nextBriefs.length === 0) out.push('The class market is over: no next round.');
  else {
    out.push(`Next-round links (round ${last.round + 1}):`);
    clearing.nextBriefs.forEach((link, i) => out.push(`seat ${i + 1}  ${link}`));
  }
  return `${out.join('\n')}\n`;
}

function json(clearing: ClassClearing): string {
  return `${JSON.stringify({
    classId: clearing.spec.classId,
    rounds: clearing.results.map((r) => ({
      round: r.round,
      marketHash: r.marketHash,
      roundHash: r.roundHash,
      standings: r.standings,
    })),
    nextBriefs: clearing.nextBriefs,
  })}\n`;
}

export function roundMain(argv: readonly string[], io: CliIo): number {
  const command = parseRoundArgs(argv);
  if (command.kind === 'help') {
    io.stdout(`${ROUND_USAGE}\n`);
    return EXIT_OK;
  }
  const lines = readHandInFile(command.file);
  const base = loadLevel(io.root, 'comprehensive');
  const options = { deadlineMinute: command.deadlineMinute, page: command.page };
  const cleared = clearClassFromLinks(
    command.session,
    lines,
    base,
    command.throughRound === null ? options : { ...options, throughRound: command.throughRound },
  );
  if (!cleared.ok) {
    const where =
      cleared.line !== undefined
        ? `${command.file} line ${cleared.line}: `
        : cleared.seat !== undefined
          ? `seat ${cleared.seat}: `
          : '';
    throw new CliError(`${where}${cleared.message.en}`);
  }
  io.stdout(command.json ? json(cleared.clearing) : text(cleared.clearing));
  return EXIT_OK;
}

export function runRoundCli(argv: readonly string[], io: CliIo): number {
  return withErrorContract(() => roundMain(argv, io), io.stderr);
}
