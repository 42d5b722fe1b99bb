import type { EventKind, Level } from './level';
import { levelTables, type LevelTables } from './levelCache';
import { mulBp } from './math';
import type { ListingState, SimState } from './state';

export function eventSpec(level: Level, kind: EventKind) {
  return levelTables(level).events.get(kind);
}

/** Hunter risk per real order, in bp of a claim: claims that cannot be proven attract buyers who sue. */
export function hunterRiskPerOrderBp(listing: ListingState): number {
  return (listing.superlativeClaim ? 100 : 0) + (listing.materialClaim ? 60 : 0);
}

/** IP risk per real order: only a close copy of a registered design draws complaints. */
export function ipRiskPerOrderBp(tables: LevelTables, listing: ListingState): number {
  if (listing.copiedFrom === null) return 0;
  const source = tables.competitors.get(listing.copiedFrom);
  if (!source?.designProtected) return 0;
  return Math.max(0, Math.floor((listing.similarityBp - 5000) / 60));
}

export function updateRiskMeters(
  tables: LevelTables,
  state: SimState,
  listing: ListingState,
  orders: number,
): void {
  if (orders === 0) return;
  const hunter = tables.hunterClaim;
  if (hunter && state.day + 1 >= hunter.fromDay) {
    listing.hunterMeterBp += mulBp(orders * hunterRiskPerOrderBp(listing), hunter.chanceBp);
  }
  const ip = tables.ipComplaint;
  if (ip && state.day + 1 >= ip.fromDay) {
    listing.ipMeterBp += mulBp(orders * ipRiskPerOrderBp(tables, listing), ip.chanceBp);
  }
}
