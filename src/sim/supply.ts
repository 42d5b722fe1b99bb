import { accrue, moveCash, takeFromStock } from './books';
import { CASH_INDEX, PNL_INDEX } from './ledger';
import type { Level, Supplier } from './level';
import { BP, mulBp } from './math';
import type { DayReport, ListingState, Shipment, SimState } from './state';
import { QUALITY_CHECK_COST_BP } from './tables';

export function unitCostForQty(supplier: Supplier, qty: number): number {
  let cost = (supplier.tiers[0] as { unitCostFen: number }).unitCostFen;
  for (const tier of supplier.tiers) if (qty >= tier.minQty) cost = tier.unitCostFen;
  return cost;
}

export function effectiveMoq(state: SimState, supplier: Supplier): number {
  return mulBp(supplier.moq, state.supplierMoqBp[supplier.id] ?? BP);
}

export interface PurchaseQuote {
  unitCostFen: number;
  totalFen: number;
  depositFen: number;
  defectBp: number;
  arrivalDay: number;
}

/** What a purchase order would cost and when it would arrive; the UI shows the same figures. */
export function quotePurchase(
  level: Level,
  state: SimState,
  listing: ListingState,
  supplier: Supplier,
  qty: number,
  qualityCheck: boolean,
): PurchaseQuote {
  const material = level.market.materials.find((m) => m.id === listing.materialId);
  const style = level.market.styles.find((s) => s.id === listing.styleId);
  let unit = mulBp(unitCostForQty(supplier, qty), state.supplierCostBp[supplier.id] ?? BP);
  unit += (material?.unitCostAddFen ?? 0) + (style?.unitCostAddFen ?? 0);
  if (qualityCheck) unit += mulBp(unit, QUALITY_CHECK_COST_BP);
  const total = unit * qty;
  return {
    unitCostFen: unit,
    totalFen: total,
    depositFen: mulBp(total, supplier.depositBp),
    defectBp: qualityCheck ? Math.floor(supplier.defectBp / 2) : supplier.defectBp,
    arrivalDay: state.day + supplier.leadDays,
  };
}

export function placeOrder(
  state: SimState,
  listing: ListingState,
  supplier: Supplier,
  qty: number,
  quote: PurchaseQuote,
): void {
  moveCash(state, CASH_INDEX.supplierPayments, -quote.depositFen);
  listing.inTransit.push({
    arrivalDay: quote.arrivalDay,
    qty,
    unitCostFen: quote.unitCostFen,
    defectBp: quote.defectBp,
    supplierId: supplier.id,
    prepaidFen: quote.depositFen,
    balanceFen: quote.totalFen - quote.depositFen,
    netDays: supplier.netDays + (state.supplierExtraNetDays[supplier.id] ?? 0),
    delayedDays: 0,
  });
  listing.boughtTotal += qty;
  state.totals.unitsBought += qty;
}

function arrive(level: Level, state: SimState, listing: ListingState, shipment: Shipment): void {
  const supplier = level.suppliers.find((s) => s.id === shipment.supplierId);
  const material = level.market.materials.find((m) => m.id === listing.materialId);
  const style = level.market.styles.find((s) => s.id === listing.styleId);
  const before = listing.onHand;
  const total = before + shipment.qty;
  // What buyers get is a mix of the old stock and the new; quality and defects follow the units.
  if (supplier && material && total > 0) {
    const arriving = mulBp(mulBp(material.qualityBp, style?.qualityBp ?? BP), supplier.qualityBp);
    listing.qualityBp = Math.floor((listing.qualityBp * before + arriving * shipment.qty) / total);
  }
  if (total > 0)
    listing.defectBp = Math.floor(
      (listing.defectBp * before + shipment.defectBp * shipment.qty) / total,
    );
  listing.onHand += shipment.qty;
  listing.stockValueFen += shipment.prepaidFen + shipment.balanceFen;
  listing.supplierId = shipment.supplierId;
  if (shipment.balanceFen > 0) {
    if (shipment.netDays === 0) moveCash(state, CASH_INDEX.supplierPayments, -shipment.balanceFen);
    else
      state.payables.push({
        dueDay: shipment.arrivalDay + shipment.netDays,
        amountFen: shipment.balanceFen,
        supplierId: shipment.supplierId,
      });
  }
}

