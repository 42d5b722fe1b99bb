/** The deterministic economy of Four Stages: the only place where game rules live. */
export * from './actions';
export type { ApplyResult, SimError } from './apply';
export { SIM_ERRORS, applyAction, applyActionInPlace } from './apply';
export { dayKind, conversionBp, priceFactorBp } from './conversion';
export { EVENT_CHOICES_BY_KIND, hunterClaimFen } from './events';
export { anomalyMultiplier, detectionChanceBp, fakeRiskBp } from './fakes';
export { canonicalJson, stateHash } from './hash';
export { competitorWeights, createState, searchTrendBp } from './init';
export * from './ledger';
export * from './level';
export { DEFAULT_CHOICE, replay, runStage } from './replay';
export type { ReplayResult, StageRun, StageRunResult } from './replay';
export * from './state';
export * from './summary';
export { effectiveMoq, quotePurchase, unitCostForQty } from './supply';
export { ratingCenti, reviewCount } from './traffic';
export { competitorRows, reconciliation, searchTrendSeries } from './insights';
export type { CompetitorRow, ReconciliationLine } from './insights';
