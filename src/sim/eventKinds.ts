/**
 * The deck's newer kinds (issue 13) and the Double 11 arc: when each can open, what it opens
 * with, and what each answer does. Every amount booked here comes from `eventQuotes.ts`.
 */
import type { EventChoice } from './actions';
import { payExpense } from './books';
import {
  DECK_TERMS,
  defectQuote,
  festivalBatches,
  preheatQuote,
  returnWaveQuote,
  reviewWaveQuote,
  rivalPushQuote,
  serviceSurgeQuote,
  stockUpQuote,
} from './eventQuotes';
import { CASH_INDEX, PNL_INDEX } from './ledger';
import type { EventKind, Level } from './level';
import { levelTables } from './levelCache';
import { BP, mulBp } from './math';
import { rollInt } from './rng';
import type { ListingState, PendingEvent, SimState } from './state';
import { placeOrder } from './supply';

export type DeckKind =
  | 'badReviewWave'
  | 'serviceSurge'
  | 'rivalExposed'
  | 'qualityDefect'
  | 'festivalStockUp'
  | 'festivalPreheat'
  | 'festivalReturns';

export const DECK_CHOICES: Record<DeckKind, EventChoice[]> = {
  badReviewWave: ['compensate', 'ignore'],
  serviceSurge: ['hireTemp', 'letSlide'],
  rivalExposed: ['advertise', 'hold'],
  qualityDefect: ['rework', 'ship'],
  festivalStockUp: ['stockUp', 'skip'],
  festivalPreheat: ['presale', 'adPush', 'skip'],
  festivalReturns: ['inspect', 'asIs'],
};

export function isDeckKind(kind: EventKind): kind is DeckKind {
  return Object.hasOwn(DECK_CHOICES, kind);
}

/** The listing with the most of `pick`, among listings on sale; -1 when none has any. */
function busiest(state: SimState, pick: (listing: ListingState) => number): number {
  let best = -1;
  let bestValue = 0;
  state.listings.forEach((listing, i) => {
    const value = listing.takedownDays > 0 ? 0 : pick(listing);
    if (value > bestValue) {
      best = i;
      bestValue = value;
    }
  });
  return best;
}

/** Real orders of the last seven days: fake orders never write a complaint. */
function weekSales(listing: ListingState): number {
  let total = 0;
  for (let i = 0; i < 7; i++) total += (listing.sales7[i] ?? 0) - (listing.fake7[i] ?? 0);
  return total;
}

const REVIEW_WAVE_MIN_SALES = 20;
const DEFECT_MIN_UNITS = 50;

function festivalAhead(level: Level, day: number): boolean {
  return levelTables(level).festivalAhead[day] ?? false;
}

/** Whether the kind has something to be about today; a kind that cannot open is not drawn. */
export function canOpenDeckKind(level: Level, state: SimState, kind: DeckKind): boolean {
  switch (kind) {
    case 'badReviewWave':
      return busiest(state, (l) => (weekSales(l) >= REVIEW_WAVE_MIN_SALES ? weekSales(l) : 0)) >= 0;
    case 'serviceSurge':
      return state.eventEffects.surgeUntilDay <= state.day && (state.today?.chats ?? 0) > 0;
    case 'rivalExposed':
      return level.market.competitors.length > 0 && state.eventEffects.trafficUntilDay <= state.day;
    case 'qualityDefect':
      return busiest(state, (l) => (l.onHand >= DEFECT_MIN_UNITS ? l.onHand : 0)) >= 0;
    case 'festivalStockUp':
      return festivalAhead(level, state.day) && stockUpQuote(level, state).lines.length > 0;
    case 'festivalPreheat':
      return festivalAhead(level, state.day);
    case 'festivalReturns':
      return festivalBatches(level, state).length > 0;
  }
}

/** The fields a new event of the kind opens with; may draw from the RNG. */
export function deckEventFields(
  level: Level,
  state: SimState,
  kind: DeckKind,
): Partial<PendingEvent> {
  switch (kind) {
    case 'badReviewWave': {
      const listingIndex = busiest(state, (l) =>
        weekSales(l) >= REVIEW_WAVE_MIN_SALES ? weekSales(l) : 0,
      );
      const listing = state.listings[listingIndex] as ListingState;
      const qty = Math.max(3, Math.min(20, Math.floor(weekSales(listing) / 40)));
      const reviews = rollInt(state.eventRng, Math.ceil(qty / 2), qty);
      return {
        listingIndex,
        qty: reviews,
        amountFen: reviewWaveQuote(listing, reviews).compensateFen,
      };
    }
    case 'serviceSurge':
      return { amountFen: serviceSurgeQuote(level, state).tempCostFen };
    case 'rivalExposed': {
      const named = level.market.competitors;
      const rival = named[rollInt(state.eventRng, 0, named.length - 1)];
      if (rival) demoteCompetitor(state, rival.rank);
      return { competitorId: rival?.id ?? '', amountFen: rivalPushQuote(level, state).feeFen };
    }
    case 'qualityDefect': {
      const listingIndex = busiest(state, (l) => (l.onHand >= DEFECT_MIN_UNITS ? l.onHand : 0));
      const listing = state.listings[listingIndex] as ListingState;
      const quote = defectQuote(level, listing);
      return {
        listingIndex,
        competitorId: listing.supplierId,
        qty: quote.units,
        amountFen: quote.reworkFen,
      };
    }
    case 'festivalStockUp':
      return { amountFen: stockUpQuote(level, state).depositFen };
    case 'festivalPreheat': {
      const choices: EventChoice[] =
        state.campaignJoined === true ? DECK_CHOICES.festivalPreheat : ['adPush', 'skip'];
      return { choices, amountFen: preheatQuote(level, state).adPushFeeFen };
    }
    case 'festivalReturns': {
      const quote = returnWaveQuote(level, state);
      return { qty: quote.units, amountFen: quote.inspectFen };
    }
  }
}