function someDue<T>(items: readonly T[], dueDay: (item: T) => number, day: number): boolean {
  for (let i = 0; i < items.length; i++) if (dueDay(items[i] as T) <= day) return true;
  return false;
}

export function processArrivals(
  level: Level,
  state: SimState,
  day: number,
  report: DayReport,
): void {
  for (let index = 0; index < state.listings.length; index++) {
    const listing = state.listings[index] as ListingState;
    // Most days nothing arrives: keep the list as it is rather than copy it.
    if (!someDue(listing.inTransit, (s) => s.arrivalDay, day)) continue;
    const staying: Shipment[] = [];
    for (const shipment of listing.inTransit) {
      if (shipment.arrivalDay <= day) {
        arrive(level, state, listing, shipment);
        report.notices.push({
          kind: 'arrival',
          listingIndex: index,
          amountFen: 0,
          qty: shipment.qty,
        });
      } else staying.push(shipment);
    }
    listing.inTransit = staying;
  }
}

export function processPayables(state: SimState, day: number): void {
  if (!someDue(state.payables, (p) => p.dueDay, day)) return;
  const staying = [];
  for (const payable of state.payables) {
    if (payable.dueDay <= day) moveCash(state, CASH_INDEX.supplierPayments, -payable.amountFen);
    else staying.push(payable);
  }
  state.payables = staying;
}

export function settleToday(state: SimState, day: number): void {
  const amount = state.pendingByDay[day] ?? 0;
  if (amount === 0) return;
  state.pendingByDay[day] = 0;
  moveCash(state, CASH_INDEX.settlements, amount);
}

/** A clearance buyer pays a fraction of cost; the rest of the stock's value is written off. */
export function clearUnits(
  level: Level,
  state: SimState,
  listing: ListingState,
  qty: number,
): number {
  const value = takeFromStock(listing, qty);
  const recovered = mulBp(value, level.platform.clearanceRecoveryBp);
  moveCash(state, CASH_INDEX.clearanceSales, recovered);
  accrue(state, PNL_INDEX.writeOffs, recovered - value);
  state.totals.unitsCleared += qty;
  return value - recovered;
}

/** At the end of a stage, stock beyond the level's days of cover goes to clearance. */
export function clearExcessAtEnd(level: Level, state: SimState, report: DayReport): void {
  state.listings.forEach((listing, index) => {
    let weekReal = 0;
    for (let i = 0; i < 7; i++)
      weekReal += (listing.sales7[i] as number) - (listing.fake7[i] as number);
    const cover = Math.floor((weekReal * level.platform.endOfStageCoverDays) / 7);
    const excess = listing.onHand - cover;
    if (excess <= 0) return;
    const lossFen = clearUnits(level, state, listing, excess);
    report.notices.push({
      kind: 'clearance',
      listingIndex: index,
      amountFen: lossFen,
      qty: excess,
    });
  });
}

/** Cash tied up in goods: stock on hand at cost plus deposits paid on goods in transit. */
export function stockAndPrepaidFen(state: SimState): { stockFen: number; prepaidFen: number } {
  let stockFen = 0;
  let prepaidFen = 0;
  for (const listing of state.listings) {
    stockFen += listing.stockValueFen;
    for (const shipment of listing.inTransit) prepaidFen += shipment.prepaidFen;
  }
  return { stockFen, prepaidFen };
}

export function payablesFen(state: SimState): number {
  let sum = 0;
  for (const payable of state.payables) sum += payable.amountFen;
  return sum;
}
