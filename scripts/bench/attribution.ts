/**
 * `npm run bench:attribution`: how long decision attribution takes for a 300-decision stage (the
 * budget is 150 ms, in a worker in the browser), and how much merging same-day changes shortens
 * a busy campaign's result link when its sliders were stepped by keyboard. Prints figures; the
 * timings depend on the machine, so nothing here is asserted beyond the runs replaying.
 */
import { performance } from 'node:perf_hooks';
import { cpuUsage } from 'node:process';
import { encodeResultLink, type ResultRun } from '../../src/share/index';
import { attributeDecisions, coalesceLog, scanRun } from '../../src/sim/index';
import { heavyComprehensivePlan, logOf, withSliderSteps } from '../../test/fixtures/attribution';
import { busyCampaign, shippedLevels } from '../../test/fixtures/campaigns';

const RUNS = 15;
const SEED = 7;
/** Keyboard steps per slider change: a budget nudged four notches up or down. */
const SLIDER_STEPS = 4;
const levels = shippedLevels();
const log = logOf(levels, 'comprehensive', SEED, heavyComprehensivePlan(levels));
const scan = scanRun(levels.comprehensive, SEED, log);
if (!scan.ok) throw new Error('the heavy stage does not replay');

const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const before = cpuUsage();
  const start = performance.now();
  const result = attributeDecisions(levels.comprehensive, SEED, log);
  wall.push(performance.now() - start);
  const used = cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  if (!result.ok) throw new Error('attribution failed');
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function linkLength(run: ResultRun): string {
  const encoded = encodeResultLink(run, levels);
  return encoded.ok ? `${encoded.link.length} characters` : `no link (${encoded.message})`;
}
const busy = busyCampaign(levels, SEED);
const stepped: ResultRun = {
  ...busy,
  stages: busy.stages.map((s) => ({ ...s, log: withSliderSteps(s.log, SLIDER_STEPS) })),
};
const merged: ResultRun = {
  ...stepped,
  stages: stepped.stages.map((s) => ({ ...s, log: coalesceLog(s.log) })),
};
const actions = (run: ResultRun) =>
  run.stages.reduce((n, s) => n + s.log.filter((a) => a.type !== 'advanceDay').length, 0);

console.log(
  [
    `attribution, comprehensive stage with ${scan.decisions.length} decisions (${RUNS} runs): median ${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU, fastest ${Math.min(...wall).toFixed(0)} ms (budget 150 ms)`,
    `busy campaign (seed ${SEED}) with ${SLIDER_STEPS} slider steps per change: ${actions(stepped)} actions -> ${linkLength(stepped)}`,
    `same campaign with same-day changes merged: ${actions(merged)} actions -> ${linkLength(merged)}`,
  ].join('\n'),
);
