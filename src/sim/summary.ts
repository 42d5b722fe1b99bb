import { pendingTotalFen } from './books';
import { stateHash } from './hash';
import type { Level, StageId, StarRule } from './level';
import type { WaterfallLine } from './ledger';
import { netProfitFen, pnlTotal, waterfall } from './ledger';
import { BP } from './math';
import { averageTrendFitBp, stageFacts, type StageFacts } from './stageFacts';
import type { SimState } from './state';
import { payablesFen, stockAndPrepaidFen } from './supply';

export type StageOutcome =
  'running' | 'passed' | 'failed' | 'bankrupt' | 'closed' | 'trapped' | 'escaped';

export interface StarCheck {
  rule: StarRule;
  met: boolean;
}

export interface StageSummary {
  stage: StageId;
  days: number;
  gmv: number;
  netProfit: number;
  cashEnd: number;
  cashMin: number;
  orders: number;
  returns: number;
  fakeOrders: number;
  rankEnd: number;
  rating: number;
  penalties: number;
  stars: number;
  outcome: StageOutcome;
  waterfall: WaterfallLine[];
  stateHash: string;
  /** For the achievements; missing from summaries saved before it was recorded. */
  facts?: StageFacts;
  /** What stands beside the cash at the end; missing from summaries saved under rules 1. */
  position?: StagePosition;
}

/**
 * The end-of-stage cash beside what is still owed and still coming, so cash and profit
 * reconcile: net profit = (cash + coming + stock + deposit − owed) − opening equity.
 */
export interface StagePosition {
  /** Still owed: credit drawn, and supplier balances due on goods received. */
  creditDrawnFen: number;
  supplierBalancesFen: number;
  /** Still coming: what the platform holds for the shop, net of the refunds still due. */
  receivableFen: number;
  /** Goods on the shelf at cost, and deposits paid on goods still on the way. */
  stockFen: number;
  prepaidFen: number;
  depositFen: number;
  /** Start cash + platform deposit + opening stock at cost. */
  openingEquityFen: number;
}

export function openingEquityFen(level: Level): number {
  let stockFen = 0;
  for (const spec of level.listings) stockFen += spec.onHand * spec.unitCostFen;
  return level.startCashFen + level.platform.depositFen + stockFen;
}

export function stagePosition(level: Level, state: SimState): StagePosition {
  const sheet = balanceSheet(state);
  return {
    creditDrawnFen: sheet.debtFen,
    supplierBalancesFen: sheet.payablesFen,
    receivableFen: sheet.receivableFen,
    stockFen: sheet.stockFen,
    prepaidFen: sheet.prepaidFen,
    depositFen: sheet.depositFen,
    openingEquityFen: openingEquityFen(level),
  };
}

/** A finished stage that unlocks the next: passed, or finished the comprehensive stage either way. */
export function stagePassed(outcome: StageOutcome): boolean {
  return outcome === 'passed' || outcome === 'escaped' || outcome === 'trapped';
}

export function netMarginBp(state: SimState): number {
  const gmv = pnlTotal(state.ledger, 'gmv');
  return gmv <= 0 ? 0 : Math.floor((netProfitFen(state.ledger) * BP) / gmv);
}

export function stageOutcome(level: Level, state: SimState): StageOutcome {
  if (state.outcome === 'running') return 'running';
  if (state.outcome === 'bankrupt' || state.outcome === 'closed') return state.outcome;
  if (level.stars.includes('escaped')) {
    return netProfitFen(state.ledger) > 0 && netMarginBp(state) >= level.goals.escapeMarginBp
      ? 'escaped'
      : 'trapped';
  }
  return state.totals.orders >= level.goals.salesTargetOrders ? 'passed' : 'failed';
}

