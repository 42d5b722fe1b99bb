import type { LocalText } from '../../sim';
import { effectiveMoq, quotePurchase } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

export type PurchaseQuote = ReturnType<typeof quotePurchase>;

/** One supplier in the side-by-side comparison, with the sim's quote for the chosen quantity. */
export interface SupplierRow {
  id: string;
  name: LocalText;
  tiers: { minQty: number; unitCostFen: number }[];
  moq: number;
  leadDays: number;
  defectBp: number;
  depositBp: number;
  netDays: number;
  quote: PurchaseQuote;
}

export interface DesignChoice {
  id: string;
  name: LocalText;
  trendFitBp: number;
  unitCostAddFen: number;
  chosen: boolean;
}

export interface Delivery {
  arrivalDay: number;
  inDays: number;
  qty: number;
  valueFen: number;
}

export interface StockView {
  listingId: string;
  onHand: number;
  stockValueFen: number;
  deliveries: Delivery[];
  inTransitQty: number;
  /** Real units sold over the last seven days, to read stock as days of cover. */
  sold7: number;
  lostSales: number;
}

export interface ProductView {
  suppliers: SupplierRow[];
  materials: DesignChoice[];
  styles: DesignChoice[];
  /** The listing's trend fit as the sim has it (from its material and style). */
  trendFitBp: number;
  stock: StockView;
}

/** Everything the supplier, design and stock controls show for one listing and one order size. */
export function productView(
  state: GameState,
  listingIndex: number,
  qty: number,
  qualityCheck: boolean,
): ProductView | null {
  const active = activeRun(state);
  const listing = active?.sim.listings[listingIndex];
  if (!active || !listing) return null;
  const { level, sim } = active;
  const suppliers = level.suppliers.map((s) => ({
    id: s.id,
    name: s.name,
    tiers: s.tiers.map((tier) => ({ minQty: tier.minQty, unitCostFen: tier.unitCostFen })),
    moq: effectiveMoq(sim, s),
    leadDays: s.leadDays,
    defectBp: s.defectBp,
    depositBp: s.depositBp,
    netDays: s.netDays + (sim.supplierExtraNetDays[s.id] ?? 0),
    quote: quotePurchase(level, sim, listing, s, qty, qualityCheck),
  }));
  const choice = (chosenId: string) => (o: (typeof level.market.materials)[number]) => ({
    id: o.id,
    name: o.name,
    trendFitBp: o.trendFitBp,
    unitCostAddFen: o.unitCostAddFen,
    chosen: o.id === chosenId,
  });
  const deliveries = listing.inTransit
    .map((s) => ({
      arrivalDay: s.arrivalDay,
      inDays: Math.max(0, s.arrivalDay - sim.day),
      qty: s.qty,
      valueFen: s.qty * s.unitCostFen,
    }))
    .sort((a, b) => a.arrivalDay - b.arrivalDay);
  return {
    suppliers,
    materials: level.market.materials.map(choice(listing.materialId)),
    styles: level.market.styles.map(choice(listing.styleId)),
    trendFitBp: listing.trendFitBp,
    stock: {
      listingId: listing.id,
      onHand: listing.onHand,
      stockValueFen: listing.stockValueFen,
      deliveries,
      inTransitQty: deliveries.reduce((sum, d) => sum + d.qty, 0),
      sold7:
        listing.sales7.reduce((sum, n) => sum + n, 0) - listing.fake7.reduce((a, n) => a + n, 0),
      lostSales: listing.lostSales,
    },
  };
}
