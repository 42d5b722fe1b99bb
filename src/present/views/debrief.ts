import type {
  Action,
  Decision,
  EventKind,
  Level,
  LocalText,
  RunComparison,
  StageId,
  StageSummary,
  StarRule,
} from '../../sim';
import { compareRuns, fineCases, replay, scanRun, starChecks, summarizeStage } from '../../sim';
import type { GameState } from '../../store/gameStore';
import { goalRules, type GoalRules } from './goals';
import { cashPositionRows, type CashPositionRow } from './cashPosition';
import { fineCaseRows, type FineCaseRow } from './fines';
import { activeRun, nextStage } from './common';
import { isPassing } from './map';
import { lessonText, type StoryText } from './story';
import { waterfallSteps, type WaterfallStep } from '../waterfall';

export interface DecisionItem {
  day: number;
  action: Action;
  /** For an answer to an event: which event it answered. */
  eventKind: EventKind | null;
}

export interface StarItem {
  rule: StarRule;
  met: boolean;
}

export interface DebriefView {
  stage: StageId;
  title: LocalText;
  lesson: LocalText;
  seed: number;
  summary: StageSummary;
  salesTargetOrders: number;
  goals: GoalRules;
  /** Listings the search ranks; a rank past it is no rank at all. */
  rankedListings: number;
  stars: StarItem[];
  startCashFen: number;
  /** Index i holds day i + 1. */
  gmvFen: number[];
  netProfitCumFen: number[];
  cashFen: number[];
  waterfall: WaterfallStep[];
  /** The fines-and-claims line case by case, largest cost first; they sum to the line. */
  fineCases: FineCaseRow[];
  /** The platform's penalty points, beside `summary.penalties`, the times the shop was caught. */
  penaltyPoints: number;
  /** Cash beside what is owed and still coming, adding up to net profit; null before rules 2. */
  cashPosition: CashPositionRow[] | null;
  decisions: DecisionItem[];
  /** The log grouped into the player's decisions, with their days, as the "why" weighs them. */
  decisionLog: Decision[];
  /** The level as played (levers applied) and the log: what attribution replays. */
  level: Level;
  log: Action[];
  lessonText: StoryText;
  /** The player's answer to this stage's reflection prompt, so far. */
  reflection: string;
  /** For a what-if: where it forked, and the run it forked from beside it. */
  whatIf: { forkDay: number; comparison: RunComparison } | null;
  nextStage: StageId | null;
  nextUnlocked: boolean;
}

/**
 * The decisions that moved the run, one per kind and day: dragging a slider records every step,
 * the timeline keeps what the day started with.
 */
export function keyDecisions(
  decisions: readonly { day: number; action: Action }[],
  eventsSeen: readonly EventKind[],
): DecisionItem[] {
  const items: DecisionItem[] = [];
  let answers = 0;
  for (const { day, action } of decisions) {
    let eventKind: EventKind | null = null;
    if (action.type === 'respondEvent') {
      eventKind = eventsSeen[answers] ?? null;
      answers += 1;
    }
    const listing = 'listingId' in action ? action.listingId : '';
    const same = items.findIndex(
      (item) =>
        item.day === day &&
        item.action.type === action.type &&
        ('listingId' in item.action ? item.action.listingId : '') === listing &&
        action.type !== 'respondEvent',
    );
    const item = { day, action, eventKind };
    if (same >= 0) items[same] = item;
    else items.push(item);
  }
  return items;
}

export function debriefView(state: GameState): DebriefView | null {
  const active = activeRun(state);
  if (!active || active.sim.outcome === 'running') return null;
  const { level, sim, run } = active;
  const summary = summarizeStage(level, sim);
  const waterfall = waterfallSteps(
    summary.waterfall.map((w) => ({ line: w.line, amountFen: w.amount })),
  );
  const next = nextStage(state, run.stage);
  const scanned = scanRun(level, run.seed, run.log, false);
  const fines = fineCases(level, run.seed, run.log);
  return {
    stage: run.stage,
    title: level.title,
    lesson: level.lesson,
    seed: run.seed,
    summary,
    salesTargetOrders: level.goals.salesTargetOrders,
    goals: goalRules(level),
    rankedListings: level.market.listingCount,
    stars: starChecks(level, sim).map((c) => ({ rule: c.rule, met: c.met })),
    startCashFen: sim.startCashFen,
    gmvFen: [...sim.series.gmvFen],
    netProfitCumFen: [...sim.series.netProfitCumFen],
    cashFen: [...sim.series.cashFen],
    waterfall,
    fineCases: fines.ok ? fineCaseRows(fines.cases) : [],
    penaltyPoints: sim.points,
    cashPosition: cashPositionRows(summary),
    decisions: keyDecisions(run.decisions, sim.eventsSeen),
    decisionLog: scanned.ok ? scanned.decisions : [],
    level,
    log: [...run.log],
    lessonText: lessonText(level, summary),
    reflection: state.reflections[run.stage] ?? '',
    whatIf: whatIfOf(level, run.seed, run.whatIf, sim),
    nextStage: next,
    nextUnlocked: next !== null && isPassing(summary.outcome),
  };
}

function whatIfOf(
  level: Level,
  seed: number,
  whatIf: { forkDay: number; originalLog: Action[] } | undefined,
  sim: Parameters<typeof compareRuns>[1],
): DebriefView['whatIf'] {
  if (!whatIf) return null;
  const original = replay(level, seed, whatIf.originalLog);
  if (!original.ok) return null;
  return { forkDay: whatIf.forkDay, comparison: compareRuns(original.state, sim) };
}

/** The file the player downloads: exactly the plan format `npm run sim -- --plan` reads. */
export function decisionsFile(state: GameState): { name: string; json: string } | null {
  const run = state.run;
  if (!run) return null;
  return {
    name: `four-stages-${run.stage}-seed-${run.seed}.json`,
    json: `${JSON.stringify(run.decisions, null, 2)}\n`,
  };
}
