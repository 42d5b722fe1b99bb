/**
 * The decision that cost a student the most net profit, over all their stages: the same
 * attribution as the student's own debrief (each decision against the stage replayed without it),
 * on the level as the class played it. For the CSV; DOM-free.
 */
import { applyLevers } from '../content/parseLevel';
import { decodeLink, type LevelSet, type VerifiedResult } from '../share';
import { attributeDecisions, type Action, type StageId } from '../sim';
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

/** Null when no decision cost anything (or the link's logs cannot be read back). */
export function largestCost(
  result: VerifiedResult,
  link: string,
  levels: LevelSet,
): LargestCost | null {
  const logs = logsOf(link, levels);
  let worst: LargestCost | null = null;
  for (const { stage } of result.stages) {
    const level = levels[stage];
    const log = logs[stage];
    if (!level || !log) continue;
    const levered = applyLevers(level, result.levers);
    if (!levered.ok) continue;
    const weighed = attributeDecisions(levered.level, result.seed, log);
    if (!weighed.ok) continue;
    for (const effect of weighed.decisions) {
      if (effect.netEffectFen >= 0) continue;
      if (worst !== null && effect.netEffectFen >= worst.netEffectFen) continue;
      worst = {
        label: t('csv.decisionInStage', {
          stage: local(levered.level.title),
          decision: decisionWords(effect.decision, levered.level),
        }),
        netEffectFen: effect.netEffectFen,
      };
    }
  }
  return worst;
}
