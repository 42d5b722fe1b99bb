/**
 * The student's side of a class-market round: the brief's seal over the shop's own state, the
 * refusals of an old, edited, stale or other-class link, what the browser remembers per class,
 * and a round played in the game's store handing in exactly what the clearing replays.
 */
import { describe, expect, it } from 'vitest';
import {
  CLASS_ROUNDS_KEY,
  classRoundOf,
  noteClassRound,
  readClassRounds,
} from '../../src/platform/classRounds';
import { clearClassFromLinks, roundOneBriefs } from '../../src/share/roundClass';
import { decodeBriefLink, decodeHandInLink } from '../../src/share/roundLinks';
import { ROUND_MESSAGES } from '../../src/share/roundReasons';
import { briefGame, handInFor, readStudentLink, refuseBrief } from '../../src/share/roundStudent';
import { playHandIn } from '../../src/sim/classMarketPlay';
import { firstCarry, firstMarket, roundLevel, roundSeed } from '../../src/sim/classMarketLevel';
import { createGameStore } from '../../src/store/gameStore';
import { finishedRoundLog, openClassRound, playClassRound } from '../../src/store/classRound';
import { savedCampaign } from '../../src/store/savedCampaign';
import { briefWithMoreCash, versionOneBrief } from '../fixtures/briefBytes';
import { SCENARIO_SPEC, scenarioLinks } from '../fixtures/roundScenario';
import { loadLevel } from './levels';
import { FakeStorage } from './saveFakes';

const base = loadLevel('comprehensive');
const spec = SCENARIO_SPEC;
const roundOne = roundOneBriefs(spec, base);
const { classLink, handIns } = scenarioLinks(base);
const cleared = clearClassFromLinks(classLink, handIns[0] ?? [], base);
if (!cleared.ok) throw new Error(cleared.reason);
const roundTwo = cleared.clearing.nextBriefs;

function brief(link: string | undefined) {
  const decoded = decodeBriefLink(link ?? '', base);
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.link;
}

describe('the brief hash covers the shop', () => {
  it('refuses a brief whose cash was raised with its checksum redone, with its own sentence', () => {
    const tampered = briefWithMoreCash(roundTwo[0] ?? '', base, 1_000);
    const decoded = decodeBriefLink(tampered, base);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.reason).toBe('brief_tampered');
    expect(decoded.message).toEqual(ROUND_MESSAGES.brief_tampered);
    expect(decoded.message.zh).toMatch(/封记/);
  });

  it('refuses a version-1 brief as an old one, not as damaged', () => {
    const old = decodeBriefLink(versionOneBrief(roundOne[0] ?? ''), base);
    expect(old.ok ? 'read' : old.reason).toBe('old_brief');
  });

  it('reads its own brief back with the class figures of the last round', () => {
    const second = brief(roundTwo[1]);
    expect(second.market.round).toBe(2);
    const figures = second.lastRound?.market;
    expect(figures?.orders).toBe(
      cleared.ok ? cleared.clearing.results[0]?.standings.reduce((n, s) => n + s.orders, 0) : -1,
    );
    expect(figures && figures.priceLowFen <= figures.priceMedianFen).toBe(true);
    expect(figures && figures.priceMedianFen <= figures.priceHighFen).toBe(true);
  });
});

describe('the student page refuses stale and other-class links', () => {
  it('refuses a brief older than a round already seen or handed in, and no other', () => {
    const first = brief(roundOne[0]);
    expect(refuseBrief(first, null)).toBeNull();
    expect(refuseBrief(first, { seen: 1, handedIn: 1 })).toBeNull();
    expect(refuseBrief(first, { seen: 2, handedIn: 0 })?.reason).toBe('stale_brief');
    expect(refuseBrief(first, { seen: 1, handedIn: 2 })?.reason).toBe('stale_brief');
    expect(refuseBrief(brief(roundTwo[0]), { seen: 2, handedIn: 1 })).toBeNull();
  });

  it('refuses a pasted brief or hand-in of another class with its own sentence', () => {
    const other = roundOneBriefs({ ...spec, classId: spec.classId + 1 }, base);
    const open = brief(roundOne[0]);
    const pastedBrief = readStudentLink(other[0] ?? '', open, base);
    expect(pastedBrief.ok ? 'read' : pastedBrief.reason).toBe('brief_other_class');
    const otherOpen = brief(other[0]);
    const { level, seed } = briefGame(otherOpen, base);
    const store = createGameStore();
    openClassRound(store, { level, seed }, null);
    playClassRound(store, { level, seed });
    store.getState().finishStage();
    const log = finishedRoundLog(store) ?? [];
    const foreign = handInFor(otherOpen, base, 'Mei', log, 'https://x.test/', 'query');
    const pastedHandIn = readStudentLink(foreign, open, base);
    expect(pastedHandIn.ok ? 'read' : pastedHandIn.reason).toBe('brief_other_class');
    const next = readStudentLink(roundTwo[0] ?? '', open, base);
    expect(next.ok && next.kind).toBe('brief');
  });
});

