import type { EventChoice } from './actions';
import { payExpense } from './books';
import {
  CAMPAIGN_REQUIRED_DISCOUNT_BP,
  EVENT_TERMS,
  HUNTER_CLAIM_MIN_FEN,
  PRICE_CUT_BP,
} from './eventTerms';
import { CASH_INDEX, PNL_INDEX } from './ledger';
import { levelTables } from './levelCache';
import type { EventKind, Level, StaffRole } from './level';
import { STAFF_ROLES } from './level';
import { BP, mulBp } from './math';
import { rollBp, rollInt } from './rng';
import { drawDeckKind, dueArcSpec } from './eventDeck';
import {
  canOpenDeckKind,
  DECK_CHOICES,
  deckEventFields,
  isDeckKind,
  resolveDeckEvent,
} from './eventKinds';
import type { ListingState, PendingEvent, Shipment, SimState } from './state';
import {
  CONTEST_LEGAL_COST_FEN,
  EXPEDITE_COST_BP,
  REDESIGN_COST_FEN,
  SUPERLATIVE_FINE_FEN,
  TAKEDOWN_DAYS,
} from './tables';

export const EVENT_CHOICES_BY_KIND: Record<EventKind, EventChoice[]> = {
  supplierDelay: ['wait', 'expedite'],
  competitorPriceCut: ['match', 'hold'],
  campaignInvitation: ['join', 'decline'],
  hunterClaim: ['settle', 'contest', 'changeListing'],
  ipComplaint: ['accept', 'contest', 'changeListing'],
  staffResignation: ['replace', 'raise', 'accept'],
  supplierNegotiation: ['volumePrice', 'longerTerms', 'keep'],
  ...DECK_CHOICES,
};

export { CAMPAIGN_REQUIRED_DISCOUNT_BP, EVENT_TERMS, HUNTER_CLAIM_MIN_FEN, PRICE_CUT_BP };

function open(
  state: SimState,
  kind: EventKind,
  listingIndex: number,
  fields: Partial<PendingEvent>,
): void {
  state.pendingEvent = {
    id: state.nextEventId,
    kind,
    day: state.day,
    listingIndex,
    choices: EVENT_CHOICES_BY_KIND[kind],
    amountFen: 0,
    discountBp: 0,
    competitorId: '',
    role: '',
    qty: 0,
    ...fields,
  };
  state.nextEventId += 1;
  state.eventsSeen.push(kind);
  state.lastEventDay = state.day;
}

function paidPriceFen(listing: ListingState): number {
  return listing.priceFen - mulBp(listing.priceFen, listing.discountBp);
}

/** Refund plus three times the price, at least 500 yuan (Consumer Rights Protection Law art. 55). */
export function hunterClaimFen(listing: ListingState, qty: number): number {
  const paid = qty * paidPriceFen(listing);
  return paid + Math.max(3 * paid, HUNTER_CLAIM_MIN_FEN);
}

/** Claims and complaints come from meters that sales fill; other events are seeded chances. */
function tryMeterEvents(state: SimState): boolean {
  for (let i = 0; i < state.listings.length; i++) {
    const listing = state.listings[i] as ListingState;
    if (listing.takedownDays > 0) continue;
    if (listing.ipMeterBp >= listing.ipThresholdBp) {
      open(state, 'ipComplaint', i, { competitorId: listing.copiedFrom ?? '' });
      state.totals.complaints += 1;
      return true;
    }
    if (listing.hunterMeterBp >= BP) {
      const qty = rollInt(state.rng, 2, 6);
      open(state, 'hunterClaim', i, { qty, amountFen: hunterClaimFen(listing, qty) });
      state.totals.hunterClaims += 1;
      return true;
    }
  }
  return false;
}

function festivalAhead(level: Level, day: number): boolean {
  return levelTables(level).festivalAhead[day] ?? false;
}

/** A shipment still on the way that was not delayed yet: a supplier delays a shipment once. */
function delayable(shipment: Shipment, day: number): boolean {
  return shipment.arrivalDay > day && shipment.delayedDays === 0;
}

/** The first listing with goods a delay can still hit. Daily check. */
function listingWithLateShipment(state: SimState, day: number): number {
  for (let i = 0; i < state.listings.length; i++) {
    const inTransit = (state.listings[i] as ListingState).inTransit;
    for (let j = 0; j < inTransit.length; j++) {
      if (delayable(inTransit[j] as Shipment, day)) return i;
    }
  }
  return -1;
}

