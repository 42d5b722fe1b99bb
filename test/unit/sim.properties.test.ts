/**
 * Properties of the economy over random action logs, on every shipped level.
 *
 * Each log mixes passing days with the level's actions and event answers (test/unit/arbitraries.ts);
 * actions that are illegal when they come are part of the test: the sim must reject them and leave
 * its state alone. Seeds are fixed so CI runs are reproducible. On a failure fast-check prints the
 * shrunk counterexample as `[simSeed, log]`, and the error names the action after which the
 * invariant broke; `replay(level, simSeed, log)` reproduces it (or pass the printed `{ seed, path }`
 * to fc.assert to re-run just that case).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLevelText } from '../../src/content/parseLevel';
import {
  CASH_CATEGORIES,
  CASH_INDEX,
  PNL_INDEX,
  PNL_LINES,
  SIM_ERRORS,
  STAGE_IDS,
  applyAction,
  applyActionInPlace,
  balanceSheet,
  createState,
  netProfitFen,
  pnlTotal,
  replay,
  runStage,
  stateHash,
  journalEntries,
  sumJournal,
  summarizeStage,
  waterfall,
  type Action,
  type JournalEntry,
  type Level,
  type SimError,
  type SimState,
  type StageId,
} from '../../src/sim/index';
import { actionLogArb, seedArb } from './arbitraries';

function loadLevel(id: StageId): Level {
  const url = new URL(`../../levels/${id}.json`, import.meta.url);
  const result = parseLevelText(readFileSync(fileURLToPath(url), 'utf8'));
  if (!result.ok) throw new Error(`levels/${id}.json: ${JSON.stringify(result.errors)}`);
  return result.level;
}

const LEVELS = STAGE_IDS.map(loadLevel);
const NUM_RUNS = 40;
/** Actions still applied (and checked to be rejected) once the stage is over; the rest are skipped. */
const AFTER_END = 3;

/** A fixed fast-check seed per property and level, so CI is deterministic. */
function runParams(property: number, level: Level): fc.Parameters<[number, Action[]]> {
  return { numRuns: NUM_RUNS, seed: 0x5eed_0000 + property * 16 + level.order };
}

// ---------------------------------------------------------------------------------------------
// Helpers

/*
 * The checks that run after every action use these instead of `expect`: a run applies a few hundred
 * actions, each checked dozens of times, and `expect` costs far more than the check itself.
 */
class InvariantError extends Error {}

function same(actual: unknown, expected: unknown, what: string): void {
  if (!Object.is(actual, expected)) {
    throw new InvariantError(`${what}: got ${String(actual)}, expected ${String(expected)}`);
  }
}

function atLeast(actual: number, bound: number, what: string): void {
  if (!(actual >= bound)) throw new InvariantError(`${what}: ${actual} < ${bound}`);
}

function atMost(actual: number, bound: number, what: string): void {
  if (!(actual <= bound)) throw new InvariantError(`${what}: ${actual} > ${bound}`);
}

function holds(condition: boolean, what: string): void {
  if (!condition) throw new InvariantError(what);
}

/** First path where two plain-data values differ (Object.is on leaves), or null when deep-equal. */
function diffPath(a: unknown, b: unknown, path = '$'): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${String(a)} !== ${String(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}.length: ${a.length} !== ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = diffPath(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  const kb = Object.keys(rb);
  if (ka.length !== kb.length) return `${path}: keys ${ka.join(',')} vs ${kb.join(',')}`;
  for (const key of ka) {
    if (!Object.hasOwn(rb, key)) return `${path}.${key}: missing on one side`;
    const d = diffPath(ra[key], rb[key], `${path}.${key}`);
    if (d !== null) return d;
  }
  return null;
}

/** Paths of numbers in `value` that are not safe integers (NaN, Infinity, fractions, huge). */
function unsafeNumbers(value: unknown, path = '$', found: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) found.push(`${path} = ${value}`);
  } else if (typeof value === 'bigint' || typeof value === 'function' || value === undefined) {
    found.push(`${path}: ${typeof value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unsafeNumbers(item, `${path}[${i}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) unsafeNumbers(item, `${path}.${key}`, found);
  }
  return found;
}

