import { BP } from './math';

/**
 * Integer splits of the class's demand. Amounts reach 10^17 before the division (orders x
 * attraction sums x attraction sums), beyond safe doubles, so the products are taken in BigInt.
 */

export interface SplitClaim {
  seat: number;
  weightBp: number;
}

/**
 * Splits `total` whole units in proportion to the weights, by largest remainder, so the parts
 * sum to `total` exactly. Ties for a leftover unit go, in this documented order, to the larger
 * remainder, then the larger weight, then the lower seat number: never to the order of input.
 */
export function splitByWeight(total: number, claims: readonly SplitClaim[]): Map<number, number> {
  const parts = new Map<number, number>();
  let weightSum = 0n;
  for (const claim of claims) weightSum += BigInt(claim.weightBp);
  if (total <= 0 || weightSum === 0n) {
    for (const claim of claims) parts.set(claim.seat, 0);
    return parts;
  }
  const totalBig = BigInt(total);
  let given = 0;
  const remainders: { seat: number; weight: number; remainder: bigint }[] = [];
  for (const claim of claims) {
    const product = totalBig * BigInt(claim.weightBp);
    const whole = Number(product / weightSum);
    parts.set(claim.seat, whole);
    given += whole;
    remainders.push({ seat: claim.seat, weight: claim.weightBp, remainder: product % weightSum });
  }
  remainders.sort((a, b) =>
    a.remainder !== b.remainder
      ? a.remainder > b.remainder
        ? -1
        : 1
      : b.weight - a.weight || a.seat - b.seat,
  );
  for (let i = 0; given < total; i++, given++) {
    const next = remainders[i % remainders.length] as { seat: number };
    parts.set(next.seat, (parts.get(next.seat) ?? 0) + 1);
  }
  return parts;
}

/**
 * The class's orders this round: what one ordinary shop sells alone, times the seats, scaled by
 * how the class's total attraction fares against the outside option. A class of ordinary shops
 * (each 10000) sells exactly seats x the ordinary shop's orders.
 */
export function classDemandUnits(
  ordinaryShopOrders: number,
  seats: number,
  attractionSumBp: number,
  outsideOptionBp: number,
): number {
  const ordinarySum = BigInt(seats * BP);
  const numerator =
    BigInt(ordinaryShopOrders) * BigInt(attractionSumBp) * (BigInt(outsideOptionBp) + ordinarySum);
  const denominator = BigInt(BP) * (BigInt(outsideOptionBp) + BigInt(attractionSumBp));
  return Number(numerator / denominator);
}
