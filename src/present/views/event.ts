import type {
  CampaignQuote,
  EventChoice,
  EventKind,
  LocalText,
  StaffRole,
  SupplierTermsQuote,
} from '../../sim';
import { campaignQuote, supplierTermsQuote } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { activeRun } from './common';

/** The open event with the figures its texts need; the consequences themselves are sim rules. */
export interface EventView {
  id: number;
  kind: EventKind;
  day: number;
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
  };
}
