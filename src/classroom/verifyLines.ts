/**
 * Verifies hand-ins by replay. The same function runs on the main thread for a few links and in
 * verifyWorker.ts for many, so the page stays responsive while a class's links replay.
 */
import { verifyResultLink, type LevelSet } from '../share';
import type { BadLine, Verified } from './board';
import type { CandidateLine } from './linesIn';

export interface Checked {
  verified: Verified[];
  /** Lines that are not a verifiable hand-in: damaged, cut off, not a link, other rules … */
  bad: BadLine[];
  /**
   * Real hand-ins played on another version of a level (a trainer's edited copy, an old
   * download): not damaged, so the dashboard shows them as their own group with both hashes.
   */
  otherLevel: BadLine[];
}

export function verifyLines(
  lines: readonly CandidateLine[],
  levels: LevelSet,
  onProgress: (done: number, total: number) => void = () => {},
): Checked {
  const verified: Verified[] = [];
  const bad: BadLine[] = [];
  const otherLevel: BadLine[] = [];
  lines.forEach(({ line, text }, i) => {
    const outcome = verifyResultLink(text, levels);
    if (outcome.ok) verified.push({ line, link: text, result: outcome.result });
    else {
      const entry: BadLine = { line, text, reason: outcome.reason, message: outcome.message };
      const { linkLevelHash, pageLevelHash } = outcome.detail ?? {};
      if (linkLevelHash !== undefined && pageLevelHash !== undefined) {
        otherLevel.push({ ...entry, linkLevelHash, pageLevelHash });
      } else bad.push(entry);
    }
    onProgress(i + 1, lines.length);
  });
  return { verified, bad, otherLevel };
}
