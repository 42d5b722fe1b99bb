import { describe, expect, it } from 'vitest';
import {
  applyActionInPlace,
  createState,
  DEFAULT_CHOICE,
  EVENT_CHOICES_BY_KIND,
  fineCases,
  pnlTotal,
  replay,
  stateHash,
  type Action,
  type EventChoice,
  type Level,
} from '../../src/sim/index';
import { busyCampaign, shippedLevels } from '../fixtures/campaigns';
import { ALL_STRATEGIES, type Strategy } from '../fixtures/strategies';

const levels = shippedLevels();

/** A strategy's run as a log, answering events in turn with each choice the kind offers. */
function strategyLog(level: Level, strategy: Strategy, seed: number, rotate: boolean): Action[] {
  const state = createState(level, seed);
  const log: Action[] = [];
  const apply = (action: Action) => {
    if (applyActionInPlace(level, state, action) === null) log.push(action);
  };
  let answered = 0;
  while (state.outcome === 'running') {
    if (state.pendingEvent) {
      const kind = state.pendingEvent.kind;
      const offered: readonly EventChoice[] = state.pendingEvent.choices;
      const choice = rotate
        ? (offered[(answered + seed) % offered.length] as EventChoice)
        : (strategy.answers?.[kind] ?? DEFAULT_CHOICE[kind]);
      answered += 1;
      apply({ type: 'respondEvent', choice });
    }
    for (const action of strategy.policy(state, level)) apply(action);
    apply({ type: 'advanceDay' });
  }
  return log;
}

function mustCases(level: Level, seed: number, log: readonly Action[]) {
  const result = fineCases(level, seed, log);
  if (!result.ok) throw new Error(`fine cases failed at ${result.index}: ${result.error}`);
  return result;
}

describe('fines and claims by case', () => {
  it('sum exactly to the line for every strategy over many seeds, choices rotated or not', () => {
    let withCases = 0;
    const sources = new Set<string>();
    for (const strategy of ALL_STRATEGIES) {
      const level = levels[strategy.stage];
      // A shop closed for brushing is a one-in-seven outcome: heavy brushing gets the seeds to reach it.
      const seeds = strategy.name === 'brushHeavy' ? 20 : 6;
      for (let seed = 1; seed <= seeds; seed++) {
        for (const rotate of [false, true]) {
          const log = strategyLog(level, strategy, seed, rotate);
          const played = replay(level, seed, log);
          if (!played.ok) throw new Error('the log does not replay');
          const line = pnlTotal(played.state.ledger, 'finesAndClaims');
          const result = mustCases(level, seed, log);
          expect(result.totalFen).toBe(line);
          expect(result.cases.reduce((sum, c) => sum + c.amountFen, 0)).toBe(line);
          for (const c of result.cases) {
            expect(c.amountFen).not.toBe(0);
            expect(c.count).toBeGreaterThan(0);
            sources.add(c.source);
          }
          if (result.cases.length > 0) withCases += 1;
        }
      }
    }
    // The runs reach every source the rules have, so the sums above are not all of zero.
    expect(withCases).toBeGreaterThan(20);
    expect([...sources].sort()).toEqual(
      ['depositForfeit', 'event', 'lateParcels', 'pendingForfeit'].sort(),
    );
  });

  it('name each answer by its event kind and choice, and sort the largest cost first', () => {
    const run = busyCampaign(levels, 7);
    for (const { stage, log } of run.stages) {
      const result = mustCases(levels[stage], 7, log);
      const amounts = result.cases.map((c) => c.amountFen);
      expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
      for (const c of result.cases) {
        if (c.source !== 'event') continue;
        expect(EVENT_CHOICES_BY_KIND[c.eventKind]).toContain(c.choice);
      }
    }
  });

  it('put the forfeited deposit of a shop closed for brushing on its own case', () => {
    const level = levels.traffic;
    const strategy = ALL_STRATEGIES.find((s) => s.name === 'brushHeavy' && s.stage === 'traffic');
    if (!strategy) throw new Error('no brushHeavy strategy');
    let closed = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const log = strategyLog(level, strategy, seed, false);
      const played = replay(level, seed, log);
      if (!played.ok || played.state.outcome !== 'closed') continue;
      closed += 1;
      const deposit = mustCases(level, seed, log).cases.find((c) => c.source === 'depositForfeit');
      expect(deposit?.amountFen).toBe(-level.platform.depositFen);
    }
    expect(closed).toBeGreaterThan(0);
  });

  it('leave the run as it was: the same state hash as a plain replay', () => {
    const run = busyCampaign(levels, 3);
    for (const { stage, log } of run.stages) {
      const played = replay(levels[stage], 3, log);
      mustCases(levels[stage], 3, log);
      const again = replay(levels[stage], 3, log);
      expect(played.ok && again.ok && stateHash(again.state)).toBe(
        played.ok && stateHash(played.state),
      );
    }
  });
});