/** Whether the kind has something to be about at the end of today. */
function canOpen(level: Level, state: SimState, kind: EventKind): boolean {
  if (isDeckKind(kind)) return canOpenDeckKind(level, state, kind);
  switch (kind) {
    case 'campaignInvitation':
      return state.campaignJoined === null && festivalAhead(level, state.day);
    case 'supplierDelay':
      return listingWithLateShipment(state, state.day + 1) >= 0;
    case 'competitorPriceCut':
      return level.market.competitors.length > 0;
    case 'staffResignation':
      return STAFF_ROLES.some((r) => state.staff[r] > 0);
    case 'supplierNegotiation':
      return level.suppliers.length > 0;
    case 'hunterClaim':
    case 'ipComplaint':
      return false;
  }
}

/** Opens an event of a kind that can open today; the RNG picks its particulars. */
function openKind(level: Level, state: SimState, kind: EventKind): void {
  if (isDeckKind(kind)) {
    const fields = deckEventFields(level, state, kind);
    open(state, kind, fields.listingIndex ?? 0, fields);
    return;
  }
  switch (kind) {
    case 'campaignInvitation':
      open(state, kind, 0, { discountBp: CAMPAIGN_REQUIRED_DISCOUNT_BP });
      return;
    case 'supplierDelay': {
      const index = listingWithLateShipment(state, state.day + 1);
      open(state, kind, index, { qty: rollInt(state.eventRng, 4, 10) });
      return;
    }
    case 'competitorPriceCut': {
      const named = level.market.competitors;
      const competitor = named[rollInt(state.eventRng, 0, named.length - 1)];
      if (!competitor) return;
      state.competitorBoostBp[competitor.id] = (state.competitorBoostBp[competitor.id] ?? 0) + 3000;
      boostCompetitor(level, state, competitor.rank);
      state.referencePriceFen = mulBp(state.referencePriceFen, BP - 500);
      for (const listing of state.listings)
        listing.referencePriceFen = mulBp(listing.referencePriceFen, BP - 500);
      open(state, kind, 0, { competitorId: competitor.id, discountBp: PRICE_CUT_BP });
      return;
    }
    case 'staffResignation': {
      const roles = STAFF_ROLES.filter((r) => state.staff[r] > 0);
      const role = roles[rollInt(state.eventRng, 0, roles.length - 1)] as StaffRole;
      open(state, kind, 0, { role, amountFen: level.roles[role].hireCostFen });
      return;
    }
    case 'supplierNegotiation': {
      const supplier = level.suppliers[rollInt(state.eventRng, 0, level.suppliers.length - 1)];
      if (!supplier) return;
      open(state, kind, 0, { competitorId: supplier.id, qty: supplier.moq * 2 });
      return;
    }
    case 'hunterClaim':
    case 'ipComplaint':
      return;
  }
}

/** A price cut lifts a named competitor's sales by a third: its weight moves up the table. */
function boostCompetitor(_level: Level, state: SimState, rank: number): void {
  const index = rank - 1;
  const weight = state.competitorWeights[index];
  if (weight === undefined) return;
  const weights = state.competitorWeights;
  const boosted = mulBp(weight, 13_000);
  // The array stays sorted strongest first: shift the weaker-than-boosted entries down one.
  let at = index;
  while (at > 0 && (weights[at - 1] as number) < boosted) {
    weights[at] = weights[at - 1] as number;
    at -= 1;
  }
  weights[at] = boosted;
}

/**
 * At the end of a day at most one event opens; the next day waits for the player's answer.
 * Claims and complaints come first (the player's own doing), then the arc event due, then the
 * deck's draw (eventDeck.ts).
 */
export function rollEvents(level: Level, state: SimState): void {
  if (state.pendingEvent !== null || state.outcome !== 'running' || state.day >= state.days) return;
  if (tryMeterEvents(state)) return;
  const can = (kind: EventKind) => canOpen(level, state, kind);
  const arc = dueArcSpec(level, state, can);
  if (arc) return openKind(level, state, arc.kind);
  const drawn = drawDeckKind(level, state, can);
  if (drawn) openKind(level, state, drawn);
}

function takedown(state: SimState, listing: ListingState, days: number, points: number): void {
  listing.takedownDays = days;
  listing.sales7 = [0, 0, 0, 0, 0, 0, 0];
  listing.fake7 = [0, 0, 0, 0, 0, 0, 0];
  listing.reviewsGood = 0;
  listing.reviewsBad = 0;
  listing.fakeReviews = 0;
  listing.weight = 0;
  listing.streak = 0;
  listing.plan = null;
  listing.ipMeterBp = 0;
  state.points += points;
  state.totals.penalties += points > 0 ? 1 : 0;
}