/** A caught rival loses half its search weight: its place in the table drops accordingly. */
function demoteCompetitor(state: SimState, rank: number): void {
  const weights = state.competitorWeights;
  const index = rank - 1;
  const weight = weights[index];
  if (weight === undefined) return;
  const lowered = mulBp(weight, BP - DECK_TERMS.rivalDropBp);
  // The array stays sorted strongest first: move the stronger-than-lowered entries up one.
  let at = index;
  while (at < weights.length - 1 && (weights[at + 1] as number) > lowered) {
    weights[at] = weights[at + 1] as number;
    at += 1;
  }
  weights[at] = lowered;
}

/** Applies an answer to one of the deck's kinds; the caller has checked the choice is offered. */
export function resolveDeckEvent(
  level: Level,
  state: SimState,
  event: PendingEvent,
  kind: DeckKind,
  choice: EventChoice,
): void {
  const listing = state.listings[event.listingIndex] as ListingState;
  const effects = state.eventEffects;
  // The day the answer takes effect: the event opened at the end of `state.day`.
  const firstDay = state.day + 1;
  switch (kind) {
    case 'badReviewWave':
      if (choice === 'compensate') {
        const fen = reviewWaveQuote(listing, event.qty).compensateFen;
        payExpense(state, PNL_INDEX.refunds, CASH_INDEX.refundsAfterSettlement, fen);
      } else listing.reviewsBad += event.qty;
      return;
    case 'serviceSurge': {
      const quote = serviceSurgeQuote(level, state);
      effects.chatSurgeBp = DECK_TERMS.chatSurgeBp;
      effects.surgeUntilDay = firstDay + DECK_TERMS.surgeDays - 1;
      effects.tempAgents = 0;
      if (choice === 'hireTemp') {
        effects.tempAgents = quote.tempAgents;
        payExpense(state, PNL_INDEX.staff, CASH_INDEX.staff, quote.tempCostFen);
      }
      return;
    }
    case 'rivalExposed':
      if (choice === 'advertise') {
        const quote = rivalPushQuote(level, state);
        effects.trafficBoostBp = DECK_TERMS.pushTrafficBp;
        effects.trafficUntilDay = firstDay + DECK_TERMS.pushDays - 1;
        payExpense(state, PNL_INDEX.ads, CASH_INDEX.ads, quote.feeFen);
      }
      return;
    case 'qualityDefect':
      if (choice === 'rework') {
        const fen = defectQuote(level, listing).reworkFen;
        payExpense(state, PNL_INDEX.cogs, CASH_INDEX.supplierPayments, fen);
      } else listing.defectBp = Math.min(BP, listing.defectBp + DECK_TERMS.defectExtraBp);
      return;
    case 'festivalStockUp':
      if (choice !== 'stockUp') return;
      for (const line of stockUpQuote(level, state).lines) {
        const supplier = levelTables(level).suppliers.get(line.supplierId);
        const target = state.listings[line.listingIndex];
        if (!line.affordable || !supplier || !target) continue;
        placeOrder(state, target, supplier, line.qty, line.purchase);
      }
      return;
    case 'festivalPreheat': {
      const quote = preheatQuote(level, state);
      if (choice === 'presale') {
        effects.festivalSearchBp = quote.presaleSearchBp;
        effects.presaleDiscountBp = quote.presaleDiscountBp;
      } else if (choice === 'adPush') {
        effects.festivalSearchBp = quote.adPushSearchBp;
        payExpense(state, PNL_INDEX.ads, CASH_INDEX.ads, quote.adPushFeeFen);
      }
      return;
    }
    case 'festivalReturns':
      if (choice !== 'inspect') return;
      payExpense(
        state,
        PNL_INDEX.insuranceAndReturns,
        CASH_INDEX.insuranceAndReturns,
        returnWaveQuote(level, state).inspectFen,
      );
      for (const batch of festivalBatches(level, state))
        batch.resellableBp = DECK_TERMS.inspectResellableBp;
      return;
  }
}
