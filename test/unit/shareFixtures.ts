import type { Levels } from '../../scripts/cli/levels';
import {
  RULES_VERSION,
  applyActionInPlace,
  createState,
  DEFAULT_CHOICE,
  STAGE_IDS,
  type Action,
  type Level,
  type PlanStep,
  type StageId,
} from '../../src/sim/index';
import { deflateSync } from 'fflate';
import { encodeBase64Url } from '../../src/share/base64url';
import { ByteWriter } from '../../src/share/bytes';
import { crc32 } from '../../src/share/crc32';
import { FORMAT_VERSION } from '../../src/share/envelope';
import type { ResultRun } from '../../src/share/index';

/** Shared by the share tests and the links bench. */
export { REPO_ROOT as root, shippedLevels } from '../fixtures/levels';

/** A tiny deterministic generator, so "busy" runs vary their values like a fiddling player. */
function lcg(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

type Planner = (day: number, pick: (n: number) => number) => Action[];

/** Per stage: what a busy player changes each day (all legal whatever the market does). */
const BUSY: Record<StageId, Planner> = {
  traffic: (day, pick) => [
    ...[
      {
        type: 'setAds',
        listingId: 'tee',
        dailyBudgetFen: 20_000 + 1_000 * pick(30),
        bidFen: 50 + 5 * pick(30),
      } as const,
    ],
    ...(day % 4 === 0
      ? [{ type: 'setDiscount', listingId: 'tee', discountBp: 100 * pick(20) } as const]
      : []),
    ...(day === 3 ? [{ type: 'startPlan', listingId: 'tee', plan: 'spiral' } as const] : []),
    ...(day === 6 ? [{ type: 'cancelPlan', listingId: 'tee' } as const] : []),
    ...(day >= 3 && day <= 5
      ? [
          {
            type: 'setFakeOrders',
            listingId: 'tee',
            searchPerDay: pick(20),
            adPerDay: pick(5),
          } as const,
        ]
      : []),
  ],
  product: (day, pick) => [
    ...(day === 1
      ? ([
          { type: 'setDesign', listingId: 'dress', materialId: 'cotton', styleId: 'retro' },
          {
            type: 'orderStock',
            listingId: 'dress',
            supplierId: 'guangzhou',
            qty: 1000,
            qualityCheck: true,
          },
        ] as const)
      : []),
    { type: 'setPrice', listingId: 'dress', priceFen: 11_900 + 100 * pick(30) },
    ...(day % 2 === 0
      ? [
          {
            type: 'setAds',
            listingId: 'dress',
            dailyBudgetFen: 10_000 * (1 + pick(5)),
            bidFen: 80 + 10 * pick(10),
          } as const,
        ]
      : []),
  ],
  market: (day, pick) => [
    ...(day === 1
      ? ([
          {
            type: 'copyCompetitor',
            listingId: 'tote',
            competitorId: 'moon-tote',
            differentiationBp: 3_500,
          },
          { type: 'setClaims', listingId: 'tote', superlative: false, materialClaim: true },
        ] as const)
      : []),
    { type: 'setPrice', listingId: 'tote', priceFen: 5_900 + 10 * pick(200) },
    ...(day % 2 === 1
      ? [
          {
            type: 'setAds',
            listingId: 'tote',
            dailyBudgetFen: 15_000 + 500 * pick(20),
            bidFen: 60 + pick(90),
          } as const,
        ]
      : []),
    ...(day % 5 === 0
      ? [{ type: 'setDiscount', listingId: 'tote', discountBp: 50 * pick(30) } as const]
      : []),
  ],
  comprehensive: (day, pick) => {
    const listing = ['tee', 'dress', 'tote'][day % 3] ?? 'tee';
    return [
      ...(day === 1 ? [{ type: 'setStaff', role: 'customerService', headcount: 3 } as const] : []),
      ...(day === 3
        ? ([
            {
              type: 'orderStock',
              listingId: 'tee',
              supplierId: 'guangzhou',
              qty: 2_000,
              qualityCheck: false,
            },
            {
              type: 'orderStock',
              listingId: 'tote',
              supplierId: 'ningbo',
              qty: 1_000,
              qualityCheck: false,
            },
          ] as const)
        : []),
      {
        type: 'setAds',
        listingId: listing,
        dailyBudgetFen: 20_000 + 1_000 * pick(40),
        bidFen: 70 + 5 * pick(20),
      },
      ...(day % 3 === 0
        ? [{ type: 'setPrice', listingId: listing, priceFen: 6_900 + 100 * pick(90) } as const]
        : []),
      ...(day % 10 === 0
        ? [{ type: 'setDiscount', listingId: 'dress', discountBp: 100 * pick(15) } as const]
        : []),
    ];
  },
};

/** The plan of a busy player for one stage: several decisions on every day of it. */
export function busyPlan(levels: Levels, stage: StageId, seed: number): PlanStep[] {
  const pick = lcg(seed * 31 + STAGE_IDS.indexOf(stage));
  const steps: PlanStep[] = [];
  for (let day = 1; day <= levels[stage].days; day++) {
    for (const action of BUSY[stage](day, pick)) steps.push({ day, action });
  }
  return steps;
}

/**
 * Plays a stage like a person: each planned decision on its day, skipped when the sim refuses it
 * (a plan that already ended, no cash for a deposit), events answered with the cautious default.
 * Skipping keeps these fixtures valid while the lead recalibrates the economy.
 */
export function playStage(level: Level, seed: number, plan: readonly PlanStep[]): Action[] {
  const state = createState(level, seed);
  const log: Action[] = [];
  const apply = (action: Action) => {
    if (applyActionInPlace(level, state, action) === null) log.push(action);
  };
  while (state.outcome === 'running') {
    const day = state.day + 1;
    for (const step of plan) if (step.day === day) apply(step.action);
    if (state.pendingEvent !== null) {
      apply({ type: 'respondEvent', choice: DEFAULT_CHOICE[state.pendingEvent.kind] });
    }
    const before = log.length;
    apply({ type: 'advanceDay' });
    if (log.length === before) throw new Error(`${level.id}: day ${day} could not be simulated`);
  }
  return log;
}

/** Plays the stages from plans (each level's defaultPlan by default) into a linkable run. */
export function runFromPlans(
  levels: Levels,
  seed: number,
  plans: Partial<Record<StageId, readonly PlanStep[]>>,
  name: string,
  stages: readonly StageId[] = STAGE_IDS,
): ResultRun {
  return {
    name,
    seed,
    levers: {},
    stages: stages.map((stage) => ({
      stage,
      log: playStage(levels[stage], seed, plans[stage] ?? levels[stage].defaultPlan),
    })),
  };
}

/** The benchmark's and the size test's campaign: all four stages, 250+ decisions. */
export function busyCampaign(levels: Levels, seed = 7, name = 'Busy Bee'): ResultRun {
  const plans: Partial<Record<StageId, PlanStep[]>> = {};
  for (const stage of STAGE_IDS) plans[stage] = busyPlan(levels, stage, seed);
  return runFromPlans(levels, seed, plans, name);
}

export function decisionCount(run: ResultRun): number {
  let count = 0;
  for (const { log } of run.stages) count += log.filter((a) => a.type !== 'advanceDay').length;
  return count;
}

export interface FrameOptions {
  deflate?: boolean;
  kind?: number;
  format?: number;
  rules?: number;
}

/**
 * Wraps any body in a header and a correct CRC, as a `#r=` link: the way to reach the checks
 * behind the CRC (versions, inflate cap, body parser) with hand-made or mutated content.
 */
export function frameLink(body: Uint8Array, options: FrameOptions = {}): string {
  const wire = options.deflate ? deflateSync(body) : body;
  const writer = new ByteWriter();
  writer.u8(options.format ?? FORMAT_VERSION);
  writer.u8(options.kind ?? 0);
  writer.varint(options.rules ?? RULES_VERSION);
  writer.u8(options.deflate ? 1 : 0);
  writer.varint(wire.length);
  writer.raw(wire);
  writer.u32(crc32(writer.finish()));
  return `#r=${encodeBase64Url(writer.finish())}`;
}
