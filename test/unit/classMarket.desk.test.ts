/**
 * The trainer page's class-market desk: levers that change the market a round is cleared in,
 * progress told per shop, each seat's cleared waterfall, late marks by the trainer's clock that
 * a saved bundle reproduces, and the attribution the printed sheets list.
 */
import { describe, expect, it } from 'vitest';
import {
  handInMarks,
  isLate,
  linesToClear,
  markKey,
  parseDesk,
  restamp,
  withDeadline,
  EMPTY_DESK,
} from '../../src/classroom/marketDesk';
import { clearAndWeigh } from '../../src/classroom/marketJob';
import type { ClassMarketSpec, ClearProgress } from '../../src/sim/classMarket';
import { runStage, type PlanStep } from '../../src/sim/index';
import { clearClassFromLinks, roundOneBriefs } from '../../src/share/roundClass';
import { decodeBriefLink, decodeClassLink, encodeClassLink } from '../../src/share/roundLinks';
import { briefGame, handInFor } from '../../src/share/roundStudent';
import { SCENARIO_SPEC, scenarioLinks } from '../fixtures/roundScenario';
import { loadLevel } from './levels';

const base = loadLevel('comprehensive');

const PLANS: PlanStep[][] = [
  [{ day: 1, action: { type: 'setPrice', listingId: 'tee', priceFen: 8_900 } }],
  [{ day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 40_000, bidFen: 150 } }],
  [{ day: 2, action: { type: 'setDiscount', listingId: 'tee', discountBp: 1_500 } }],
];

/** Round 1 of a three-seat class under the given levers, played from its own brief links. */
function roundOne(levers: ClassMarketSpec['levers']) {
  const spec: ClassMarketSpec = {
    classId: 77,
    name: 'Levers',
    seed: 5,
    rounds: 2,
    daysPerRound: 7,
    seats: 3,
    levers,
  };
  const classLink = encodeClassLink(spec, base);
  const lines = roundOneBriefs(spec, base).map((text, i) => {
    const brief = decodeBriefLink(text, base);
    if (!brief.ok) throw new Error(brief.reason);
    const { level, seed } = briefGame(brief.link, base);
    const run = runStage(level, seed, PLANS[i] ?? []);
    if (!run.ok) throw new Error(run.error);
    return handInFor(brief.link, base, `S${i + 1}`, run.log);
  });
  const cleared = clearClassFromLinks(classLink, lines, base);
  if (!cleared.ok) throw new Error(cleared.reason);
  return { classLink, lines, clearing: cleared.clearing };
}

describe('levers of a class market', () => {
  it('travel in the class link and change the market the round is cleared in', () => {
    const plain = roundOne({});
    const dear = roundOne({ commissionBp: 1_500, cpcScaleBp: 20_000, settlementDays: 10 });
    const klass = decodeClassLink(dear.classLink, base);
    expect(klass.ok && klass.link.spec.levers).toEqual({
      commissionBp: 1_500,
      cpcScaleBp: 20_000,
      settlementDays: 10,
    });
    const [a, b] = [plain, dear].map((r) => r.clearing.results[0]);
    expect(a?.marketHash).not.toBe(b?.marketHash);
    const profit = (r: typeof a, seat: number) =>
      r?.standings.find((s) => s.seat === seat)?.netProfitFen ?? 0;
    // Dearer commission and clicks: every shop earns less than under the stage's own levers.
    for (const seat of [1, 2, 3]) expect(profit(b, seat)).toBeLessThan(profit(a, seat));
  });

  it('a hand-in played under other levers is refused as played against another market', () => {
    const plain = roundOne({});
    const dear = roundOne({ commissionBp: 1_500 });
    const mixed = clearClassFromLinks(dear.classLink, plain.lines, base);
    // Same class id and seed but other levers: the class link no longer matches the hand-ins.
    expect(mixed.ok).toBe(false);
  });
});

