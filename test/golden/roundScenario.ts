/**
 * A fixed class market played from its links, as students and a trainer would: the golden round
 * (scripts/roundGolden.ts), its test, the CLI test and the browser test all clear this one.
 */
import type { ClassMarketSpec } from '../../src/sim/classMarket';
import { runStage, type Level, type PlanStep } from '../../src/sim/index';
import { clearClassFromLinks, roundOneBriefs } from '../../src/share/roundClass';
import { decodeBriefLink, encodeClassLink } from '../../src/share/roundLinks';
import { briefGame, handInFor } from '../../src/share/roundStudent';

export const SCENARIO_SPEC: ClassMarketSpec = {
  classId: 0x5eed_c1a5,
  name: 'Golden class',
  seed: 2026,
  rounds: 2,
  daysPerRound: 7,
  seats: 4,
  levers: { commissionBp: 600 },
};

/** Each seat's plan for a round; a seat without one in a round is absent and gets its stand-in. */
export const SCENARIO_PLANS: readonly (readonly (PlanStep[] | null)[])[] = [
  [
    [{ day: 1, action: { type: 'setPrice', listingId: 'tee', priceFen: 8_500 } }],
    [
      { day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 60_000, bidFen: 150 } },
      { day: 2, action: { type: 'setDiscount', listingId: 'tee', discountBp: 1_000 } },
    ],
    [{ day: 1, action: { type: 'setPrice', listingId: 'tee', priceFen: 12_900 } }],
    null,
  ],
  [
    [
      { day: 1, action: { type: 'setPrice', listingId: 'tee', priceFen: 7_900 } },
      {
        day: 2,
        action: {
          type: 'orderStock',
          listingId: 'tee',
          supplierId: 'guangzhou',
          qty: 1_000,
          qualityCheck: false,
        },
      },
    ],
    [{ day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 0, bidFen: 100 } }],
    null,
    [{ day: 1, action: { type: 'setPrice', listingId: 'tee', priceFen: 9_500 } }],
  ],
];

export const SCENARIO_NAMES = ['Mei', 'Jun', 'Ana', 'Li'] as const;

/** The class link and every hand-in line, round by round, each round played from its briefs. */
export function scenarioLinks(base: Level): { classLink: string; handIns: string[][] } {
  const spec = SCENARIO_SPEC;
  const classLink = encodeClassLink(spec, base);
  let briefs = roundOneBriefs(spec, base);
  const handIns: string[][] = [];
  const all: string[] = [];
  SCENARIO_PLANS.forEach((plans, roundIndex) => {
    const lines: string[] = [];
    briefs.forEach((text, seatIndex) => {
      const plan = plans[seatIndex];
      if (plan === null || plan === undefined) return;
      const brief = decodeBriefLink(text, base);
      if (!brief.ok) throw new Error(`brief ${seatIndex + 1}: ${brief.reason}`);
      const { level, seed } = briefGame(brief.link, base);
      const run = runStage(level, seed, plan);
      if (!run.ok) throw new Error(`seat ${seatIndex + 1} round ${roundIndex + 1}: ${run.error}`);
      lines.push(handInFor(brief.link, base, SCENARIO_NAMES[seatIndex] ?? '', run.log));
    });
    handIns.push(lines);
    all.push(...lines);
    const cleared = clearClassFromLinks(classLink, all, base);
    if (!cleared.ok) throw new Error(`round ${roundIndex + 1}: ${cleared.reason}`);
    briefs = cleared.clearing.nextBriefs;
  });
  return { classLink, handIns };
}
