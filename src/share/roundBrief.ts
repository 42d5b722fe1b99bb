import type { RoundResult, ShopRound } from '../sim/classMarket';
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
  const profits = standings.map((s) => s.netProfitFen).sort((a, b) => a - b);
  return profits[Math.floor((profits.length - 1) / 2)] ?? 0;
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
  return { round, seats, place, medianNetProfitFen, nearby };
}
