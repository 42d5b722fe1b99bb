import { describe, expect, it } from 'vitest';
import {
  applyActionInPlace,
  campaignQuote,
  createState,
  DEFAULT_CHOICE,
  defectQuote,
  EVENT_KINDS,
  pnlTotal,
  preheatQuote,
  QUIET_LAST_DAYS,
  returnWaveQuote,
  reviewWaveQuote,
  rivalPushQuote,
  runStage,
  serviceSurgeQuote,
  stockUpQuote,
  STAGE_IDS,
  type EventChoice,
  type EventKind,
  type Level,
  type PnlLine,
  type SimState,
  type StageId,
} from '../../src/sim';
import { fresh, loadLevel, onlyEvent, play, tweakLevel } from './levels';

const METER_KINDS: readonly EventKind[] = ['hunterClaim', 'ipComplaint'];

/** Every event a run met, with the day-end it opened at, in order. */
function eventsOf(level: Level, seed: number): { kind: EventKind; day: number }[] {
  const run = runStage(level, seed, level.defaultPlan);
  if (!run.ok) throw new Error(`default plan failed: ${run.error}`);
  const state = createState(level, seed);
  const seen: { kind: EventKind; day: number }[] = [];
  for (const action of run.log) {
    applyActionInPlace(level, state, action);
    if (action.type === 'advanceDay' && state.pendingEvent)
      seen.push({ kind: state.pendingEvent.kind, day: state.pendingEvent.day });
  }
  return seen;
}

describe('the event deck', () => {
  it('deals 5–8 events in every stage for seeds 1–200, spread out, never in the last days', () => {
    const kindsInGame = new Set<EventKind>();
    for (const stage of STAGE_IDS) {
      const level = loadLevel(stage);
      const maxCount = new Map(level.events.map((e) => [e.kind, e.maxCount]));
      for (let seed = 1; seed <= 200; seed++) {
        const deck = eventsOf(level, seed).filter((e) => !METER_KINDS.includes(e.kind));
        const where = `${stage} seed ${seed}: ${deck.map((e) => `${e.kind}@${e.day}`).join(' ')}`;
        expect(deck.length, where).toBeGreaterThanOrEqual(5);
        expect(deck.length, where).toBeLessThanOrEqual(8);
        for (let i = 0; i < deck.length; i++) {
          const event = deck[i]!;
          kindsInGame.add(event.kind);
          expect(event.day, where).toBeLessThanOrEqual(level.days - QUIET_LAST_DAYS);
          if (i > 0) expect(event.day - deck[i - 1]!.day, where).toBeGreaterThanOrEqual(3);
        }
        for (const [kind, most] of maxCount) {
          expect(deck.filter((e) => e.kind === kind).length, where).toBeLessThanOrEqual(most);
        }
      }
    }
    expect(kindsInGame.size).toBeGreaterThanOrEqual(8);
  });

  it('lists each kind only where its stage has the mechanics for it', () => {
    const kinds = (id: StageId) => loadLevel(id).events.map((e) => e.kind);
    expect(kinds('traffic')).not.toContain('supplierDelay');
    expect(kinds('traffic')).not.toContain('qualityDefect');
    expect(kinds('market')).not.toContain('staffResignation');
    for (const arc of ['festivalStockUp', 'festivalPreheat', 'festivalReturns'] as const) {
      for (const id of STAGE_IDS) expect(kinds(id).includes(arc)).toBe(id === 'comprehensive');
    }
    // Every kind the sim knows is dealt somewhere.
    const all = new Set(STAGE_IDS.flatMap(kinds));
    for (const kind of EVENT_KINDS) expect(all.has(kind), kind).toBe(true);
  });

  it('draws the same deck for the same seed, and another for another seed', () => {
    const level = loadLevel('traffic');
    expect(eventsOf(level, 5)).toEqual(eventsOf(level, 5));
    const decks = new Set([1, 2, 3, 4, 5, 6].map((s) => JSON.stringify(eventsOf(level, s))));
    expect(decks.size).toBeGreaterThan(1);
  });
});

/** Plays the default plan day by day until an event of `kind` opens; fails if none does. */
function untilOpen(level: Level, kind: EventKind, seed = 1): SimState {
  let state = fresh(level, seed);
  const plan = level.defaultPlan;
  while (state.outcome === 'running') {
    const day = state.day + 1;
    for (const step of plan) if (step.day === day) state = play(level, state, [step.action]);
    state = play(level, state, [{ type: 'advanceDay' }]);
    const open = state.pendingEvent;
    if (open?.kind === kind) return state;
    if (open)
      state = play(level, state, [{ type: 'respondEvent', choice: DEFAULT_CHOICE[open.kind] }]);
  }
  throw new Error(`no ${kind} opened`);
}

