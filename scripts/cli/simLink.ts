import { encodeResultLink, type ResultRun } from '../../src/share/index';
import { runStage, type StageId } from '../../src/sim/index';
import { CliError } from './errors';
import type { Levels } from './levels';
import { stagePlan, type PlanEntry } from './plan';

/**
 * `npm run sim -- … --link`: the share link of the run the report describes. runCampaign has
 * already run these stages and turned any illegal plan step into its one-line error; the stages
 * are run again here (a few milliseconds) only to keep their action logs, which it drops.
 */
export function runLink(
  levels: Levels,
  stages: readonly StageId[],
  seed: number,
  entries: readonly PlanEntry[] | null,
  options: { name: string; base: string },
): string {
  const run: ResultRun = { name: options.name, seed, levers: {}, stages: [] };
  for (const stage of stages) {
    const level = levels[stage];
    const steps = entries === null ? level.defaultPlan : stagePlan(entries, stage).steps;
    const result = runStage(level, seed, steps);
    if (!result.ok) throw new Error(`stage ${stage} did not replay for its link: ${result.error}`);
    run.stages.push({ stage, log: result.log });
  }
  const encoded = encodeResultLink(run, levels, options.base);
  if (!encoded.ok) throw new CliError(`cannot make a link: ${encoded.message}`);
  return encoded.link;
}