export function starChecks(level: Level, state: SimState): StarCheck[] {
  const profit = netProfitFen(state.ledger);
  const outcome = stageOutcome(level, state);
  const met: Record<StarRule, boolean> = {
    salesTarget: state.totals.orders >= level.goals.salesTargetOrders,
    noPenalty: state.totals.penalties === 0 && state.points === 0,
    profit: profit > 0,
    profitTarget: profit >= level.goals.profitTargetFen,
    trendFit: averageTrendFitBp(state) >= level.goals.trendFitBp,
    sellThrough:
      state.totals.unitsBought > 0 &&
      state.totals.orders * BP >= state.totals.unitsBought * level.goals.sellThroughBp,
    noComplaint: state.totals.complaints === 0 && state.totals.hunterClaims === 0,
    escaped: outcome === 'escaped',
  };
  return level.stars.map((rule) => ({ rule, met: met[rule] }));
}

/**
 * One star for passing and one for each further rule met; a trapped shop finished but earns only
 * the first; nothing for a failed, bankrupt or closed one.
 */
export function starCount(level: Level, state: SimState): number {
  const outcome = stageOutcome(level, state);
  if (outcome === 'trapped') return 1;
  if (outcome !== 'passed' && outcome !== 'escaped') return 0;
  const extra = starChecks(level, state).filter(
    (c) => c.met && c.rule !== 'salesTarget' && c.rule !== 'escaped',
  ).length;
  return Math.min(3, 1 + extra);
}

export function summarizeStage(level: Level, state: SimState): StageSummary {
  let cashMin = state.startCashFen;
  for (const cash of state.series.cashFen) cashMin = Math.min(cashMin, cash);
  let good = 0;
  let bad = 0;
  let rankEnd = 0;
  for (const listing of state.listings) {
    good += listing.reviewsGood;
    bad += listing.reviewsBad;
  }
  rankEnd = state.series.rank[state.series.rank.length - 1] ?? 0;
  return {
    stage: level.id,
    days: state.day,
    gmv: pnlTotal(state.ledger, 'gmv'),
    netProfit: netProfitFen(state.ledger),
    cashEnd: state.cashFen,
    cashMin,
    orders: state.totals.orders,
    returns: state.totals.returns,
    fakeOrders: state.totals.fakeOrders,
    rankEnd,
    rating: good + bad === 0 ? 0 : Math.floor((500 * good + 100 * bad) / (good + bad)),
    penalties: state.totals.penalties,
    stars: starCount(level, state),
    outcome: stageOutcome(level, state),
    waterfall: waterfall(state.ledger),
    stateHash: stateHash(state),
    facts: stageFacts(level, state),
    position: stagePosition(level, state),
  };
}

export type CampaignOutcome = 'trapped' | 'bankrupt' | 'escaped';

/** The ending: a broke or closed shop anywhere ends bankrupt; otherwise the margin decides. */
export function campaignOutcome(
  stages: readonly StageSummary[],
  escapeMarginBp: number,
): CampaignOutcome {
  if (stages.some((s) => s.outcome === 'bankrupt' || s.outcome === 'closed')) return 'bankrupt';
  const gmv = stages.reduce((sum, s) => sum + s.gmv, 0);
  const net = stages.reduce((sum, s) => sum + s.netProfit, 0);
  if (net > 0 && gmv > 0 && Math.floor((net * BP) / gmv) >= escapeMarginBp) return 'escaped';
  return 'trapped';
}

/** The books as a balance sheet: what the shop owns and owes, for the finance panel and tests. */
export function balanceSheet(state: SimState) {
  const { stockFen, prepaidFen } = stockAndPrepaidFen(state);
  const receivableFen = pendingTotalFen(state);
  const payable = payablesFen(state);
  return {
    cashFen: state.cashFen,
    receivableFen,
    stockFen,
    prepaidFen,
    depositFen: state.depositFen,
    payablesFen: payable,
    debtFen: state.debtFen,
    equityFen:
      state.cashFen +
      receivableFen +
      stockFen +
      prepaidFen +
      state.depositFen -
      payable -
      state.debtFen,
  };
}