/** Sum of a journal's entries of one day and category (entries are in day order). */
function dayAmount(entries: readonly JournalEntry[], day: number, category: number): number {
  let sum = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as JournalEntry;
    if (e.day < day) break;
    if (e.day === day && e.category === category) sum += e.amountFen;
  }
  return sum;
}

function initialStockFen(level: Level): number {
  let sum = 0;
  for (const l of level.listings) sum += l.onHand * l.unitCostFen;
  return sum;
}

interface Step<T> {
  index: number;
  action: Action;
  error: SimError | null;
  state: SimState;
  /** What `observe` returned just before the action was applied. */
  before: T;
}

interface Walk {
  state: SimState;
  accepted: Action[];
  /** The prefix of the log that was applied (the tail after the stage's end is skipped). */
  applied: Action[];
  firstRejection: { index: number; error: SimError } | null;
}

/**
 * Applies `log` in place from a fresh state, calling `check` after every action. Once the stage is
 * over, AFTER_END more actions are applied (each must be rejected) and the rest is skipped.
 */
function walkLog<T>(
  level: Level,
  seed: number,
  log: readonly Action[],
  check: (step: Step<T>) => void,
  observe: (state: SimState) => T = () => undefined as T,
): Walk {
  const state = createState(level, seed);
  const accepted: Action[] = [];
  let firstRejection: Walk['firstRejection'] = null;
  let afterEnd = 0;
  let index = 0;
  for (; index < log.length; index++) {
    if (state.outcome !== 'running' && ++afterEnd > AFTER_END) break;
    const action = log[index] as Action;
    const before = observe(state);
    const error = applyActionInPlace(level, state, action);
    if (error === null) accepted.push(action);
    else firstRejection ??= { index, error };
    try {
      check({ index, action, error, state, before });
    } catch (failure) {
      const result = error === null ? 'accepted' : `rejected (${error})`;
      const where = `after action #${index} ${JSON.stringify(action)} ${result}, day ${state.day}`;
      if (failure instanceof Error) failure.message = `${where}: ${failure.message}`;
      throw failure;
    }
  }
  return { state, accepted, applied: log.slice(0, index), firstRejection };
}

function checkJournals(level: Level, state: SimState): void {
  const { ledger } = state;
  same(state.startCashFen, level.startCashFen, 'startCashFen');
  same(state.cashFen, state.startCashFen + sumJournal(ledger.cash), 'cash vs journal');
  for (const [journal, entries, totals, names] of [
    ['cash', ledger.cash, ledger.cashTotals, CASH_CATEGORIES],
    ['pnl', ledger.pnl, ledger.pnlTotals, PNL_LINES],
  ] as const) {
    holds(entries.length <= entries.days.length, `${journal} length within its columns`);
    same(entries.categories.length, entries.days.length, `${journal} categories column`);
    same(entries.amountsFen.length, entries.days.length, `${journal} amounts column`);
    same(totals.length, names.length, `${journal} totals`);
    const sums = names.map(() => 0);
    let lastDay = 1;
    for (const e of journalEntries(ledger, journal)) {
      holds(e.day >= lastDay && e.day <= level.days, `${journal} entry day ${e.day} out of order`);
      holds(e.category >= 0 && e.category < names.length, `${journal} category ${e.category}`);
      sums[e.category] = (sums[e.category] as number) + e.amountFen;
      lastDay = e.day;
    }
    names.forEach((name, c) => same(totals[c], sums[c], `${journal} total of ${name}`));
  }
}

// ---------------------------------------------------------------------------------------------
// Properties

