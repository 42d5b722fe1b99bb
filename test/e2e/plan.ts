import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { PlannedAction, PlanStep, StageId } from '../../src/sim';
import { runStage, summarizeStage } from '../../src/sim';
import { REPO_ROOT as ROOT, shippedLevel as level } from '../fixtures/levels';

export { shippedLevel as level } from '../fixtures/levels';

/** The first seed on which `plan` meets an event before the stage ends: the dialog gets tested. */
export function seedWithEvent(stage: StageId, plan: PlanStep[], from = 1): number {
  const lvl = level(stage);
  for (let seed = from; seed < from + 300; seed++) {
    const run = runStage(lvl, seed, plan);
    if (run.ok && run.state.eventsSeen.length > 0) return seed;
  }
  throw new Error('no seed with an event');
}

/**
 * The first seed from `from` whose run with `plan` opens with an event of `kind`. Being the first
 * event, it comes whatever a test answers to later ones.
 */
export function seedWithFirstEvent(
  stage: StageId,
  plan: PlanStep[],
  kind: string,
  from = 1,
): number {
  const lvl = level(stage);
  for (let seed = from; seed < from + 300; seed++) {
    const run = runStage(lvl, seed, plan);
    if (run.ok && run.state.eventsSeen[0] === kind) return seed;
  }
  throw new Error(`no seed opening with a ${kind} event`);
}

export interface Verdict {
  stateHash: string;
  netProfit: number;
}

/** Replays a downloaded decisions file in this process, as the CLI would. */
export function replayInProcess(stage: StageId, seed: number, decisions: PlannedAction[]): Verdict {
  const run = runStage(
    level(stage),
    seed,
    decisions.map(({ day, action }) => ({ day, action })),
  );
  if (!run.ok) throw new Error(`plan does not replay: ${run.error}`);
  const summary = summarizeStage(level(stage), run.state);
  return { stateHash: summary.stateHash, netProfit: summary.netProfit };
}

export const CLI_EXISTS = existsSync(`${ROOT}scripts/cli/sim.ts`);

/** The headless CLI's verdict on a plan file: `npx tsx scripts/cli/sim.ts --plan FILE --json`. */
export function replayWithCli(stage: StageId, seed: number, planFile: string): Verdict {
  const tsx = `${ROOT}node_modules/tsx/dist/cli.mjs`;
  const result = spawnSync(
    process.execPath,
    [
      tsx,
      'scripts/cli/sim.ts',
      '--stage',
      stage,
      '--seed',
      String(seed),
      '--plan',
      planFile,
      '--json',
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`CLI failed (${result.status}): ${result.stderr}`);
  const output = JSON.parse(result.stdout) as { stages: Verdict[] };
  const first = output.stages[0];
  if (!first) throw new Error('CLI printed no stage');
  return { stateHash: first.stateHash, netProfit: first.netProfit };
}
