import { CAMPAIGN_REQUIRED_DISCOUNT_BP, EVENT_TERMS } from './eventTerms';
import type { Level, Supplier } from './level';
import { levelTables } from './levelCache';
import { mulBp } from './math';
import type { ListingState, SimState } from './state';
import { promoAffiliateFen } from './sales';
import { unitCostForQty } from './supply';
import { CALENDAR_SEARCH_BP, FESTIVAL_SEARCH_DECLINED_BP } from './tables';

/**
 * What one order earns before returns, line by line, at a given discount. The arithmetic is the
 * same as when the sim books a sale (sales.ts sellOrders), so a negotiation dialog can quote the
 * trade-off with the numbers that will actually be booked; a unit test holds the two together.
 */
export interface OrderMargin {
  priceFen: number;
  discountBp: number;
  discountFen: number;
  paidFen: number;
  commissionFen: number;
  paymentFeeFen: number;
  taxFen: number;
  /** Parcel and packaging. */
  shippingFen: number;
  /** Freight insurance, which a festival campaign requires anyway. */
  insuranceFen: number;
  /** What a promoted order pays the coupon sites and 淘宝客 affiliates who brought it. */
  affiliateFen: number;
  unitCostFen: number;
  marginFen: number;
}

/** The average cost of the units on the shelf, or of the next shipment when the shelf is empty. */
export function shelfUnitCostFen(listing: ListingState): number {
  if (listing.onHand > 0) return Math.floor(listing.stockValueFen / listing.onHand);
  return listing.inTransit[0]?.unitCostFen ?? 0;
}

export function orderMargin(level: Level, listing: ListingState, discountBp: number): OrderMargin {
  const { levers, platform } = level;
  const discountFen = mulBp(listing.priceFen, discountBp);
  const paidFen = listing.priceFen - discountFen;
  const commissionFen = mulBp(paidFen, levers.commissionBp);
  const paymentFeeFen = mulBp(paidFen, levers.paymentFeeBp);
  const taxFen = mulBp(paidFen, platform.taxBp);
  const shippingFen = platform.shippingPerParcelFen + platform.packagingPerParcelFen;
  const insuranceFen = platform.freightInsurancePerOrderFen;
  const affiliateFen = promoAffiliateFen(paidFen, discountFen);
  const unitCostFen = shelfUnitCostFen(listing);
  return {
    priceFen: listing.priceFen,
    discountBp,
    discountFen,
    paidFen,
    commissionFen,
    paymentFeeFen,
    taxFen,
    shippingFen,
    insuranceFen,
    affiliateFen,
    unitCostFen,
    marginFen:
      paidFen -
      commissionFen -
      paymentFeeFen -
      taxFen -
      shippingFen -
      insuranceFen -
      affiliateFen -
      unitCostFen,
  };
}

export interface CampaignListingQuote {
  listingIndex: number;
  declined: OrderMargin;
  joined: OrderMargin;
}

export interface CampaignQuote {
  /** One order of the first listing on a festival day, declined and joined. */
  declined: OrderMargin;
  joined: OrderMargin;
  /** The same for every listing: the campaign's discount applies to the whole shop. */
  listings: CampaignListingQuote[];
  /** Festival search traffic against a normal day, declined and joined. */
  declinedSearchBp: number;
  joinedSearchBp: number;
  festivalDaysLeft: number;
}

export function campaignQuote(level: Level, state: SimState): CampaignQuote | null {
  const listing = state.listings[0];
  if (!listing) return null;
  const kinds = levelTables(level).kind;
  let festivalDaysLeft = 0;
  for (let day = state.day; day <= level.days; day++) {
    if (kinds[day] === 'festival') festivalDaysLeft += 1;
  }
  const campaignBp = state.campaignDiscountBp || CAMPAIGN_REQUIRED_DISCOUNT_BP;
  const listings = state.listings.map((l, listingIndex) => ({
    listingIndex,
    declined: orderMargin(level, l, l.discountBp),
    joined: orderMargin(level, l, Math.max(l.discountBp, campaignBp)),
  }));
  const first = listings[0] as CampaignListingQuote;
  return {
    declined: first.declined,
    joined: first.joined,
    listings,
    declinedSearchBp: FESTIVAL_SEARCH_DECLINED_BP,
    joinedSearchBp: CALENDAR_SEARCH_BP.festival,
    festivalDaysLeft,
  };
}

export interface SupplierTerms {
  unitCostFen: number;
  moq: number;
  /** Cash one minimum order costs at these terms. */
  minimumOrderFen: number;
  depositBp: number;
  netDays: number;
}

export interface SupplierTermsQuote {
  current: SupplierTerms;
  volumePrice: SupplierTerms;
  longerTerms: SupplierTerms;
}

function terms(supplier: Supplier, costBp: number, moqBp: number, netDays: number): SupplierTerms {
  const moq = mulBp(supplier.moq, moqBp);
  const unitCostFen = mulBp(unitCostForQty(supplier, moq), costBp);
  return {
    unitCostFen,
    moq,
    minimumOrderFen: unitCostFen * moq,
    depositBp: supplier.depositBp,
    netDays,
  };
}

/** The supplier's terms now and under each offer, at the minimum order (before design extras). */
export function supplierTermsQuote(
  level: Level,
  state: SimState,
  supplierId: string,
): SupplierTermsQuote | null {
  const supplier = level.suppliers.find((s) => s.id === supplierId);
  if (!supplier) return null;
  const costBp = state.supplierCostBp[supplierId] ?? 10_000;
  const moqBp = state.supplierMoqBp[supplierId] ?? 10_000;
  const netDays = supplier.netDays + (state.supplierExtraNetDays[supplierId] ?? 0);
  return {
    current: terms(supplier, costBp, moqBp, netDays),
    volumePrice: terms(
      supplier,
      EVENT_TERMS.volumePriceCostBp,
      EVENT_TERMS.volumePriceMoqBp,
      netDays,
    ),
    longerTerms: terms(
      supplier,
      EVENT_TERMS.longerTermsCostBp,
      moqBp,
      supplier.netDays + EVENT_TERMS.longerTermsExtraDays,
    ),
  };
}