describe('clearing progress and sheets', () => {
  it('tells every shop of every pass, and the clearing is the same with or without listening', () => {
    const { classLink, handIns } = scenarioLinks(base);
    const lines = handIns.flat();
    const told: ClearProgress[] = [];
    const heard = clearClassFromLinks(classLink, lines, base, {}, (p) => told.push(p));
    const quiet = clearClassFromLinks(classLink, lines, base);
    expect(heard.ok && quiet.ok).toBe(true);
    if (!heard.ok || !quiet.ok) return;
    expect(heard.clearing.results.map((r) => r.roundHash)).toEqual(
      quiet.clearing.results.map((r) => r.roundHash),
    );
    for (const round of [1, 2]) {
      for (const pass of ['alone', 'split'] as const) {
        const seen = told.filter((p) => p.round === round && p.pass === pass);
        expect(seen.map((p) => p.done)).toEqual([1, 2, 3, 4]);
        expect(seen.every((p) => p.total === SCENARIO_SPEC.seats)).toBe(true);
      }
      for (const p of told.filter((t) => t.round === round && t.pass === 'stock')) {
        expect(p.done).toBeLessThanOrEqual(p.total);
      }
    }
  });

  it('gives each seat a cleared waterfall that sums to its net profit on the standings', () => {
    const { classLink, handIns } = scenarioLinks(base);
    const cleared = clearClassFromLinks(classLink, handIns.flat(), base);
    if (!cleared.ok) throw new Error(cleared.reason);
    for (const result of cleared.clearing.results) {
      for (const s of result.standings) {
        const lines = result.waterfalls[s.seat - 1] ?? [];
        expect(lines[0]?.line).toBe('gmv');
        expect(lines[0]?.amount).toBe(s.gmvFen);
        expect(lines.reduce((sum, w) => sum + w.amount, 0)).toBe(s.netProfitFen);
      }
    }
  });

  it('weighs the decisions of every counted hand-in, none of a stand-in', () => {
    const { classLink, handIns } = scenarioLinks(base);
    const weighed = clearAndWeigh({ classLink, lines: handIns.flat(), options: {} }, base, () => 0);
    if (!weighed.result.ok) throw new Error(weighed.result.reason);
    const keys = weighed.attributions.map((a) => `${a.round}:${a.seat}`).sort();
    // Round 1: seats 1-3 handed in (4 absent); round 2: seats 1, 2 and 4 (3 absent).
    expect(keys).toEqual(['1:1', '1:2', '1:3', '2:1', '2:2', '2:4']);
    const adsRound = weighed.attributions.find((a) => a.round === 1 && a.seat === 2);
    expect(adsRound?.attribution.decisions.length).toBeGreaterThan(0);
  });
});

describe('late hand-ins by the trainer page’s clock', () => {
  const minute = 29_000_000; // some minute in 2025
  const at = (offsetMinutes: number, seconds = 0) =>
    (minute + offsetMinutes) * 60_000 + seconds * 1000;

  it('is late only once the deadline minute has passed', () => {
    expect(isLate(at(0, 59), minute)).toBe(false);
    expect(isLate(at(1), minute)).toBe(true);
    expect(isLate(at(-5), minute)).toBe(false);
    expect(isLate(at(500), 0)).toBe(false);
  });

  it('keeps the time a line first came in, stamps new ones now and forgets removed ones', () => {
    const first = restamp([], ['a', ' b ', '', 'a'], at(0));
    expect(first).toEqual([
      { text: 'a', collectedMs: at(0) },
      { text: 'b', collectedMs: at(0) },
    ]);
    const later = restamp(first, ['b', 'c'], at(9));
    expect(later).toEqual([
      { text: 'b', collectedMs: at(0) },
      { text: 'c', collectedMs: at(9) },
    ]);
  });

  it('marks a late seat, leaves it out when asked, and a bundle reproduces the marks', () => {
    const { classLink, handIns } = scenarioLinks(base);
    const [r1 = []] = handIns;
    let desk = withDeadline({ ...EMPTY_DESK, classLink }, 1, minute);
    desk = { ...desk, collected: restamp(desk.collected, r1.slice(0, 2), at(-3)) };
    desk = { ...desk, collected: restamp(desk.collected, r1, at(4)) };
    const marks = handInMarks(desk, SCENARIO_SPEC, base);
    expect([1, 2, 3].map((seat) => marks.get(markKey(1, seat))?.late)).toEqual([
      false,
      false,
      true,
    ]);
    expect(linesToClear(desk, SCENARIO_SPEC, base)).toHaveLength(3);
    const strict = { ...desk, countLate: false };
    expect(linesToClear(strict, SCENARIO_SPEC, base)).toEqual(r1.slice(0, 2));
    const cleared = clearClassFromLinks(classLink, linesToClear(strict, SCENARIO_SPEC, base), base);
    expect(
      cleared.ok && cleared.clearing.results[0]?.standings.find((s) => s.seat === 3)?.strategy,
    ).toBe('defaultPlan');

    const bundle = JSON.parse(JSON.stringify({ classLink, desk: strict }));
    const again = parseDesk(bundle.desk);
    expect(again).toEqual(strict);
    expect(handInMarks(again ?? EMPTY_DESK, SCENARIO_SPEC, base)).toEqual(marks);
  });

  it('drops anything malformed from a stored desk', () => {
    expect(parseDesk(null)).toBeNull();
    expect(parseDesk({ classLink: 3 })).toBeNull();
    const desk = parseDesk({
      classLink: '#c=x',
      collected: [{ text: 'ok', collectedMs: 5 }, { text: 5 }, { text: 'neg', collectedMs: -1 }],
      deadlines: [
        { round: 1, minute: 9 },
        { round: 9, minute: 9 },
        { round: 2, minute: 'x' },
      ],
      countLate: 'yes',
    });
    expect(desk).toEqual({
      classLink: '#c=x',
      collected: [{ text: 'ok', collectedMs: 5 }],
      deadlines: [{ round: 1, minute: 9 }],
      countLate: true,
    });
  });
});
