/**
 * Figures the screens show that are economics, not presentation: they live here so that no view
 * computes a rule of the game.
 */
import { pendingTotalFen } from './books';
import { levelTables } from './levelCache';
import type { Competitor, Level, LocalText } from './level';
import { CASH_INDEX, pnlTotal } from './ledger';
import { BP, lerpTable, mulBp } from './math';
import type { SimState } from './state';
import { RANK_SHARE } from './tables';

export interface CompetitorRow {
  id: string;
  name: LocalText;
  rank: number;
  priceFen: number;
  /** Units a day at today's demand, in hundredths of a unit. */
  salesPerDayCenti: number;
  ratingTenths: number;
  reviews: number;
  features: string[];
  designProtected: boolean;
  trendFitBp: number;
}

function demandAvgBp(state: SimState): number {
  let sum = 0;
  for (const bp of state.demand7) sum += bp;
  return Math.floor(sum / state.demand7.length);
}

/** The named competitors as a market-data screen shows them today. */
export function competitorRows(level: Level, state: SimState): CompetitorRow[] {
  const demand = demandAvgBp(state);
  const searches = mulBp(level.market.searchesPerDay, demand);
  return level.market.competitors.map((c: Competitor) => {
    const boostBp = state.competitorBoostBp[c.id] ?? 0;
    const share = mulBp(lerpTable(RANK_SHARE, c.rank), BP + boostBp);
    const visitsCenti = Math.floor((searches * share) / 1000);
    return {
      id: c.id,
      name: c.name,
      rank: c.rank,
      priceFen: boostBp > 0 ? mulBp(c.priceFen, BP - 1500) : c.priceFen,
      salesPerDayCenti: mulBp(visitsCenti, level.market.categoryConversionBp),
      ratingTenths: c.ratingTenths,
      reviews: c.reviews,
      features: [...c.features],
      designProtected: c.designProtected,
      trendFitBp: c.trendFitBp,
    };
  });
}

/** Search interest by day over the whole stage, in bp of the base volume, for the trend chart. */
export function searchTrendSeries(level: Level): number[] {
  return levelTables(level).trendBp.slice(1, level.days + 1);
}

export interface ReconciliationLine {
  line:
    | 'ordersPaid'
    | 'refunds'
    | 'commission'
    | 'paymentFees'
    | 'fakeOrderFees'
    | 'settled'
    | 'stillPending';
  amountFen: number;
}

/**
 * The platform's settlement statement beside the books: what buyers paid, less refunds and the
 * platform's fees, is what the platform has paid out plus what it still holds.
 * Fake orders pass through the platform too: their price comes back, less fees.
 */
export function reconciliation(state: SimState): {
  statement: ReconciliationLine[];
  balances: boolean;
} {
  const ledger = state.ledger;
  const paid = pnlTotal(ledger, 'gmv') + pnlTotal(ledger, 'coupons');
  // Returns accrued at the end are refunds the platform will make from what it still holds.
  const refunds = pnlTotal(ledger, 'refunds') - state.totals.refundsStillDueFen;
  const commission = pnlTotal(ledger, 'commission') + state.totals.commissionStillDueFen;
  const paymentFees = pnlTotal(ledger, 'paymentFees');
  const fakeFloatOut = -(ledger.cashTotals[CASH_INDEX.fakeOrderFloat] as number);
  const settled =
    (ledger.cashTotals[CASH_INDEX.settlements] as number) +
    (ledger.cashTotals[CASH_INDEX.refundsAfterSettlement] as number);
  const pending = pendingTotalFen(state);
  const statement: ReconciliationLine[] = [
    { line: 'ordersPaid', amountFen: paid + fakeFloatOut },
    { line: 'refunds', amountFen: refunds },
    { line: 'commission', amountFen: commission },
    { line: 'paymentFees', amountFen: paymentFees },
    { line: 'fakeOrderFees', amountFen: -state.totals.fakeFeesFen },
    { line: 'settled', amountFen: -settled },
    { line: 'stillPending', amountFen: -pending },
  ];
  return { statement, balances: statement.reduce((sum, l) => sum + l.amountFen, 0) === 0 };
}