describe('what a browser remembers of its classes', () => {
  it('moves rounds forward only and keeps the markets it saw', () => {
    const storage = new FakeStorage();
    noteClassRound(storage, 7, { seen: { round: 2, referencePriceFen: 9_800, demandBp: 10_400 } });
    noteClassRound(storage, 7, { seen: { round: 1, referencePriceFen: 9_900, demandBp: 10_000 } });
    noteClassRound(storage, 7, { handedIn: 1, name: 'Mei' });
    expect(classRoundOf(storage, 7)).toEqual({
      classId: 7,
      seen: 2,
      handedIn: 1,
      name: 'Mei',
      markets: [
        { round: 1, referencePriceFen: 9_900, demandBp: 10_000 },
        { round: 2, referencePriceFen: 9_800, demandBp: 10_400 },
      ],
    });
  });

  it('drops what is malformed entry by entry, and reads junk or blocked storage as nothing', () => {
    const storage = new FakeStorage();
    storage.setItem(
      CLASS_ROUNDS_KEY,
      JSON.stringify([
        { classId: 1, seen: 2, handedIn: 1, name: 'Ana', markets: [{ round: 'x' }] },
        { classId: -1, seen: 1, handedIn: 0 },
        { classId: 2, seen: 0, handedIn: 0 },
        { classId: 3, seen: 1.5, handedIn: 0 },
        'text',
        null,
      ]),
    );
    expect(readClassRounds(storage)).toEqual([
      { classId: 1, seen: 2, handedIn: 1, name: 'Ana', markets: [] },
    ]);
    storage.setItem(CLASS_ROUNDS_KEY, '{not json');
    expect(readClassRounds(storage)).toEqual([]);
    storage.setItem(CLASS_ROUNDS_KEY, JSON.stringify('x'.repeat(20_000)));
    expect(readClassRounds(storage)).toEqual([]);
    expect(readClassRounds(new FakeStorage('blocked'))).toEqual([]);
    expect(noteClassRound(new FakeStorage('full'), 1, { handedIn: 1 })).toBe(false);
  });

  it('keeps at most two dozen classes, the latest first', () => {
    const storage = new FakeStorage();
    for (let id = 1; id <= 30; id++) noteClassRound(storage, id, { handedIn: 1 });
    const kept = readClassRounds(storage);
    expect(kept).toHaveLength(24);
    expect(kept[0]?.classId).toBe(30);
  });
});

describe('a round played in the game store', () => {
  it('hands in a log that the clearing replays to the figures the student saw', () => {
    const open = brief(roundOne[2]);
    const game = briefGame(open, base);
    const store = createGameStore();
    expect(openClassRound(store, game, null)).toBe('map');
    playClassRound(store, game);
    expect(store.getState().ui.screen).toBe('shop');
    store.getState().dispatch({ type: 'setPrice', listingId: 'tee', priceFen: 9_200 });
    store.getState().dispatch({ type: 'advanceDay' });
    store.getState().dispatch({
      type: 'setAds',
      listingId: 'tee',
      dailyBudgetFen: 20_000,
      bidFen: 120,
    });
    for (let guard = 0; guard < 40 && store.getState().run?.sim.outcome === 'running'; guard++) {
      store.getState().finishStage();
      const choice = store.getState().run?.sim.pendingEvent?.choices[0];
      if (choice) store.getState().dispatch({ type: 'respondEvent', choice });
    }
    const log = finishedRoundLog(store);
    expect(log).not.toBeNull();
    const seen = store.getState().run?.sim;
    const link = handInFor(open, base, 'Ana', log ?? [], 'https://x.test/play/', 'query');
    expect(link).toMatch(/^https:\/\/x\.test\/play\/\?h=[A-Za-z0-9_-]+$/);
    const handIn = decodeHandInLink(link, spec, base);
    if (!handIn.ok) throw new Error(handIn.reason);
    // The clearing's own level for seat 3 in round 1: the class's first market and first carry.
    const level = roundLevel(base, spec, firstMarket(spec, base), firstCarry(base));
    const replayed = playHandIn(level, roundSeed(spec, 1), handIn.link);
    if (!replayed.ok) throw new Error(replayed.problem);
    expect(replayed.state.totals).toEqual(seen?.totals);
    expect(replayed.state.cashFen).toBe(seen?.cashFen);
    const withIt = clearClassFromLinks(classLink, [link], base);
    expect(
      withIt.ok && withIt.clearing.results[0]?.standings.find((s) => s.seat === 3)?.strategy,
    ).toBe('handedIn');
  });

  it('comes back from its save mid-round, and starts afresh from another round’s save', () => {
    const open = brief(roundOne[0]);
    const game = briefGame(open, base);
    const store = createGameStore();
    openClassRound(store, game, null);
    playClassRound(store, game);
    store.getState().dispatch({ type: 'advanceDay' });
    store.getState().dispatch({ type: 'advanceDay' });
    const saved = savedCampaign(store.getState());
    const again = createGameStore();
    expect(openClassRound(again, game, saved)).toBe('shop');
    expect(again.getState().run?.sim.day).toBe(2);
    const other = createGameStore();
    expect(openClassRound(other, { ...game, seed: game.seed + 1 }, saved)).toBe('map');
    expect(other.getState().run).toBeNull();
  });
});
