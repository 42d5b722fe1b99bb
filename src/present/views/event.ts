import type {
  AdPushQuote,
  CampaignQuote,
  DefectQuote,
  PreheatQuote,
  ReturnWaveQuote,
  ReviewWaveQuote,
  ServiceSurgeQuote,
  StockUpQuote,
  EventChoice,
  EventKind,
  LocalText,
  StaffRole,
  SupplierTermsQuote,
} from '../../sim';
import {
  campaignQuote,
  defectQuote,
  preheatQuote,
  returnWaveQuote,
  reviewWaveQuote,
  rivalPushQuote,
  serviceSurgeQuote,
  stockUpQuote,
  supplierTermsQuote,
} from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

/** The open event with the figures its texts need; the consequences themselves are sim rules. */
export interface EventView {
  id: number;
  kind: EventKind;
  /** The day whose end the event opened at; the answer takes effect from `answerDay`. */
  day: number;
  /** The day the answer is logged under and counts from: the next day to be played. */
  answerDay: number;
  choices: EventChoice[];
  amountFen: number;
  discountBp: number;
  qty: number;
  role: StaffRole | '';
  /** The named competitor or supplier the event is about; null when it names nobody. */
  party: LocalText | null;
  listingName: LocalText | null;
  /** The listing's price as it stands, for sentences about a price cut or a claim. */
  priceFen: number;
  /** Per-order figures of a festival campaign invitation, joined against declined. */
  campaign: CampaignQuote | null;
  /** A supplier's terms now and under each of its offers. */
  supplierTerms: SupplierTermsQuote | null;
  /** The listing names by index, for quotes that list every listing. */
  listingNames: LocalText[];
  /** The figures of the deck's kinds (src/sim/eventQuotes.ts): the same the rules book. */
  reviewWave: ReviewWaveQuote | null;
  surge: ServiceSurgeQuote | null;
  push: AdPushQuote | null;
  defect: DefectQuote | null;
  stockUp: StockUpQuote | null;
  preheat: PreheatQuote | null;
  returnWave: ReturnWaveQuote | null;
}

export function eventView(state: GameState): EventView | null {
  const active = activeRun(state);
  const event = active?.sim.pendingEvent;
  if (!active || !event) return null;
  const { level, sim } = active;
  const id = event.competitorId;
  const party =
    id === ''
      ? null
      : (level.market.competitors.find((c) => c.id === id)?.name ??
        level.suppliers.find((s) => s.id === id)?.name ??
        null);
  const listing = sim.listings[event.listingIndex];
  return {
    id: event.id,
    kind: event.kind,
    day: event.day,
    answerDay: event.day + 1,
    choices: [...event.choices],
    amountFen: event.amountFen,
    discountBp: event.discountBp,
    qty: event.qty,
    role: event.role,
    party,
    listingName: listing?.name ?? null,
    priceFen: listing?.priceFen ?? 0,
    campaign: event.kind === 'campaignInvitation' ? campaignQuote(level, sim) : null,
    supplierTerms: event.kind === 'supplierNegotiation' ? supplierTermsQuote(level, sim, id) : null,
    listingNames: sim.listings.map((l) => l.name),
    reviewWave:
      event.kind === 'badReviewWave' && listing ? reviewWaveQuote(listing, event.qty) : null,
    surge: event.kind === 'serviceSurge' ? serviceSurgeQuote(level, sim) : null,
    push: event.kind === 'rivalExposed' ? rivalPushQuote(level, sim) : null,
    defect: event.kind === 'qualityDefect' && listing ? defectQuote(level, listing) : null,
    stockUp: event.kind === 'festivalStockUp' ? stockUpQuote(level, sim) : null,
    preheat: event.kind === 'festivalPreheat' ? preheatQuote(level, sim) : null,
    returnWave: event.kind === 'festivalReturns' ? returnWaveQuote(level, sim) : null,
  };
}