interface Booked {
  kind: EventKind;
  choice: EventChoice;
  level: () => Level;
  line: PnlLine;
  quoteFen: (level: Level, state: SimState) => number;
}

const single = (stage: StageId, kind: EventKind, day: number) => () =>
  tweakLevel(stage, (l) => onlyEvent(l, kind, day));

const BOOKED: Booked[] = [
  {
    kind: 'badReviewWave',
    choice: 'compensate',
    level: single('traffic', 'badReviewWave', 12),
    line: 'refunds',
    quoteFen: (_l, s) =>
      reviewWaveQuote(s.listings[s.pendingEvent!.listingIndex]!, s.pendingEvent!.qty).compensateFen,
  },
  {
    kind: 'serviceSurge',
    choice: 'hireTemp',
    level: single('traffic', 'serviceSurge', 12),
    line: 'staff',
    quoteFen: (l, s) => serviceSurgeQuote(l, s).tempCostFen,
  },
  {
    kind: 'rivalExposed',
    choice: 'advertise',
    level: single('market', 'rivalExposed', 12),
    line: 'ads',
    quoteFen: (l, s) => rivalPushQuote(l, s).feeFen,
  },
  {
    kind: 'qualityDefect',
    choice: 'rework',
    level: single('product', 'qualityDefect', 12),
    line: 'cogs',
    quoteFen: (l, s) => defectQuote(l, s.listings[s.pendingEvent!.listingIndex]!).reworkFen,
  },
  {
    kind: 'festivalPreheat',
    choice: 'adPush',
    level: () => loadLevel('comprehensive'),
    line: 'ads',
    quoteFen: (l, s) => preheatQuote(l, s).adPushFeeFen,
  },
  {
    kind: 'festivalReturns',
    choice: 'inspect',
    level: () => loadLevel('comprehensive'),
    line: 'insuranceAndReturns',
    quoteFen: (l, s) => returnWaveQuote(l, s).inspectFen,
  },
];

describe('an event quotes what the ledger then books', () => {
  for (const c of BOOKED) {
    it(`${c.kind}: ${c.choice} books the quoted amount on ${c.line} and in cash`, () => {
      const level = c.level();
      const opened = untilOpen(level, c.kind);
      const quoted = c.quoteFen(level, opened);
      expect(quoted).toBeGreaterThan(0);
      const answered = play(level, opened, [{ type: 'respondEvent', choice: c.choice }]);
      expect(pnlTotal(answered.ledger, c.line) - pnlTotal(opened.ledger, c.line)).toBe(-quoted);
      expect(answered.cashFen - opened.cashFen).toBe(-quoted);
    });
  }

  it('festivalStockUp: stockUp pays the quoted deposits and puts the quoted orders in transit', () => {
    const level = loadLevel('comprehensive');
    const opened = untilOpen(level, 'festivalStockUp');
    const quote = stockUpQuote(level, opened);
    expect(quote.lines.length).toBe(level.listings.length);
    const answered = play(level, opened, [{ type: 'respondEvent', choice: 'stockUp' }]);
    expect(answered.cashFen - opened.cashFen).toBe(-quote.depositFen);
    for (const line of quote.lines.filter((l) => l.affordable)) {
      const shipment = answered.listings[line.listingIndex]!.inTransit.at(-1)!;
      expect(shipment).toMatchObject({ qty: line.qty, arrivalDay: line.purchase.arrivalDay });
      // The quote's point: the goods arrive before the festival.
      expect(line.purchase.arrivalDay).toBeLessThan(quote.festivalDay);
    }
  });

  it('the invitation quotes every listing, not only the first', () => {
    const level = loadLevel('comprehensive');
    const opened = untilOpen(level, 'campaignInvitation');
    expect(opened.pendingEvent!.day).toBeLessThan(30);
    const quote = campaignQuote(level, opened)!;
    expect(quote.listings.map((l) => l.listingIndex)).toEqual([0, 1, 2]);
    for (const l of quote.listings) expect(l.joined.marginFen).toBeLessThan(l.declined.marginFen);
  });

  it('each new choice is a trade-off: the other choice costs nothing now but changes the days after', () => {
    const level = single('traffic', 'badReviewWave', 12)();
    const opened = untilOpen(level, 'badReviewWave');
    const listing = opened.pendingEvent!.listingIndex;
    const ignored = play(level, opened, [{ type: 'respondEvent', choice: 'ignore' }]);
    expect(ignored.cashFen).toBe(opened.cashFen);
    expect(ignored.listings[listing]!.reviewsBad).toBe(
      opened.listings[listing]!.reviewsBad + opened.pendingEvent!.qty,
    );
  });
});
