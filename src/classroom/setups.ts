/**
 * A hand-in's setup: the market seed, the trainer's levers and the stages it covers. Scores are
 * comparable only within one setup, so the dashboard ranks each setup on its own and says which
 * hand-ins differ from the setup most of the class played. The level files and the rules version
 * need no check here: a link played on other levels or rules does not verify at all.
 */
import { LEVER_KEYS, type VerifiedResult } from '../share';
import type { Levers, StageId } from '../sim';

export interface Setup {
  /** Equal keys mean the same setup; readable, so the CSV can carry it as it is. */
  key: string;
  seed: number;
  /** Only the overridden levers, in the link format's order. */
  levers: Partial<Levers>;
  stages: StageId[];
}

export type SetupPart = 'seed' | 'levers' | 'stages';

export function setupOf(result: VerifiedResult): Setup {
  const levers: Partial<Levers> = {};
  const leverText: string[] = [];
  for (const key of LEVER_KEYS) {
    const value = result.levers[key];
    if (value === undefined) continue;
    levers[key] = value;
    leverText.push(`${key}=${value}`);
  }
  const stages = result.stages.map((s) => s.stage);
  const key = [`seed ${result.seed}`, `stages ${stages.join(' ')}`, ...leverText].join('; ');
  return { key, seed: result.seed, levers, stages };
}

/** What sets `other` apart from `main`, in a fixed order, for the sentence on the page. */
export function setupDiff(main: Setup, other: Setup): SetupPart[] {
  const parts: SetupPart[] = [];
  if (main.seed !== other.seed) parts.push('seed');
  if (LEVER_KEYS.some((key) => main.levers[key] !== other.levers[key])) parts.push('levers');
  if (main.stages.join(' ') !== other.stages.join(' ')) parts.push('stages');
  return parts;
}
