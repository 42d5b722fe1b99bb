import type { Level } from '../sim/level';
import { childPath, type LevelError } from './errors';
import { actionRefs, type RefKind } from './parseAction';

type Add = (path: string, message: string) => void;

/** Collects the ids of a list, flagging each repeat at the later entry. */
function uniqueIds(items: readonly { id: string }[], listPath: string, kind: RefKind, add: Add) {
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = firstAt.get(item.id);
    if (earlier === undefined) firstAt.set(item.id, i);
    else {
      add(
        childPath(childPath(listPath, i), 'id'),
        `The ${kind} id "${item.id}" is already used by ${childPath(listPath, earlier)}`,
      );
    }
  });
  return new Set(firstAt.keys());
}

function noRepeats(values: readonly string[], listPath: string, add: Add): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) add(childPath(listPath, i), `"${value}" is listed more than once`);
    seen.add(value);
  });
}

const METER_KINDS: readonly string[] = ['hunterClaim', 'ipComplaint'];

/**
 * The deck must be dealable as written: windows inside the stage, each kind listed once, meter
 * kinds with a meter, drawn kinds with a weight, and room for the most draws at the stated gap.
 */
function checkEvents(level: Level, inStage: (day: number, path: string) => void, add: Add): void {
  noRepeats(
    level.events.map((e) => e.kind),
    '$.events',
    add,
  );
  level.events.forEach((event, i) => {
    const at = `$.events[${i}]`;
    inStage(event.fromDay, `${at}.fromDay`);
    inStage(event.toDay, `${at}.toDay`);
    if (event.fromDay > event.toDay)
      add(at, `The window starts on day ${event.fromDay}, after its toDay ${event.toDay}`);
    if (event.atDay !== 0 && (event.atDay < event.fromDay || event.atDay > event.toDay))
      add(`${at}.atDay`, `Day ${event.atDay} is outside the event's window`);
    if (METER_KINDS.includes(event.kind) && event.meterBp === 0)
      add(`${at}.meterBp`, `A ${event.kind} opens from its meter and needs a meterBp above 0`);
  });
  const deck = level.eventDeck;
  const at = '$.eventDeck';
  inStage(deck.fromDay, `${at}.fromDay`);
  inStage(deck.toDay, `${at}.toDay`);
  if (deck.minDrawn > deck.maxDrawn)
    add(`${at}.minDrawn`, `minDrawn ${deck.minDrawn} is above maxDrawn ${deck.maxDrawn}`);
  const span = deck.toDay - deck.fromDay + 1;
  if (deck.maxDrawn > 0 && Math.floor(span / deck.maxDrawn) < Math.max(1, deck.minGapDays)) {
    add(
      at,
      `${deck.maxDrawn} draws ${deck.minGapDays} days apart do not fit between day ${deck.fromDay} and day ${deck.toDay}`,
    );
  }
}

/**
 * Cross-field checks that a schema cannot express: ids resolve, ids and ranks are unique, days fall
 * inside the stage, tiers are ordered and the default plan only uses what the level enables.
 * Runs on schema-valid data only, so it can rely on every field being present and typed.
 */
export function checkReferences(level: Level): LevelError[] {
  const errors: LevelError[] = [];
  const add: Add = (path, message) => errors.push({ path, message });
  const { market } = level;

  const ids: Record<RefKind, Set<string>> = {
    listing: uniqueIds(level.listings, '$.listings', 'listing', add),
    supplier: uniqueIds(level.suppliers, '$.suppliers', 'supplier', add),
    competitor: uniqueIds(market.competitors, '$.market.competitors', 'competitor', add),
    material: uniqueIds(market.materials, '$.market.materials', 'material', add),
    style: uniqueIds(market.styles, '$.market.styles', 'style', add),
  };
  const requireRef = (kind: RefKind, id: string, path: string) => {
    if (!ids[kind].has(id)) add(path, `No ${kind} in this level has the id "${id}"`);
  };
  const inStage = (day: number, path: string) => {
    if (day > level.days) add(path, `Day ${day} is after the last day of the stage, ${level.days}`);
  };

  level.listings.forEach((listing, i) => {
    const at = `$.listings[${i}]`;
    requireRef('supplier', listing.supplierId, `${at}.supplierId`);
    requireRef('material', listing.materialId, `${at}.materialId`);
    requireRef('style', listing.styleId, `${at}.styleId`);
  });

  level.suppliers.forEach((supplier, i) => {
    const at = `$.suppliers[${i}]`;
    const first = supplier.tiers[0];
    if (first !== undefined && first.minQty > supplier.moq) {
      add(
        `${at}.tiers[0].minQty`,
        `The first tier starts at ${first.minQty}, above the moq ${supplier.moq}, so a minimum order would have no price`,
      );
    }
    supplier.tiers.forEach((tier, t) => {
      const previous = supplier.tiers[t - 1];
      if (previous !== undefined && tier.minQty <= previous.minQty) {
        add(
          `${at}.tiers[${t}].minQty`,
          `Tiers must be sorted by ascending minQty, but ${tier.minQty} does not exceed the previous ${previous.minQty}`,
        );
      }
    });
  });

  const rankAt = new Map<number, number>();
  market.competitors.forEach((competitor, i) => {
    const at = `$.market.competitors[${i}].rank`;
    const holder = rankAt.get(competitor.rank);
    if (holder !== undefined) {
      add(at, `Rank ${competitor.rank} is already held by $.market.competitors[${holder}]`);
    } else rankAt.set(competitor.rank, i);
    if (competitor.rank > market.listingCount) {
      add(at, `Rank ${competitor.rank} is beyond the market's listingCount ${market.listingCount}`);
    }
  });

  market.searchTrend.forEach((point, i) => {
    inStage(point.day, `$.market.searchTrend[${i}].day`);
    const previous = market.searchTrend[i - 1];
    if (previous !== undefined && point.day <= previous.day) {
      add(
        `$.market.searchTrend[${i}].day`,
        `Trend points must be in ascending day order, but day ${point.day} follows day ${previous.day}`,
      );
    }
  });

  level.calendar.forEach((span, i) => {
    inStage(span.fromDay, `$.calendar[${i}].fromDay`);
    inStage(span.toDay, `$.calendar[${i}].toDay`);
    if (span.fromDay > span.toDay) {
      add(
        `$.calendar[${i}]`,
        `The span starts on day ${span.fromDay}, after its toDay ${span.toDay}`,
      );
    }
  });

  checkEvents(level, inStage, add);
  noRepeats(level.enabledActions, '$.enabledActions', add);
  noRepeats(level.stars, '$.stars', add);

  const enabled = new Set<string>(level.enabledActions);
  level.defaultPlan.forEach((step, i) => {
    const at = `$.defaultPlan[${i}]`;
    inStage(step.day, `${at}.day`);
    const previous = level.defaultPlan[i - 1];
    if (previous !== undefined && step.day < previous.day) {
      add(
        `${at}.day`,
        `Plan steps must be in day order, but day ${step.day} follows day ${previous.day}`,
      );
    }
    const { type } = step.action;
    if (type === 'advanceDay') {
      add(
        `${at}.action.type`,
        'advanceDay cannot appear in a plan, because each step already names its day',
      );
    } else if (type !== 'respondEvent' && !enabled.has(type)) {
      add(`${at}.action.type`, `${type} is not in this level's enabledActions`);
    }
    for (const ref of actionRefs(step.action)) {
      requireRef(ref.refersTo, ref.id, `${at}.action.${ref.field}`);
    }
  });

  return errors;
}