/** Applies the player's answer to the open event. The caller has checked the choice is offered. */
export function resolveEvent(level: Level, state: SimState, choice: EventChoice): void {
  const event = state.pendingEvent as PendingEvent;
  const listing = state.listings[event.listingIndex] as ListingState;
  state.pendingEvent = null;
  if (isDeckKind(event.kind)) return resolveDeckEvent(level, state, event, event.kind, choice);
  switch (event.kind) {
    case 'supplierDelay': {
      const shipment = listing.inTransit.find((s) => delayable(s, state.day + 1));
      if (!shipment) return;
      shipment.delayedDays = Math.max(1, event.qty);
      if (choice === 'expedite') {
        payExpense(
          state,
          PNL_INDEX.shipping,
          CASH_INDEX.shipping,
          mulBp(shipment.qty * shipment.unitCostFen, EXPEDITE_COST_BP),
        );
      } else shipment.arrivalDay += event.qty;
      return;
    }
    case 'competitorPriceCut':
      if (choice === 'match') {
        for (const l of state.listings)
          l.priceFen = Math.max(100, mulBp(l.priceFen, BP - event.discountBp));
      }
      return;
    case 'campaignInvitation':
      state.campaignJoined = choice === 'join';
      state.campaignDiscountBp = choice === 'join' ? event.discountBp : 0;
      return;
    case 'hunterClaim':
      listing.hunterMeterBp = 0;
      if (choice === 'settle' || choice === 'changeListing') {
        payExpense(state, PNL_INDEX.finesAndClaims, CASH_INDEX.finesAndClaims, event.amountFen);
        if (choice === 'changeListing') {
          listing.superlativeClaim = false;
          listing.materialClaim = false;
        }
        return;
      }
      // Exaggerated claims rarely survive a court: one time in four the seller wins.
      payExpense(
        state,
        PNL_INDEX.finesAndClaims,
        CASH_INDEX.finesAndClaims,
        CONTEST_LEGAL_COST_FEN,
      );
      if (rollBp(state.rng, EVENT_TERMS.hunterContestWinBp)) return;
      payExpense(
        state,
        PNL_INDEX.finesAndClaims,
        CASH_INDEX.finesAndClaims,
        event.amountFen + (listing.superlativeClaim ? SUPERLATIVE_FINE_FEN : 0),
      );
      return;
    case 'ipComplaint':
      listing.ipMeterBp = 0;
      listing.ipThresholdBp = rollInt(state.rng, 6_000, 14_000);
      if (choice === 'accept')
        return takedown(state, listing, TAKEDOWN_DAYS, EVENT_TERMS.ipAcceptPoints);
      if (choice === 'changeListing') {
        payExpense(state, PNL_INDEX.finesAndClaims, CASH_INDEX.finesAndClaims, REDESIGN_COST_FEN);
        listing.similarityBp = Math.min(listing.similarityBp, 5000);
        listing.differentiationBp = Math.max(listing.differentiationBp, 5000);
        listing.takedownDays = 3;
        return;
      }
      payExpense(
        state,
        PNL_INDEX.finesAndClaims,
        CASH_INDEX.finesAndClaims,
        CONTEST_LEGAL_COST_FEN,
      );
      if (rollBp(state.rng, BP - listing.similarityBp)) return;
      return takedown(state, listing, TAKEDOWN_DAYS, EVENT_TERMS.ipContestLostPoints);
    case 'staffResignation': {
      const role = event.role as StaffRole;
      if (choice === 'replace')
        payExpense(state, PNL_INDEX.staff, CASH_INDEX.staff, event.amountFen);
      else if (choice === 'raise')
        state.wagesFen[role] = mulBp(state.wagesFen[role], EVENT_TERMS.raiseBp);
      else state.staff[role] = Math.max(0, state.staff[role] - 1);
      return;
    }
    case 'supplierNegotiation': {
      const id = event.competitorId;
      if (choice === 'volumePrice') {
        state.supplierCostBp[id] = EVENT_TERMS.volumePriceCostBp;
        state.supplierMoqBp[id] = EVENT_TERMS.volumePriceMoqBp;
      } else if (choice === 'longerTerms') {
        state.supplierExtraNetDays[id] = EVENT_TERMS.longerTermsExtraDays;
        state.supplierCostBp[id] = EVENT_TERMS.longerTermsCostBp;
      }
      return;
    }
  }
}
