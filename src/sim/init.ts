import { emptyListingAds } from './adStats';
import type { Level, ListingSpec, StaffRole } from './level';
import { STAFF_ROLES } from './level';
import { expectedReturnRateBp } from './dayEnd';
import { emptyLedger } from './ledger';
import { levelTables } from './levelCache';
import { BP, lerpTable, mulBp } from './math';
import { rollInt, seedRng } from './rng';
import type { ListingState, Series, SimState } from './state';
import { RULES_VERSION } from './state';
import { dealDeckDays } from './eventDeck';
import { RANK_MOAT_BP, RANK_SHARE } from './tables';
import { computeWeight, fieldSearchesPerDay } from './traffic';

const weightCache = new WeakMap<Level, number[]>();

/**
 * The ranked field of one listing: rival k's weekly weight is what rank k brings an average
 * listing (field searches x share x category conversion), cut by the category's refunds as
 * ours is, and inflated by the moat of the top ranks. An average product is then
 * self-consistent where the moat ends, in the low teens; only better conversion or paid support
 * holds a higher place. Sorted from strongest to weakest.
 */
export function competitorWeights(level: Level): number[] {
  const cached = weightCache.get(level);
  if (cached) return cached.slice();
  const { categoryConversionBp, listingCount, categoryReturnBp } = level.market;
  const searches = fieldSearchesPerDay(level);
  const refundFactorBp =
    BP - Math.floor(mulBp(categoryReturnBp, level.levers.returnRateScaleBp) / 2);
  const weights: number[] = [];
  for (let rank = 1; rank <= listingCount; rank++) {
    const share = lerpTable(RANK_SHARE, rank);
    const weekly = Math.floor((searches * share * categoryConversionBp * 7) / 100_000);
    const moated = Math.floor((weekly * lerpTable(RANK_MOAT_BP, rank)) / 10_000);
    weights.push(mulBp(moated, refundFactorBp));
  }
  weightCache.set(level, weights);
  return weights.slice();
}

function listingFromSpec(spec: ListingSpec, level: Level): ListingState {
  const history = [...spec.salesHistory];
  while (history.length < 7) history.unshift(0);
  return {
    id: spec.id,
    name: { ...spec.name },
    priceFen: spec.priceFen,
    // What an average-made product sells at in this field: the launch price is for its quality.
    referencePriceFen: Math.floor((spec.priceFen * BP) / Math.max(1, spec.qualityBp)),
    discountBp: 0,
    supplierId: spec.supplierId,
    materialId: spec.materialId,
    styleId: spec.styleId,
    qualityBp: spec.qualityBp,
    trendFitBp: spec.trendFitBp,
    defectBp: spec.defectBp,
    onHand: spec.onHand,
    stockValueFen: spec.onHand * spec.unitCostFen,
    inTransit: [],
    ageDays: spec.ageDays,
    sales7: history.slice(-7),
    fake7: [0, 0, 0, 0, 0, 0, 0],
    reviewsGood: spec.reviewsGood,
    reviewsBad: spec.reviewsBad,
    fakeReviews: 0,
    weight: 0,
    rank: level.market.listingCount + 1,
    streak: 0,
    demoteDays: 0,
    takedownDays: 0,
    adBudgetFen: 0,
    adBidFen: 100,
    fakeSearchPerDay: 0,
    fakeAdPerDay: 0,
    plan: null,
    superlativeClaim: false,
    materialClaim: false,
    copiedFrom: null,
    similarityBp: 0,
    differentiationBp: 10_000,
    hunterMeterBp: 0,
    ipMeterBp: 0,
    ipThresholdBp: 10_000,
    fakeSinceCaught: 0,
    fakeTotal: 0,
    fakePatternMeter: 0,
    soldTotal: 0,
    boughtTotal: spec.onHand,
    lostSales: 0,
    carries: {
      organic: 0,
      paid: 0,
      ordersOrganic: 0,
      ordersPaid: 0,
      returns: 0,
      reviews: 0,
      badReviews: 0,
      resell: 0,
    },
  };
}

