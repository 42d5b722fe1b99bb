/**
 * The campaign's achievements: rules of the game, so they live in the sim and the ending only
 * shows them. Each follows a lesson of the essay (docs/DESIGN.md) and is decided from the
 * stages' summaries alone, so an ending restored from a save shows the same badges. Summaries
 * saved before their facts were recorded earn only the badges their figures decide.
 */
import type { PnlLine, WaterfallLine } from './ledger';
import type { StageId } from './level';
import { BP } from './math';
import type { CampaignOutcome, StageSummary } from './summary';
import { stagePassed } from './summary';

export const ACHIEVEMENTS = [
  'trafficAddict',
  'caughtBrushing',
  'productMaster',
  'marketDetective',
  'trapFound',
  'trapEscaped',
] as const;
export type Achievement = (typeof ACHIEVEMENTS)[number];

/** Ads above this share of GMV earn "traffic addict": ECONOMICS.md's trap case spends 18%. */
export const TRAFFIC_ADDICT_BP = 1500;

function lineAmount(waterfall: readonly WaterfallLine[], line: PnlLine): number {
  return waterfall.find((w) => w.line === line)?.amount ?? 0;
}

/**
 * Stage 1's lesson, "traffic is bought, not earned", taken too far: over the whole campaign the
 * shop spent more than TRAFFIC_ADDICT_BP of its GMV on ads.
 */
export function isTrafficAddict(summaries: readonly StageSummary[]): boolean {
  let gmv = 0;
  let ads = 0;
  for (const s of summaries) {
    gmv += s.gmv;
    ads -= lineAmount(s.waterfall, 'ads');
  }
  return gmv > 0 && ads * BP > gmv * TRAFFIC_ADDICT_BP;
}

/**
 * Stage 1's warning, "fake orders get caught", come true: the platform caught the shop's fake
 * orders at least once in some stage (penalties for IP complaints do not count).
 */
export function wasCaughtBrushing(summaries: readonly StageSummary[]): boolean {
  return summaries.some((s) => (s.facts?.brushingCaught ?? 0) > 0);
}

/**
 * Stage 2's lesson, "the market decides, not the designer; unsold stock is written down", learnt:
 * the product stage passed with a design that met the trend-fit goal and without a single unit
 * sold off to clearance, during the stage or at its end.
 */
export function isProductMaster(product: StageSummary | undefined): boolean {
  const facts = product?.facts;
  if (!product || !facts || !stagePassed(product.outcome)) return false;
  return facts.unitsCleared === 0 && facts.trendFitBp >= facts.trendFitGoalBp;
}

/**
 * Stage 3's lesson, "copying plus differentiation sells; copying too closely or over-claiming
 * brings complaints", learnt: the market stage passed at a profit with a copied design, and drew
 * neither an IP complaint nor an anti-counterfeiter's claim.
 */
export function isMarketDetective(market: StageSummary | undefined): boolean {
  const facts = market?.facts;
  if (!market || !facts || !stagePassed(market.outcome)) return false;
  return (
    market.netProfit > 0 &&
    facts.copiedListings > 0 &&
    facts.complaints === 0 &&
    facts.hunterClaims === 0
  );
}

/**
 * The badges a campaign earns, in ACHIEVEMENTS order. The last two name the ending: the trap
 * found (GMV without profit) or escaped (a real margin), as campaignOutcome decided it.
 */
export function achievements(
  summaries: readonly StageSummary[],
  outcome: CampaignOutcome,
): Achievement[] {
  const byStage = (stage: StageId) => summaries.find((s) => s.stage === stage);
  const earned: Record<Achievement, boolean> = {
    trafficAddict: isTrafficAddict(summaries),
    caughtBrushing: wasCaughtBrushing(summaries),
    productMaster: isProductMaster(byStage('product')),
    marketDetective: isMarketDetective(byStage('market')),
    trapFound: outcome === 'trapped',
    trapEscaped: outcome === 'escaped',
  };
  return ACHIEVEMENTS.filter((a) => earned[a]);
}