describe.each(LEVELS.map((level) => [level.id, level] as const))('level %s', (_id, level) => {
  const logs = actionLogArb(level);

  it('cash ledger balances: cash = start cash + every cash entry, after every action', () => {
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        walkLog(level, seed, log, ({ state, action, error }) => {
          checkJournals(level, state);
          if (action.type !== 'advanceDay' || error !== null) return;
          same(state.series.cashFen[state.day - 1], state.cashFen, 'series.cashFen of the day');
          atLeast(state.debtFen, 0, 'debt');
          atMost(state.debtFen, state.creditLimitFen, 'debt');
          // Day end draws on the credit line; without room on it the shop is bankrupt. A shop
          // closed for fake orders earlier that day is left 'closed', cash as it is.
          if (state.outcome === 'running' || state.outcome === 'finished') {
            atLeast(state.cashFen, 0, 'cash at day end');
          }
        });
      }),
      runParams(1, level),
    );
  });

  it('net profit = sum of P&L totals = sum of the waterfall', () => {
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        const walk = walkLog(level, seed, log, ({ state, action, error }) => {
          const net = netProfitFen(state.ledger);
          let totals = 0;
          for (const t of state.ledger.pnlTotals) totals += t;
          same(net, totals, 'net profit vs P&L totals');
          same(net, sumJournal(state.ledger.pnl), 'net profit vs P&L entries');
          const lines = waterfall(state.ledger);
          same(lines.map((l) => l.line).join(), PNL_LINES.join(), 'waterfall lines');
          same(
            lines.reduce((sum, l) => sum + l.amount, 0),
            net,
            'waterfall sum',
          );
          if (action.type === 'advanceDay' && error === null) {
            same(state.series.netProfitCumFen[state.day - 1], net, 'series.netProfitCumFen');
          }
        });
        const summary = summarizeStage(level, walk.state);
        expect(summary.netProfit).toBe(netProfitFen(walk.state.ledger));
        expect(summary.waterfall.reduce((sum, l) => sum + l.amount, 0)).toBe(summary.netProfit);
        expect(summary.gmv).toBe(pnlTotal(walk.state.ledger, 'gmv'));
      }),
      runParams(2, level),
    );
  });

  it('balance sheet: equity = start cash + deposit + initial stock + net profit', () => {
    const opening = level.startCashFen + level.platform.depositFen + initialStockFen(level);
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        walkLog(level, seed, log, ({ state }) => {
          const sheet = balanceSheet(state);
          same(sheet.equityFen, opening + netProfitFen(state.ledger), 'equity');
          atLeast(sheet.stockFen, 0, 'stock');
          atLeast(sheet.prepaidFen, 0, 'prepaid');
          atLeast(sheet.payablesFen, 0, 'payables');
          holds(
            sheet.depositFen === 0 || sheet.depositFen === level.platform.depositFen,
            `deposit ${sheet.depositFen}`,
          );
          // Money due on a day already simulated would never be paid out: none may be left there.
          for (let d = 0; d <= state.day; d++) same(state.pendingByDay[d], 0, `pendingByDay[${d}]`);
        });
      }),
      runParams(3, level),
    );
  });

  it('at the end of a stage no return is left unbooked, and cash reconciles with profit', () => {
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        const state = walkLog(level, seed, log, () => {}).state;
        while (state.outcome === 'running') {
          const event = state.pendingEvent;
          if (event)
            applyActionInPlace(level, state, { type: 'respondEvent', choice: event.choices[0]! });
          applyActionInPlace(level, state, { type: 'advanceDay' });
        }
        expect(state.returnsDue).toHaveLength(0);
        const summary = summarizeStage(level, state);
        expect(summary.waterfall.reduce((sum, l) => sum + l.amount, 0)).toBe(summary.netProfit);
        const p = summary.position!;
        const equity =
          summary.cashEnd +
          p.receivableFen +
          p.stockFen +
          p.prepaidFen +
          p.depositFen -
          p.creditDrawnFen -
          p.supplierBalancesFen;
        expect(equity - p.openingEquityFen).toBe(summary.netProfit);
        if (state.outcome === 'closed') {
          expect(p.receivableFen).toBe(0);
          expect(p.stockFen).toBe(0);
        }
      }),
      runParams(9, level),
    );
  });

  it('every number in the state is a safe integer', () => {
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        expect(unsafeNumbers(createState(level, seed))).toEqual([]);
        walkLog(level, seed, log, ({ state, error }) => {
          if (error !== null) return; // unchanged state: the rejection property checks that
          const found = unsafeNumbers(state);
          holds(found.length === 0, `not safe integers: ${found.slice(0, 5).join('; ')}`);
        });
      }),
      runParams(4, level),
    );
  });

  it('stock never goes negative', () => {
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        walkLog(level, seed, log, ({ state }) => {
          for (const listing of state.listings) {
            const id = listing.id;
            atLeast(listing.onHand, 0, `${id} onHand`);
            atLeast(listing.stockValueFen, 0, `${id} stockValueFen`);
            if (listing.onHand === 0) same(listing.stockValueFen, 0, `${id} value of no stock`);
            for (const shipment of listing.inTransit) {
              atLeast(shipment.qty, 1, `${id} shipment qty`);
              atLeast(shipment.prepaidFen, 0, `${id} shipment prepaid`);
              atLeast(shipment.balanceFen, 0, `${id} shipment balance`);
            }
            atLeast(listing.lostSales, 0, `${id} lostSales`);
          }
          for (const batch of state.returnsDue) atLeast(batch.qty, 1, 'return batch qty');
          for (const payable of state.payables) atLeast(payable.amountFen, 1, 'payable');
          for (const [role, n] of Object.entries(state.staff)) atLeast(n, 0, `staff ${role}`);
        });
      }),
      runParams(5, level),
    );
  });

  it('fake orders never raise cash or GMV', () => {
    const float = CASH_INDEX.fakeOrderFloat;
    const cashCosts = CASH_INDEX.fakeOrderCosts;
    const pnlCosts = PNL_INDEX.fakeOrderCosts;
    let maxPrice = 0;
    for (const l of level.listings) maxPrice = Math.max(maxPrice, l.priceFen);
    const observe = (state: SimState) => ({
      sold: state.listings.map((l) => l.soldTotal),
      prices: state.listings.map((l) => l.priceFen),
      orders: state.totals.orders,
      fakes: state.totals.fakeOrders,
    });
    let placed = 0;
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        let highestPrice = maxPrice;
        walkLog(
          level,
          seed,
          log,
          ({ state, action, error, before }) => {
            for (const l of state.listings) highestPrice = Math.max(highestPrice, l.priceFen);
            const { ledger } = state;
            atMost(pnlTotal(ledger, 'fakeOrderCosts'), 0, 'P&L fakeOrderCosts total');
            const gmv = pnlTotal(ledger, 'gmv');
            atMost(gmv, state.totals.orders * highestPrice, 'gmv vs real orders x highest price');
            let seriesGmv = 0;
            for (const g of state.series.gmvFen) seriesGmv += g;
            same(seriesGmv, gmv, 'sum of daily GMV vs P&L gmv');
            if (action.type !== 'advanceDay' || error !== null) return;
            const report = state.today;
            if (report === null) throw new InvariantError('no day report after a day');
            const day = report.day;
            // GMV counts real orders only: units that left the shelf, at the day's prices.
            let realOrders = 0;
            let realGmv = 0;
            state.listings.forEach((l, i) => {
              const sold = l.soldTotal - (before.sold[i] as number);
              realOrders += sold;
              realGmv += sold * (before.prices[i] as number);
            });
            same(report.orders, realOrders, 'report.orders vs units sold');
            same(report.gmvFen, realGmv, 'report.gmvFen vs units sold x price');
            same(state.series.gmvFen[day - 1], report.gmvFen, 'series.gmvFen of the day');
            same(state.totals.orders - before.orders, report.orders, 'totals.orders of the day');
            same(state.totals.fakeOrders - before.fakes, report.fakeOrders, 'fakes of the day');
            const floatFen = dayAmount(journalEntries(ledger, 'cash'), day, float);
            const costsFen = dayAmount(journalEntries(ledger, 'cash'), day, cashCosts);
            const accruedFen = dayAmount(journalEntries(ledger, 'pnl'), day, pnlCosts);
            atMost(floatFen + costsFen, 0, `fake-order cash on day ${day}`);
            atMost(accruedFen, 0, `fake-order P&L on day ${day}`);
            if (report.fakeOrders > 0) {
              placed += report.fakeOrders;
              atMost(floatFen, -1, `float paid for fake orders on day ${day}`);
            } else {
              same(floatFen, 0, `fake float on day ${day} without fakes`);
              same(costsFen, 0, `fake costs on day ${day} without fakes`);
              same(accruedFen, 0, `fake P&L on day ${day} without fakes`);
            }
          },
          observe,
        );
      }),
      runParams(6, level),
    );
    // The runs did exercise fake orders where the level allows them.
    const fakesEnabled = level.enabledActions.some(
      (t) => t === 'setFakeOrders' || t === 'startPlan',
    );
    if (fakesEnabled) expect(placed).toBeGreaterThan(0);
  });

  it('an illegal action returns an error and leaves the state as it was', () => {
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        // `twin` gets only accepted actions, so it is always the state before the current action.
        let live = createState(level, seed);
        const twin = createState(level, seed);
        let twinHash: string | null = null;
        const hashedErrors = new Set<SimError>();
        let afterEnd = 0;
        let acceptedCount = 0;
        for (const [index, action] of log.entries()) {
          const over = live.outcome !== 'running';
          if (over && ++afterEnd > AFTER_END) break;
          const where = `action #${index} ${JSON.stringify(action)} on day ${live.day}`;
          const error = applyActionInPlace(level, live, action);
          if (over) same(error, 'stage_over', `${where} after the end`);
          if (error === null) {
            acceptedCount += 1;
            // applyAction gives the same result on a copy (a mutated input would show later on).
            if (acceptedCount % 10 === 1) {
              const copy = applyAction(level, twin, action);
              holds(copy.ok, `${where}: applyAction rejected what applyActionInPlace accepted`);
              if (copy.ok) same(diffPath(copy.state, live), null, `${where}: applyAction copy`);
            }
            same(applyActionInPlace(level, twin, action), null, `${where} on the twin`);
            twinHash = null;
            continue;
          }
          holds(SIM_ERRORS.includes(error), `${where}: unknown error ${error}`);
          // A failure inside the day may leave a partial update in place; start again from the copy.
          if (error === 'unsafe_amount') live = structuredClone(twin);
          else same(diffPath(live, twin), null, `${where} -> ${error} changed the state`);
          const viaCopy = applyAction(level, live, action);
          holds(!viaCopy.ok && viaCopy.error === error, `${where}: applyAction disagrees`);
          same(diffPath(live, twin), null, `${where}: applyAction -> ${error} changed its input`);
          if (!hashedErrors.has(error)) {
            hashedErrors.add(error);
            twinHash ??= stateHash(twin);
            same(stateHash(live), twinHash, `${where} -> ${error}: state hash`);
          }
        }
      }),
      runParams(7, level),
    );
  });

  it('replaying the accepted actions gives the live state', () => {
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        const walk = walkLog(level, seed, log, () => {});
        const again = replay(level, seed, walk.accepted);
        expect(again.ok).toBe(true);
        expect(diffPath(again.state, walk.state)).toBeNull();
        expect(stateHash(again.state)).toBe(stateHash(walk.state));
        // The raw log replays up to its first rejected action, and reports it.
        const raw = replay(level, seed, walk.applied);
        if (walk.firstRejection === null) {
          expect(raw.ok).toBe(true);
        } else {
          expect(raw).toMatchObject({ ok: false, ...walk.firstRejection });
          const prefix = replay(level, seed, walk.applied.slice(0, walk.firstRejection.index));
          expect(diffPath(raw.state, prefix.state)).toBeNull();
        }
      }),
      runParams(8, level),
    );
  });

  it('same seed and log give the same state hash', () => {
    fc.assert(
      fc.property(seedArb, logs, (seed, log) => {
        const walk = walkLog(level, seed, log, () => {});
        const a = replay(level, seed, walk.accepted);
        const b = replay(level, seed, walk.accepted);
        expect(stateHash(a.state)).toBe(stateHash(b.state));
        expect(stateHash(a.state)).toBe(stateHash(walk.state));
        expect(diffPath(a.state, b.state)).toBeNull();
      }),
      runParams(9, level),
    );
  });

  it('runStage of the default plan is deterministic and its log replays to its state', () => {
    const hashes = new Set<string>();
    for (const seed of [1, 2, 3, 4]) {
      const first = runStage(level, seed, level.defaultPlan);
      const second = runStage(level, seed, level.defaultPlan);
      if (!first.ok || !second.ok) throw new Error(`default plan of ${level.id} failed`);
      const hash = stateHash(first.state);
      expect(stateHash(second.state)).toBe(hash);
      expect(second.log).toEqual(first.log);
      const again = replay(level, seed, first.log);
      expect(again.ok).toBe(true);
      expect(stateHash(again.state)).toBe(hash);
      hashes.add(hash);
    }
    // Different seeds usually differ (not a law: asserted only for these four).
    expect(hashes.size).toBeGreaterThan(1);
  });
});