function emptySeries(): Series {
  return {
    gmvFen: [],
    netProfitCumFen: [],
    cashFen: [],
    orders: [],
    returns: [],
    fakeOrders: [],
    visitsOrganic: [],
    visitsPaid: [],
    visitsFake: [],
    rank: [],
    ratingCenti: [],
    stock: [],
    adSpendFen: [],
  };
}

function perRole<T>(make: (role: StaffRole) => T): Record<StaffRole, T> {
  // A loop rather than Object.fromEntries: every replay starts here.
  const record = {} as Record<StaffRole, T>;
  for (const role of STAFF_ROLES) record[role] = make(role);
  return record;
}

/** One value per supplier id, in the level's order. */
function perSupplier(level: Level, value: number): Record<string, number> {
  const record: Record<string, number> = {};
  for (const supplier of level.suppliers) record[supplier.id] = value;
  return record;
}

/** A packed array of zeros (Array(n).fill leaves a holey one, slower to read and write). */
function zeros(length: number): number[] {
  const array: number[] = [];
  for (let i = 0; i < length; i++) array.push(0);
  return array;
}

export function createState(level: Level, seed: number): SimState {
  const rng = seedRng(seed, level.id);
  const eventRng = seedRng(seed, `${level.id}:events`);
  const listings = level.listings.map((spec) => listingFromSpec(spec, level));
  // Where a complaint strikes is seeded per listing, so timing differs across seeds.
  for (const listing of listings) {
    listing.ipThresholdBp = rollInt(rng, 6_000, 14_000);
    listing.weight = computeWeight(listing, expectedReturnRateBp(level, listing));
  }
  const horizon = level.days + level.levers.settlementDays + 64;
  return {
    rulesVersion: RULES_VERSION,
    levelId: level.id,
    seed,
    day: 0,
    days: level.days,
    outcome: 'running',
    cashFen: level.startCashFen,
    startCashFen: level.startCashFen,
    depositFen: level.platform.depositFen,
    debtFen: 0,
    creditLimitFen: level.credit.limitFen,
    points: 0,
    offences: 0,
    majorOffences: 0,
    staff: perRole((role) => level.staff[role]),
    wagesFen: perRole((role) => level.roles[role].monthlyWageFen),
    listings,
    pendingByDay: zeros(horizon),
    payables: [],
    returnsDue: [],
    campaignJoined: null,
    campaignDiscountBp: 0,
    referencePriceFen: level.market.referencePriceFen,
    competitorWeights: competitorWeights(level),
    demand7: [10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000],
    competitorBoostBp: {},
    supplierCostBp: perSupplier(level, 10_000),
    supplierExtraNetDays: perSupplier(level, 0),
    supplierMoqBp: perSupplier(level, 10_000),
    pendingEvent: null,
    nextEventId: 1,
    eventsSeen: [],
    deckDays: dealDeckDays(level.eventDeck, eventRng),
    eventRng,
    lastEventDay: 0,
    eventEffects: {
      trafficBoostBp: 0,
      trafficUntilDay: 0,
      chatSurgeBp: 0,
      tempAgents: 0,
      surgeUntilDay: 0,
      festivalSearchBp: 0,
      presaleDiscountBp: 0,
    },
    rng,
    ledger: emptyLedger(level.days),
    series: emptySeries(),
    totals: {
      orders: 0,
      returns: 0,
      fakeOrders: 0,
      visits: 0,
      penalties: 0,
      complaints: 0,
      hunterClaims: 0,
      unitsBought: 0,
      unitsCleared: 0,
      fakeFeesFen: 0,
      refundsStillDueFen: 0,
      commissionStillDueFen: 0,
    },
    today: null,
    ads: listings.map(() => emptyListingAds()),
    carries: { staff: 0, fixed: 0, interest: 0, tax: 0 },
  };
}

/** Search interest on a day, in bp of the level's base volume. */
export function searchTrendBp(level: Level, day: number): number {
  const tables = levelTables(level);
  return tables.trendBp[Math.min(day, tables.trendBp.length - 1)] as number;
}
