import { afterEach, describe, expect, it } from 'vitest';
import { applyLevers } from '../../src/content/parseLevel';
import { setLanguage } from '../../src/present/i18n';
import { mapView } from '../../src/present/views/map';
import {
  leverValueText,
  mapSessionView,
  sessionLeverText,
} from '../../src/present/views/mapSession';
import type { Levers, StageId } from '../../src/sim';
import { createGameStore } from '../../src/store/gameStore';
import { ALL_LEVELS, shippedLevel } from './storeFixtures';

/** A store set up the way main.ts sets up a session game: shipped levels to share, levered ones to play. */
function sessionStore(name: string, levers: Partial<Levers>, stages: StageId[]) {
  const store = createGameStore();
  store.getState().setShareContext({
    levels: Object.fromEntries(ALL_LEVELS.map((level) => [level.id, level])),
    levers,
    name: 'Kai',
    sessionName: name,
  });
  store.getState().setLevels(
    stages.map((stage) => {
      const levered = applyLevers(shippedLevel(stage), levers);
      if (!levered.ok) throw new Error(`levers rejected for ${stage}`);
      return levered.level;
    }),
  );
  store.getState().newCampaign(7);
  return store;
}

afterEach(() => setLanguage('en'));

describe('the map of a trainer’s session', () => {
  it('is absent outside a session', () => {
    const store = createGameStore();
    store.getState().setLevels(ALL_LEVELS);
    store.getState().newCampaign(7);
    expect(mapView(store.getState()).session).toBeNull();
  });

  it('names the session and each changed lever against the stage’s own value', () => {
    const store = sessionStore('Class 9A', { commissionBp: 800, settlementDays: 7 }, ['traffic']);
    const session = mapView(store.getState()).session!;
    expect(session.name).toBe('Class 9A');
    expect(session.levers).toEqual([
      {
        lever: 'commissionBp',
        value: 800,
        changedFrom: [{ value: 500, stageOrders: [1] }],
        stageCount: 1,
      },
      {
        lever: 'settlementDays',
        value: 7,
        changedFrom: [{ value: 11, stageOrders: [1] }],
        stageCount: 1,
      },
    ]);
    expect(session.levers.map(sessionLeverText)).toEqual([
      'Platform commission 5% → 8%',
      'Settlement delay 11 days → 7 days',
    ]);
    setLanguage('zh');
    expect(session.levers.map(sessionLeverText)).toEqual([
      '平台佣金 5% → 8%',
      '结算周期 11 天 → 7 天',
    ]);
  });

  it('writes rates with their fraction and scales as a share of normal', () => {
    const store = sessionStore('', { paymentFeeBp: 125, cpcScaleBp: 15_000 }, ['traffic']);
    const session = mapSessionView(store.getState())!;
    expect(session.name).toBe('');
    expect(session.levers.map(sessionLeverText)).toEqual([
      'Payment fee 0.6% → 1.3%',
      'Ad click prices (of normal) 100% → 150%',
    ]);
    expect(leverValueText('settlementDays', 1)).toBe('1 day');
  });

  it('names the stages an old value belonged to when the session’s stages differed', () => {
    // Stage 4 already charges 8% commission; Stages 1 to 3 charge 5%.
    const all: StageId[] = ['traffic', 'product', 'market', 'comprehensive'];
    const store = sessionStore('Evening class', { commissionBp: 800 }, all);
    const [commission] = mapSessionView(store.getState())!.levers;
    expect(commission).toEqual({
      lever: 'commissionBp',
      value: 800,
      changedFrom: [{ value: 500, stageOrders: [1, 2, 3] }],
      stageCount: 4,
    });
    expect(sessionLeverText(commission!)).toBe('Platform commission 5% (stages 1, 2, 3) → 8%');
    setLanguage('zh');
    expect(sessionLeverText(commission!)).toBe('平台佣金 5%（第 1、2、3 阶段） → 8%');

    const lower = mapSessionView(sessionStore('x', { commissionBp: 300 }, all).getState())!;
    setLanguage('en');
    expect(sessionLeverText(lower.levers[0]!)).toBe(
      'Platform commission 5% (stages 1, 2, 3), 8% (stage 4) → 3%',
    );
  });

  it('says so when the trainer set a lever to the value the stages already had', () => {
    const store = sessionStore('Same', { commissionBp: 500 }, ['traffic', 'product']);
    const [commission] = mapSessionView(store.getState())!.levers;
    expect(commission!.changedFrom).toEqual([]);
    expect(sessionLeverText(commission!)).toBe('Platform commission 5% (unchanged)');
  });

  it('lists no lever when the trainer changed none', () => {
    const store = sessionStore('Class 9B', {}, ['traffic', 'product']);
    expect(mapSessionView(store.getState())!.levers).toEqual([]);
  });

  it('cleans the session name again, whatever reached the store', () => {
    const store = sessionStore('Bob\u202Egnp.exe\u200B  <b>x</b>\n', {}, ['traffic']);
    expect(mapSessionView(store.getState())!.name).toBe('Bobgnp.exe <b>x</b>');
  });
});
