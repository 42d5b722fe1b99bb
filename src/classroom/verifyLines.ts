/**
 * Verifies hand-ins by replay. The same function runs on the main thread for a few links and in
 * verifyWorker.ts for many, so the page stays responsive while a class's links replay.
 */
import { verifyResultLink, type LevelSet } from '../share';
import type { BadLine, Verified } from './board';
import type { CandidateLine } from './linesIn';

export interface Checked {
  verified: Verified[];
  bad: BadLine[];
}

export function verifyLines(
  lines: readonly CandidateLine[],
  levels: LevelSet,
  onProgress: (done: number, total: number) => void = () => {},
): Checked {
  const verified: Verified[] = [];
  const bad: BadLine[] = [];
  lines.forEach(({ line, text }, i) => {
    const outcome = verifyResultLink(text, levels);
    if (outcome.ok) verified.push({ line, link: text, result: outcome.result });
    else bad.push({ line, text, reason: outcome.reason, message: outcome.message });
    onProgress(i + 1, lines.length);
  });
  return { verified, bad };
}
