/**
 * Replay benchmark: a busy plan for each of the four stages (ads, prices and discounts, fake orders,
 * rank plans, stock orders, copies and claims, staff, credit) is run once with runStage to get its
 * action log; then the four logs (one campaign) are replayed again and again for about three
 * seconds after a warm-up.
 *
 *   npm run bench            (tsx scripts/bench/replays.ts [--seconds N])
 *
 * The last line is `campaigns/s: N` for tools that track it.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadLevel as loadLevelFrom } from '../cli/levels';
import {
  STAFF_ROLES,
  STAGE_IDS,
  replay,
  runStage,
  stateHash,
  type Action,
  type Level,
  type PlanStep,
} from '../../src/sim/index';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A busy plan: about one and a half decisions a day, of every kind the level enables. Amounts vary
 * with the day so that no two decisions are alike; fake orders stay small so the shop survives.
 */
function busyPlan(level: Level): PlanStep[] {
  const plan: PlanStep[] = [];
  const ids = level.listings.map((l) => l.id);
  const suppliers = level.suppliers;
  const competitors = level.market.competitors;
  const add = (day: number, action: Action) => {
    if (action.type === 'advanceDay' || action.type === 'respondEvent') return;
    if (level.enabledActions.includes(action.type)) plan.push({ day, action });
  };
  for (let day = 1; day <= level.days; day++) {
    const listingId = ids[day % ids.length] as string;
    const spec = level.listings.find((l) => l.id === listingId);
    const basePrice = spec?.priceFen ?? 9_900;
    if (day % 2 === 1) {
      const budget = 20_000 + ((day * 7_919) % 60_000);
      add(day, { type: 'setAds', listingId, dailyBudgetFen: budget, bidFen: 80 + (day % 5) * 30 });
    }
    if (day % 3 === 0) {
      const priceFen = basePrice + ((day % 7) - 3) * 300;
      add(day, { type: 'setPrice', listingId, priceFen });
    }
    if (day % 4 === 2) add(day, { type: 'setDiscount', listingId, discountBp: (day % 5) * 500 });
    if (day >= 3 && day <= 9 && day % 2 === 1) {
      add(day, { type: 'setFakeOrders', listingId, searchPerDay: day % 3, adPerDay: 1 });
    }
    if (day === 10) add(day, { type: 'setFakeOrders', listingId, searchPerDay: 0, adPerDay: 0 });
    if (day === 12) add(day, { type: 'startPlan', listingId, plan: 'ramp123' });
    if (day === 15) add(day, { type: 'cancelPlan', listingId });
    if (day % 10 === 1 && suppliers.length > 0) {
      const supplier = suppliers[Math.floor(day / 10) % suppliers.length];
      if (supplier) {
        const qty = Math.max(supplier.moq * 2, 300) + day * 10;
        const qualityCheck = day % 20 === 1;
        add(day, { type: 'orderStock', listingId, supplierId: supplier.id, qty, qualityCheck });
      }
    }
    if (day % 9 === 8) add(day, { type: 'clearStock', listingId, qty: 20 + day });
    if (day % 11 === 5 && competitors.length > 0) {
      const competitor = competitors[day % competitors.length];
      if (competitor) {
        const differentiationBp = 2_000 + (day % 6) * 1_000;
        add(day, {
          ...{ type: 'copyCompetitor', listingId, competitorId: competitor.id },
          differentiationBp,
        });
      }
    }
    if (day % 6 === 4) {
      add(day, { type: 'setClaims', listingId, superlative: day % 12 === 4, materialClaim: true });
    }
    if (day % 7 === 3) {
      const role = STAFF_ROLES[day % STAFF_ROLES.length] ?? 'customerService';
      add(day, { type: 'setStaff', role, headcount: level.staff[role] + (day % 14 === 3 ? 1 : 0) });
    }
    if (day % 8 === 2) add(day, { type: 'drawCredit', amountFen: 300_000 + day * 1_000 });
    if (day % 8 === 6) add(day, { type: 'repayCredit', amountFen: 200_000 });
  }
  return plan;
}

interface Campaign {
  level: Level;
  seed: number;
  log: Action[];
  hash: string;
  days: number;
  /** Player decisions: everything but passing days and answering events. */
  decisions: number;
  answers: number;
  /** Planned steps the sim rejected, as `day type: error`. */
  dropped: string[];
}

/**
 * Runs the busy plan with runStage. A step the sim rejects (not enough cash, nothing to repay, a
 * plan already caught...) is dropped and the stage run again, so the plan survives recalibration.
 */
function buildCampaign(level: Level, seed: number): Campaign {
  let plan = busyPlan(level);
  const dropped: string[] = [];
  for (;;) {
    const result = runStage(level, seed, plan);
    if (result.ok) {
      const { log, state } = result;
      const answers = log.filter((a) => a.type === 'respondEvent').length;
      const decisions = log.filter((a) => a.type !== 'advanceDay').length - answers;
      const hash = stateHash(state);
      return { level, seed, log, hash, days: state.day, decisions, answers, dropped };
    }
    if (result.stepIndex < 0) throw new Error(`${level.id}: a day failed: ${result.error}`);
    plan = plan.filter((_, i) => i !== result.stepIndex);
    dropped.push(`day ${result.step.day} ${result.step.action.type}: ${result.error}`);
  }
}

function replayCampaign(campaigns: readonly Campaign[]): void {
  for (const c of campaigns) {
    const result = replay(c.level, c.seed, c.log);
    if (!result.ok) throw new Error(`${c.level.id}: replay failed at ${result.index}`);
  }
}

