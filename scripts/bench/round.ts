/**
 * The class-market part of `npm run bench:links`: a round of 60 students cleared from their
 * links, as the trainer's page does it (decode, re-simulate, split, re-play, next links).
 */
import { performance } from 'node:perf_hooks';
import { runStage } from '../../src/sim/index';
import type { ClassMarketSpec } from '../../src/sim/classMarket';
import { clearClassFromLinks, roundOneBriefs } from '../../src/share/roundClass';
import { decodeBriefLink, encodeClassLink } from '../../src/share/roundLinks';
import { briefGame, handInFor } from '../../src/share/roundStudent';
import { clearAndWeigh } from '../../src/classroom/marketJob';
import { loadLevel } from '../cli/levels';

const SEATS = 60;

export function benchRoundClearing(root: string): string[] {
  const base = loadLevel(root, 'comprehensive');
  const spec: ClassMarketSpec = {
    classId: 60,
    name: 'Bench class',
    seed: 9,
    rounds: 4,
    daysPerRound: 7,
    seats: SEATS,
    levers: {},
  };
  const classLink = encodeClassLink(spec, base);
  const lines = roundOneBriefs(spec, base).map((text, i) => {
    const brief = decodeBriefLink(text, base);
    if (!brief.ok) throw new Error(brief.reason);
    const { level, seed } = briefGame(brief.link, base);
    const run = runStage(level, seed, [
      { day: 1, action: { type: 'setPrice', listingId: 'tee', priceFen: 7_000 + 100 * i } },
      {
        day: 1,
        action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 1_000 * (i % 12), bidFen: 150 },
      },
      { day: 3, action: { type: 'setDiscount', listingId: 'tee', discountBp: 250 * (i % 5) } },
    ]);
    if (!run.ok) throw new Error(run.error);
    return handInFor(brief.link, base, `Student ${i + 1}`, run.log);
  });
  clearClassFromLinks(classLink, lines.slice(0, 4), base);
  const start = performance.now();
  const cleared = clearClassFromLinks(classLink, lines, base);
  const elapsed = performance.now() - start;
  if (!cleared.ok) throw new Error(cleared.message.en);
  // The trainer page's whole job: the same clearing told shop by shop, and every counted
  // hand-in's decisions weighed for the printed sheets.
  let steps = 0;
  const jobStart = performance.now();
  const job = clearAndWeigh({ classLink, lines, options: {} }, base, () => (steps += 1));
  const jobElapsed = performance.now() - jobStart;
  if (!job.result.ok) throw new Error(job.result.message.en);
  const longest = Math.max(
    ...lines.map((l) => l.length),
    ...cleared.clearing.nextBriefs.map((l) => l.length),
  );
  return [
    `class market: clear one ${spec.daysPerRound}-day round of ${SEATS} students from their links in ${elapsed.toFixed(0)} ms (target under 2000 ms), round hash ${cleared.clearing.results[0]?.roundHash}`,
    `class market: the trainer page's job for the same round (clearing with ${steps} progress steps, then ${job.attributions.length} hand-ins weighed for the print sheets) in ${jobElapsed.toFixed(0)} ms`,
    `class market: longest hand-in or brief link ${longest} characters`,
  ];
}
