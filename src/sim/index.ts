/** The deterministic economy of Four Stages: the only place where game rules live. */
export * from './actions';
export * from './achievements';
export type { ApplyResult, SimError } from './apply';
export { SIM_ERRORS, applyAction, applyActionInPlace } from './apply';
export { dayKind, conversionBp, priceFactorBp } from './conversion';
export { EVENT_CHOICES_BY_KIND, EVENT_TERMS, hunterClaimFen } from './events';
export { BRUSHING_POINTS, anomalyMultiplierBp, detectionChanceBp, fakeRiskBp } from './fakes';
export { canonicalJson, stateHash } from './hash';
export { competitorWeights, createState, searchTrendBp } from './init';
export * from './ledger';
export * from './level';
export { DEFAULT_CHOICE, replay, runStage } from './replay';
export type { ReplayResult, StageRun, StageRunResult } from './replay';
export * from './state';
export * from './summary';
export { effectiveMoq, quotePurchase, unitCostForQty } from './supply';
export { campaignQuote, orderMargin, shelfUnitCostFen, supplierTermsQuote } from './quotes';
export type {
  CampaignListingQuote,
  CampaignQuote,
  OrderMargin,
  SupplierTerms,
  SupplierTermsQuote,
} from './quotes';
export * from './eventQuotes';
export { DECK_CHOICES, isDeckKind } from './eventKinds';
export { QUIET_LAST_DAYS } from './eventDeck';
export { ratingCenti, reviewCount } from './traffic';
export { competitorRows, reconciliation, searchTrendSeries } from './insights';
export { staffLoadLevel, staffLoads } from './staffLoad';
export type { LoadLevel, StaffLoad } from './staffLoad';
export type { StageFacts } from './stageFacts';
export type { CompetitorRow, ReconciliationLine } from './insights';
export { reconciliationRows } from './reconcile';
export type { BooksSource, ReconciliationRow } from './reconcile';
export {
  CONTEST_LEGAL_COST_FEN,
  DEMOTION_DAYS,
  EXPEDITE_COST_BP,
  PLAN_DAYS,
  REDESIGN_COST_FEN,
  SUPERLATIVE_FINE_FEN,
  TAKEDOWN_DAYS,
} from './tables';
export { CAMPAIGN_REQUIRED_DISCOUNT_BP, HUNTER_CLAIM_MIN_FEN, PRICE_CUT_BP } from './events';
export { playPlanOn } from './replay';
export { coalesceLog, overwriteKey, supersedes } from './coalesce';
export { scanRun } from './decisions';
export type { Decision, DecisionAction, ScannedRun, ScanResult } from './decisions';
export { attributeDecisions } from './attribution';
export type { Attribution, AttributionResult, DecisionEffect, LineEffect } from './attribution';
export { compareRuns, forkRun, logThroughDay } from './fork';
export type { ForkResult, LineDifference, RunComparison } from './fork';
export { fineCases } from './fineCases';
export type { FineCase, FineCasesResult } from './fineCases';