/**
 * A fixed walk over 64 MB of memory, in milliseconds. The replays are bound by memory traffic, so
 * when other machines on the same host compete for memory bandwidth and the shared cache, every
 * figure here drops; this probe, timed before and after, shows whether that was the case. It has
 * no sim code in it, so its time moves only with the machine.
 */
function memoryProbeMs(cells: Int32Array): number {
  let best = Infinity;
  let sum = 0;
  // The best of three: the first walk also pays for page faults and compilation.
  for (let walk = 0; walk < 3; walk++) {
    const start = performance.now();
    let at = 1;
    for (let i = 0; i < 4_000_000; i++) {
      at = (Math.imul(at, 1_103_515_245) + 12_345) & (cells.length - 1);
      sum ^= cells[at] as number;
      cells[at] = (cells[at] as number) + 1;
    }
    best = Math.min(best, performance.now() - start);
  }
  return sum === 0.5 ? -best : best;
}

function secondsArg(): number {
  const i = process.argv.indexOf('--seconds');
  const value = i >= 0 ? Number(process.argv[i + 1]) : 3;
  return Number.isFinite(value) && value > 0 ? value : 3;
}

function main(): void {
  const campaigns = STAGE_IDS.map((id, i) => buildCampaign(loadLevelFrom(ROOT, id), 1_000 + i));
  for (const c of campaigns) {
    const again = replay(c.level, c.seed, c.log);
    if (!again.ok || stateHash(again.state) !== c.hash) {
      throw new Error(`${c.level.id}: the log does not replay to runStage's state`);
    }
  }
  const actions = campaigns.reduce((n, c) => n + c.log.length, 0);
  const decisions = campaigns.reduce((n, c) => n + c.decisions, 0);
  const answers = campaigns.reduce((n, c) => n + c.answers, 0);
  const days = campaigns.reduce((n, c) => n + c.days, 0);
  for (const c of campaigns) {
    const note = c.dropped.length > 0 ? `; dropped ${c.dropped.join(', ')}` : '';
    console.log(
      `${c.level.id.padEnd(14)} ${String(c.days).padStart(3)} days, ` +
        `${String(c.log.length).padStart(4)} actions (${c.decisions} decisions, ` +
        `${c.answers} event answers${note})`,
    );
  }
  console.log(
    `actions per campaign: ${actions} (${decisions} decisions + ${answers} event answers ` +
      `besides advanceDay)`,
  );
  console.log(`days per campaign: ${days}`);

  const warmUpEnd = performance.now() + 500;
  while (performance.now() < warmUpEnd) replayCampaign(campaigns);

  // Per stage, to see where the time goes.
  const perStage = campaigns.map((c) => {
    const start = performance.now();
    let runs = 0;
    while (performance.now() - start < 150) {
      replay(c.level, c.seed, c.log);
      runs += 1;
    }
    const us = ((performance.now() - start) * 1000) / runs;
    return `${c.level.id} ${us.toFixed(0)} µs (${(us / c.days).toFixed(1)} µs/day)`;
  });
  console.log(`per stage: ${perStage.join(', ')}`);

  // Timed in windows of about 100 ms: the best window shows the speed without scheduler noise.
  const seconds = secondsArg();
  const probeCells = new Int32Array(16 * 1024 * 1024);
  const probeBeforeMs = memoryProbeMs(probeCells);
  // CPU time of this process over the same loop: other work on the machine inflates wall time
  // much more than it inflates the time the replays themselves take on a core.
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const end = start + seconds * 1000;
  let count = 0;
  const windowsUs: number[] = [];
  while (performance.now() < end) {
    const windowStart = performance.now();
    let inWindow = 0;
    do {
      replayCampaign(campaigns);
      inWindow += 1;
    } while (performance.now() - windowStart < 100);
    windowsUs.push(((performance.now() - windowStart) * 1000) / inWindow);
    count += inWindow;
  }
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuPerCampaignUs = (cpu.user + cpu.system) / count;
  const probeAfterMs = memoryProbeMs(probeCells);
  windowsUs.sort((a, b) => a - b);
  const bestWindowUs = windowsUs[0] ?? Infinity;
  const medianWindowUs = windowsUs[Math.floor(windowsUs.length / 2)] ?? Infinity;
  const perCampaignUs = (elapsedMs * 1000) / count;
  const perSecond = (count * 1000) / elapsedMs;
  console.log(`campaigns replayed: ${count} in ${(elapsedMs / 1000).toFixed(2)} s`);
  console.log(
    `100 ms windows: best ${Math.floor(1e6 / bestWindowUs)}, ` +
      `median ${Math.floor(1e6 / medianWindowUs)} campaigns/s`,
  );
  console.log(`µs per simulated day: ${(perCampaignUs / days).toFixed(2)}`);
  console.log(`µs per campaign: ${perCampaignUs.toFixed(0)}`);
  console.log(
    `CPU µs per campaign: ${cpuPerCampaignUs.toFixed(0)} ` +
      `(${Math.floor(1e6 / cpuPerCampaignUs)} campaigns per CPU second)`,
  );
  console.log(
    `memory probe: ${probeBeforeMs.toFixed(0)} ms before, ${probeAfterMs.toFixed(0)} ms after ` +
      `(a fixed random walk over 64 MB with no sim code: when it is slower than usual, other ` +
      `work on the host is using memory bandwidth and every figure above is low)`,
  );
  console.log(`campaigns/s: ${Math.floor(perSecond)}`);
}

main();
