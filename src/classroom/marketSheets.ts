import { attributeDecisions, type Attribution, type Level } from '../sim';
import type { MarketState, ShopCarry } from '../sim/classMarket';
import { firstCarry, firstMarket, roundLevel, roundSeed } from '../sim/classMarketLevel';
import type { ClassClearing } from '../share/roundClass';
import type { HandInLink } from '../share/roundLinks';

/**
 * What a student's printed sheet says about their decisions: the sim's attribution, run on the
 * round as the student played it (alone against the round's market, the game their brief page
 * showed them), the same measure their own debrief uses. The split market re-plays the same
 * decisions, so what a decision cost alone is what the student can learn from.
 */
export interface SeatAttribution {
  round: number;
  seat: number;
  attribution: Attribution;
}

/** The market and opening a seat played round `round` from, read back from the clearing. */
export function roundOpening(
  clearing: ClassClearing,
  base: Level,
  round: number,
  seat: number,
): { market: MarketState; carry: ShopCarry } {
  const before = clearing.results[round - 2];
  const market = before?.next ?? firstMarket(clearing.spec, base);
  const carry = before?.carries[seat - 1] ?? firstCarry(base);
  return { market, carry };
}

/** The level a seat played round `round` on: what the sheet's decision words are named from. */
export function seatRoundLevel(
  clearing: ClassClearing,
  base: Level,
  round: number,
  seat: number,
): Level {
  const { market, carry } = roundOpening(clearing, base, round, seat);
  return roundLevel(base, clearing.spec, market, carry);
}

/** One attribution per counted hand-in of a cleared round; stand-ins have no decisions of a student. */
export function attributeHandIns(
  clearing: ClassClearing,
  base: Level,
  handIns: readonly HandInLink[],
): SeatAttribution[] {
  const out: SeatAttribution[] = [];
  const seen = new Set<string>();
  for (const result of clearing.results) {
    const seed = roundSeed(clearing.spec, result.round);
    for (const handIn of handIns) {
      const key = `${handIn.round}:${handIn.seat}`;
      if (handIn.round !== result.round || seen.has(key)) continue;
      const counted = result.standings.find((s) => s.seat === handIn.seat);
      if (counted?.strategy !== 'handedIn') continue;
      seen.add(key);
      const level = seatRoundLevel(clearing, base, result.round, handIn.seat);
      const weighed = attributeDecisions(level, seed, handIn.log);
      if (weighed.ok) out.push({ round: result.round, seat: handIn.seat, attribution: weighed });
    }
  }
  return out;
}
