import type { MarketState, ShopRound } from './classMarket';
import { lerpTable, mulBp } from './math';

/** The category's interest rises through the term, as a season does: round r's bp of base. */
export const ROUND_DEMAND_BP: readonly number[] = [10_000, 10_400, 10_800, 11_500];

/**
 * Shoppers come back to a category whose shops rate well and stay away from one that disappoints:
 * by the class's order-weighted rating, in hundredths of a star.
 */
export const CLASS_RATING_DEMAND_BP: readonly (readonly [number, number])[] = [
  [350, 8_500],
  [420, 9_500],
  [460, 10_000],
  [490, 10_300],
];

/**
 * The next round's market. The reference price moves a quarter of the way to the class's
 * order-weighted selling price, so a price war in one round lowers what shoppers expect in the
 * next; demand follows the season and the class's rating.
 */
export function nextMarket(
  market: MarketState,
  standings: readonly ShopRound[],
  roundHash: string,
): MarketState {
  let units = 0;
  let paid = 0;
  let ratingUnits = 0;
  let ratingSum = 0;
  for (const shop of standings) {
    units += shop.orders;
    paid += shop.orders * shop.effectivePriceFen;
    if (shop.ratingCenti > 0) {
      ratingUnits += shop.orders;
      ratingSum += shop.orders * shop.ratingCenti;
    }
  }
  const sellingPrice = units === 0 ? market.referencePriceFen : Math.floor(paid / units);
  const referencePriceFen = Math.floor((3 * market.referencePriceFen + sellingPrice) / 4);
  const classRating = ratingUnits === 0 ? 460 : Math.floor(ratingSum / ratingUnits);
  const season = ROUND_DEMAND_BP[Math.min(market.round, ROUND_DEMAND_BP.length - 1)] as number;
  return {
    classId: market.classId,
    round: market.round + 1,
    referencePriceFen: Math.max(100, referencePriceFen),
    demandBp: mulBp(season, lerpTable(CLASS_RATING_DEMAND_BP, classRating)),
    previousRoundHash: roundHash,
  };
}
