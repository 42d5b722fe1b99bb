import type { RoundResult, ShopRound } from '../sim/classMarket';
import { contentHash } from '../sim/classMarketHash';
import { RULES_VERSION } from '../sim/state';
import type { ByteReader, ByteWriter } from './bytes';
import { DecodeError } from './bytes';
import { readInt, writeInt, writeUint } from './roundFields';

/**
 * What a student's next brief says about the last round. Standings shown to students are
 * anonymous: their own place, the class median and the shops just above and below them, with no
 * names (names are for the trainer's projector only, and never travel in a brief).
 */
export interface PublicShop {
  place: number;
  effectivePriceFen: number;
  rank: number;
  salesPerDayCenti: number;
  ratingCenti: number;
  complaints: number;
  netProfitFen: number;
}

export interface RoundBrief {
  round: number;
  seats: number;
  place: number;
  medianNetProfitFen: number;
  /** The shops within NEIGHBOURS places of the student's own, the student's own included. */
  nearby: PublicShop[];
  /** The whole class's public figures, anonymous: what moved this round's market. */
  market: ClassFigures;
}

/**
 * Prices are after coupon, the prices shoppers compared; the average is weighted by orders, as
 * the next round's reference price is (src/sim/classMarketNext.ts), and so is the rating.
 */
export interface ClassFigures {
  orders: number;
  priceLowFen: number;
  priceMedianFen: number;
  priceHighFen: number;
  averagePriceFen: number;
  /** Hundredths of a star; 0 when no shop has a rating yet. */
  ratingCenti: number;
}

export const NEIGHBOURS = 2;

function publicShop(shop: ShopRound): PublicShop {
  return {
    place: shop.place,
    effectivePriceFen: shop.effectivePriceFen,
    rank: shop.rank,
    salesPerDayCenti: shop.salesPerDayCenti,
    ratingCenti: shop.ratingCenti,
    complaints: shop.complaints,
    netProfitFen: shop.netProfitFen,
  };
}

/** The lower median for an even class: a figure some shop really made. */
export function medianNetProfit(standings: readonly ShopRound[]): number {
  return lowerMedian(standings.map((s) => s.netProfitFen));
}

function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

export function classFigures(standings: readonly ShopRound[]): ClassFigures {
  const prices = standings.map((s) => s.effectivePriceFen);
  let orders = 0;
  let paid = 0;
  let rated = 0;
  let ratingSum = 0;
  for (const shop of standings) {
    orders += shop.orders;
    paid += shop.orders * shop.effectivePriceFen;
    if (shop.ratingCenti > 0) {
      rated += shop.orders;
      ratingSum += shop.orders * shop.ratingCenti;
    }
  }
  return {
    orders,
    priceLowFen: prices.length === 0 ? 0 : Math.min(...prices),
    priceMedianFen: lowerMedian(prices),
    priceHighFen: prices.length === 0 ? 0 : Math.max(...prices),
    averagePriceFen: orders === 0 ? lowerMedian(prices) : Math.floor(paid / orders),
    ratingCenti: rated === 0 ? 0 : Math.floor(ratingSum / rated),
  };
}

export function briefFor(result: RoundResult, seat: number): RoundBrief {
  const own = result.standings.find((s) => s.seat === seat);
  const place = own?.place ?? 0;
  return {
    round: result.round,
    seats: result.standings.length,
    place,
    medianNetProfitFen: medianNetProfit(result.standings),
    nearby: result.standings.filter((s) => Math.abs(s.place - place) <= NEIGHBOURS).map(publicShop),
    market: classFigures(result.standings),
  };
}

const SHOP_FIELDS = [
  'place',
  'effectivePriceFen',
  'rank',
  'salesPerDayCenti',
  'ratingCenti',
  'complaints',
] as const satisfies readonly (keyof PublicShop)[];

const FIGURE_FIELDS = [
  'orders',
  'priceLowFen',
  'priceMedianFen',
  'priceHighFen',
  'averagePriceFen',
  'ratingCenti',
] as const satisfies readonly (keyof ClassFigures)[];

export function writeBrief(writer: ByteWriter, brief: RoundBrief | null): void {
  if (brief === null) {
    writer.u8(0);
    return;
  }
  writer.u8(brief.round);
  writer.u8(brief.seats);
  writer.u8(brief.place);
  writeInt(writer, brief.medianNetProfitFen, 'median');
  writer.u8(brief.nearby.length);
  for (const shop of brief.nearby) {
    for (const key of SHOP_FIELDS) writeUint(writer, shop[key], key);
    writeInt(writer, shop.netProfitFen, 'profit');
  }
  for (const key of FIGURE_FIELDS) writeUint(writer, brief.market[key], key);
}

export function readBrief(reader: ByteReader): RoundBrief | null {
  const round = reader.u8();
  if (round === 0) return null;
  const seats = reader.u8();
  const place = reader.u8();
  const medianNetProfitFen = readInt(reader);
  const count = reader.u8();
  if (place < 1 || place > seats || count > 2 * NEIGHBOURS + 1) throw new DecodeError('damaged');
  const nearby: PublicShop[] = [];
  for (let i = 0; i < count; i++) {
    const numbers = {} as Record<(typeof SHOP_FIELDS)[number], number>;
    for (const key of SHOP_FIELDS) numbers[key] = reader.varint();
    nearby.push({ ...numbers, netProfitFen: readInt(reader) });
  }
  const market = {} as ClassFigures;
  for (const key of FIGURE_FIELDS) market[key] = reader.varint();
  if (market.priceLowFen > market.priceMedianFen || market.priceMedianFen > market.priceHighFen) {
    throw new DecodeError('damaged');
  }
  return { round, seats, place, medianNetProfitFen, nearby, market };
}

/**
 * The brief's seal, over the bytes of every field before it: the market hash covers what every
 * seat plays against, this covers the whole brief, the seat's own shop (cash, stock, reviews …)
 * included. It is no secret; it makes an edited brief a refused one instead of a round played
 * from figures the trainer never gave. Over bytes, so writer and reader cannot disagree.
 */
export function briefHash(fields: Uint8Array): string {
  return contentHash({ rulesVersion: RULES_VERSION, brief: Array.from(fields) });
}
