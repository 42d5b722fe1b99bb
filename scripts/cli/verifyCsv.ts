import type { LevelSet, VerifyResult } from '../../src/share/index';
import { boardEntry, buildBoard, type Verified } from '../../src/classroom/board';
import { classCsv, type CsvItem } from '../../src/classroom/csv';
import { largestCost } from '../../src/classroom/largestCost';

/**
 * `npm run verify -- --csv`: the class dashboard's CSV, one row per input link in input order
 * (`line` is the link's place, from 1). Ranks, copies and set-aside runs come from the same
 * leaderboard the dashboard builds; a link that lost the merge to another run of the same
 * student keeps its figures but no rank of its own.
 */
export function verifyCsv(
  links: readonly string[],
  results: readonly VerifyResult[],
  levels: LevelSet,
) {
  const verified: Verified[] = [];
  results.forEach((result, i) => {
    if (result.ok) verified.push({ line: i + 1, link: links[i] as string, result: result.result });
  });
  const ranked = new Map(buildBoard(verified).map((entry) => [entry.line, entry]));
  const items: CsvItem[] = results.map((result, i) => {
    const line = i + 1;
    const link = links[i] as string;
    if (!result.ok) return { kind: 'rejected', line, link, reason: result.message };
    const entry = ranked.get(line) ?? boardEntry({ line, link, result: result.result });
    return {
      kind: 'verified',
      entry,
      ranked: ranked.has(line),
      largestCost: largestCost(result.result, link, levels),
    };
  });
  return classCsv(items);
}
