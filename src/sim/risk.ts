import type { LevelTables } from './levelCache';
import { mulBp } from './math';
import type { ListingState, SimState } from './state';

/** Hunter risk per real order, in bp of a claim: claims that cannot be proven attract buyers who sue. */
export function hunterRiskPerOrderBp(listing: ListingState): number {
  return (listing.superlativeClaim ? 100 : 0) + (listing.materialClaim ? 60 : 0);
}

/**
 * IP risk per real order. A registered design is defended from half-similar on; any design copied
 * nearly exactly (above 80%: same photos, same words) draws the original seller's complaint to
 * the platform, which takes copied listings down too. A loose copy of an open design is safe.
 */
export function ipRiskPerOrderBp(tables: LevelTables, listing: ListingState): number {
  if (listing.copiedFrom === null) return 0;
  const source = tables.competitors.get(listing.copiedFrom);
  const similarity = listing.similarityBp;
  const open = similarity > 8000 ? Math.floor((similarity - 8000) / 80) : 0;
  if (!source?.designProtected) return open;
  return Math.max(open, Math.floor((similarity - 5000) / 120));
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
    listing.hunterMeterBp += mulBp(orders * hunterRiskPerOrderBp(listing), hunter.meterBp);
  }
  const ip = tables.ipComplaint;
  if (ip && state.day + 1 >= ip.fromDay) {
    listing.ipMeterBp += mulBp(orders * ipRiskPerOrderBp(tables, listing), ip.meterBp);
  }
}
