/**
 * The decision that cost a student the most net profit, over all their stages: the same
 * attribution as the student's own debrief (each decision against the stage replayed without it),
 * on the level as the class played it. For the CSV; DOM-free.
 */
import { applyLevers } from '../content/parseLevel';
import { decodeLink, type LevelSet, type VerifiedResult } from '../share';
import {
  attributeDecisions,
  type Action,
  type AttributionResult,
  type Level,
  type StageId,
} from '../sim';
import { decisionWords } from '../present/decisionWords';
import { local, t } from '../present/i18n';

export interface LargestCost {
  /** The decision in the page's language, with its stage: "Stage 1 · Traffic: ads on the …". */
  label: string;
  /** Its effect on net profit, negative. */
  netEffectFen: number;
}

/** The stage logs a link carries (a verified result keeps the replayed states, not the logs). */
function logsOf(link: string, levels: LevelSet): Partial<Record<StageId, readonly Action[]>> {
  const decoded = decodeLink(link, levels);
  const logs: Partial<Record<StageId, readonly Action[]>> = {};
  if (decoded.ok && decoded.link.kind === 'result') {
    for (const { stage, log } of decoded.link.stages) logs[stage] = log;
  }
  return logs;
}

/** A stage as the class played it (levers applied) with the log the link carries. */
export interface PlayedStage {
  level: Level;
  seed: number;
  log: readonly Action[];
}

/** The stages of a hand-in that can be weighed: those whose level and log are both at hand. */
export function playedStages(
  result: VerifiedResult,
  link: string,
  levels: LevelSet,
): PlayedStage[] {
  const logs = logsOf(link, levels);
  const played: PlayedStage[] = [];
  for (const { stage } of result.stages) {
    const level = levels[stage];
    const log = logs[stage];
    if (!level || !log) continue;
    const levered = applyLevers(level, result.levers);
    if (levered.ok) played.push({ level: levered.level, seed: result.seed, log });
  }
  return played;
}

/** The costliest decision among the stages' attributions; null when none cost anything. */
export function costliest(
  weighed: readonly { level: Level; attribution: AttributionResult }[],
): LargestCost | null {
  let worst: LargestCost | null = null;
  for (const { level, attribution } of weighed) {
    if (!attribution.ok) continue;
    for (const effect of attribution.decisions) {
      if (effect.netEffectFen >= 0) continue;
      if (worst !== null && effect.netEffectFen >= worst.netEffectFen) continue;
      worst = {
        label: t('csv.decisionInStage', {
          stage: local(level.title),
          decision: decisionWords(effect.decision, level),
        }),
        netEffectFen: effect.netEffectFen,
      };
    }
  }
  return worst;
}

/** The same, weighed here and now (the CLI, tests); the dashboard weighs in a worker. */
export function largestCost(
  result: VerifiedResult,
  link: string,
  levels: LevelSet,
): LargestCost | null {
  return costliest(
    playedStages(result, link, levels).map(({ level, seed, log }) => ({
      level,
      attribution: attributeDecisions(level, seed, log),
    })),
  );
}
