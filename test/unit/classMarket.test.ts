/**
 * The class market's clearing: properties of the split (order of hand-ins, classmates' effect),
 * its links and the refusals a trainer's page must give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClassMarketSpec, HandIn } from '../../src/sim/classMarket';
import { clearRound } from '../../src/sim/classMarketClear';
import { marketHash } from '../../src/sim/classMarketHash';
import { firstCarry, firstMarket, roundLevel, roundSeed } from '../../src/sim/classMarketLevel';
import { splitByWeight } from '../../src/sim/classMarketSplit';
import { runStage, type PlanStep } from '../../src/sim/index';
import { acceptHandIn, clearClassFromLinks, roundOneBriefs } from '../../src/share/roundClass';
import { decodeBriefLink, decodeClassLink, encodeClassLink } from '../../src/share/roundLinks';
import { ROUND_MESSAGES } from '../../src/share/roundReasons';
import { briefGame, handInFor } from '../../src/share/roundStudent';
import { SCENARIO_SPEC, scenarioLinks } from '../golden/roundScenario';
import { loadLevel } from './levels';

const base = loadLevel('comprehensive');
const spec: ClassMarketSpec = { ...SCENARIO_SPEC, seats: 3, classId: 77 };
const market = firstMarket(spec, base);
const seed = roundSeed(spec, 1);

function handIn(seat: number, plan: PlanStep[]): HandIn {
  const level = roundLevel(base, spec, market, firstCarry(base));
  const run = runStage(level, seed, plan);
  if (!run.ok) throw new Error(`plan refused: ${run.error}`);
  return {
    seat,
    name: `Seat ${seat}`,
    round: 1,
    marketHash: marketHash(spec, market),
    log: run.log,
  };
}

const price = (priceFen: number): PlanStep[] => [
  { day: 1, action: { type: 'setPrice', listingId: 'tee', priceFen } },
];

function clear(handIns: HandIn[]) {
  const carries = [1, 2, 3].map(() => firstCarry(base));
  const result = clearRound({ base, spec, market, carries, names: [], handIns });
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.result;
}

describe('class market clearing', () => {
  it('does not depend on the order the hand-ins arrive in (property)', () => {
    const { classLink, handIns } = scenarioLinks(base);
    const lines = handIns.flat();
    const reference = clearClassFromLinks(classLink, lines, base);
    if (!reference.ok) throw new Error(reference.reason);
    fc.assert(
      fc.property(fc.shuffledSubarray(lines, { minLength: lines.length }), (shuffled) => {
        const again = clearClassFromLinks(classLink, shuffled, base);
        if (!again.ok) return false;
        expect(again.clearing.results).toEqual(reference.clearing.results);
        expect(again.clearing.nextBriefs).toEqual(reference.clearing.nextBriefs);
        return true;
      }),
      { numRuns: 8 },
    );
  });

  it("gives the same student's log different sales against different classmates (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 7_000, max: 13_000 }),
        fc.integer({ min: 6_000, max: 8_000 }),
        fc.integer({ min: 12_000, max: 16_000 }),
        (own, cheap, dear) => {
          const mine = handIn(1, price(own));
          const againstCheap = clear([mine, handIn(2, price(cheap)), handIn(3, price(cheap))]);
          const againstDear = clear([mine, handIn(2, price(dear)), handIn(3, price(dear))]);
          const ordersOf = (r: typeof againstCheap) =>
            r.standings.find((s) => s.seat === 1)?.orders ?? -1;
          // Same log, same round: only the classmates differ, and dearer rivals leave more buyers.
          expect(ordersOf(againstDear)).toBeGreaterThan(ordersOf(againstCheap));
        },
      ),
      { numRuns: 6 },
    );
  });

  it('plays an absent seat by its declared stand-in and says so on the standings', () => {
    const result = clear([handIn(1, price(9_000)), handIn(2, price(9_900))]);
    const absent = result.standings.find((s) => s.seat === 3);
    expect(absent?.strategy).toBe('defaultPlan');
    const { classLink, handIns } = scenarioLinks(base);
    const cleared = clearClassFromLinks(classLink, handIns.flat(), base);
    if (!cleared.ok) throw new Error(cleared.reason);
    const round2 = cleared.clearing.results[1];
    expect(round2?.standings.find((s) => s.seat === 3)?.strategy).toBe('keepsLastDecisions');
    expect(round2?.next).toBeNull();
    expect(cleared.clearing.nextBriefs).toEqual([]);
  });

  it('places every shop once, by profit, GMV, orders, then seat', () => {
    const result = clear([
      handIn(1, price(9_900)),
      handIn(2, price(9_900)),
      handIn(3, price(9_900)),
    ]);
    expect(result.standings.map((s) => s.place)).toEqual([1, 2, 3]);
    for (let i = 1; i < result.standings.length; i++) {
      const [a, b] = [result.standings[i - 1], result.standings[i]];
      if (a === undefined || b === undefined) throw new Error('standings too short');
      expect(a.netProfitFen).toBeGreaterThanOrEqual(b.netProfitFen);
    }
    const shares = result.standings.reduce((sum, s) => sum + s.shareBp, 0);
    expect(shares).toBeLessThanOrEqual(10_000);
    expect(shares).toBeGreaterThan(9_990);
  });

  it('splits units exactly, leftovers by remainder, weight, then seat, whatever the input order', () => {
    const claims = [
      { seat: 3, weightBp: 10_000 },
      { seat: 1, weightBp: 10_000 },
      { seat: 2, weightBp: 10_000 },
    ];
    const split = splitByWeight(10, claims);
    expect([split.get(1), split.get(2), split.get(3)]).toEqual([4, 3, 3]);
    expect(splitByWeight(10, [...claims].reverse())).toEqual(split);
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 60 }),
        (total, weights) => {
          const parts = splitByWeight(
            total,
            weights.map((weightBp, i) => ({ seat: i + 1, weightBp })),
          );
          let sum = 0;
          for (const part of parts.values()) sum += part;
          expect(sum).toBe(total);
        },
      ),
    );
  });
});

describe('class market links', () => {
  const classLink = encodeClassLink(spec, base, 'https://example.test/classroom.html');

  it('reads class and brief links through the parameters a chat app appends', () => {
    expect(decodeClassLink(`${classLink}&shareTo=weixin`, base).ok).toBe(true);
    const brief = roundOneBriefs(spec, base)[0] ?? '';
    const decoded = decodeBriefLink(
      `https://x.test/?from=groupmessage&isappinstalled=0${brief}`,
      base,
    );
    expect(decoded.ok && decoded.link.seat).toBe(1);
  });

  it('refuses a hand-in of an earlier round, of another class, or of another market, each with its own sentence', () => {
    const { classLink: golden, handIns } = scenarioLinks(base);
    const klass = decodeClassLink(golden, base);
    if (!klass.ok) throw new Error(klass.reason);
    const cleared = clearClassFromLinks(golden, handIns[0] ?? [], base);
    if (!cleared.ok) throw new Error(cleared.reason);
    const round2 = cleared.clearing.results[0]?.next;
    if (!round2) throw new Error('no round 2');
    const stale = acceptHandIn(handIns[0]?.[0] ?? '', klass.link.spec, base, round2);
    expect(stale).toMatchObject({ ok: false, reason: 'stale_round' });
    const other = acceptHandIn(handIns[0]?.[0] ?? '', spec, base, market);
    expect(other).toMatchObject({ ok: false, reason: 'other_class' });
    const round1 = firstMarket(klass.link.spec, base);
    const moved = { ...round1, referencePriceFen: round1.referencePriceFen + 1 };
    expect(acceptHandIn(handIns[0]?.[0] ?? '', klass.link.spec, base, moved)).toMatchObject({
      ok: false,
      reason: 'other_market',
    });
    const sentences = new Set([
      ROUND_MESSAGES.stale_round.en,
      ROUND_MESSAGES.other_class.en,
      ROUND_MESSAGES.other_market.en,
    ]);
    expect(sentences.size).toBe(3);
    for (const reason of ['stale_round', 'other_class', 'other_market'] as const) {
      expect(ROUND_MESSAGES[reason].zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('refuses a changed link and two different hand-ins for one seat', () => {
    const { classLink: golden, handIns } = scenarioLinks(base);
    const line = handIns[0]?.[0] ?? '';
    const flipped = line.slice(0, -3) + (line.at(-3) === 'A' ? 'B' : 'A') + line.slice(-2);
    const bad = clearClassFromLinks(golden, [flipped], base);
    expect(bad).toMatchObject({ ok: false, reason: 'damaged', line: 1 });
    const klass = decodeClassLink(golden, base);
    if (!klass.ok) throw new Error(klass.reason);
    const brief = decodeBriefLink(roundOneBriefs(klass.link.spec, base)[0] ?? '', base);
    if (!brief.ok) throw new Error(brief.reason);
    const { level, seed: s } = briefGame(brief.link, base);
    const run = runStage(level, s, price(8_000));
    if (!run.ok) throw new Error(run.error);
    const second = handInFor(brief.link, base, 'Mei', run.log);
    const twice = clearClassFromLinks(golden, [line, second], base);
    expect(twice).toMatchObject({ ok: false, reason: 'duplicate_seat', seat: 1 });
    expect(clearClassFromLinks(golden, [line, line], base).ok).toBe(true);
  });

  it('reads any text, and any change to a real link, as a link or a refusal, never a crash (property)', () => {
    const { classLink: golden, handIns } = scenarioLinks(base);
    const klass = decodeClassLink(golden, base);
    if (!klass.ok) throw new Error(klass.reason);
    const real = [golden, handIns[0]?.[0] ?? '', roundOneBriefs(spec, base)[0] ?? ''];
    const mutated = fc
      .tuple(fc.constantFrom(...real), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }))
      .map(([link, at, c]) => {
        const i = at % link.length;
        return link.slice(0, i) + c + link.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (text) => {
        for (const read of [
          () => decodeClassLink(text, base),
          () => decodeBriefLink(text, base),
          () => acceptHandIn(text, klass.link.spec, base, firstMarket(klass.link.spec, base)),
        ]) {
          const result = read();
          if (!result.ok) {
            expect(result.message.en.length).toBeGreaterThan(0);
            expect(result.message.zh.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
