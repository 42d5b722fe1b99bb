import { applyLevers } from '../content/parseLevel';
import { STAGE_IDS, type Level, type Levers, type StageId } from '../sim/level';
import { replay } from '../sim/replay';
import { RULES_VERSION, type SimState } from '../sim/state';
import {
  campaignOutcome,
  summarizeStage,
  type CampaignOutcome,
  type StageOutcome,
  type StageSummary,
} from '../sim/summary';
import { sanitizeReflection } from './extras';
import { decodeLink } from './link';
import { sanitizeName } from './names';
import type { LevelSet, ResultRun } from './payload';
import { linkFailure, type LinkFailure } from './reasons';

export interface VerifiedStage {
  stage: StageId;
  summary: StageSummary;
  /** The replayed final state, for the debrief's charts. */
  state: SimState;
}

/** A score that was re-simulated here: every number in it comes from the replay, none from the link. */
export interface VerifiedResult {
  /** Sanitised; "Anonymous" when the link had none. Text only, never HTML. */
  name: string;
  seed: number;
  levers: Partial<Levers>;
  rulesVersion: number;
  stages: VerifiedStage[];
  totals: { gmv: number; netProfit: number };
  /**
   * All four stages: the campaign ending; one stage: that stage's outcome; any other subset
   * (a trainer's session may open some stages): null, as in `npm run sim`.
   */
  outcome: CampaignOutcome | StageOutcome | null;
  /** A what-if of another run, forked after `forkDay` of `stage`; null for a run as played. */
  whatIf: { stage: StageId; forkDay: number } | null;
  /** The player's answers to the reflection prompts: sanitised text, shown as text only. */
  reflections: Partial<Record<StageId, string>>;
}

export type VerifyResult = { ok: true; result: VerifiedResult } | LinkFailure;

function outcomeOf(stages: readonly VerifiedStage[], levels: LevelSet): VerifiedResult['outcome'] {
  const summaries = stages.map((s) => s.summary);
  const last = levels.comprehensive;
  if (STAGE_IDS.every((id) => summaries.some((s) => s.stage === id)) && last !== undefined) {
    return campaignOutcome(summaries, last.goals.escapeMarginBp);
  }
  return summaries.length === 1 ? (summaries[0]?.outcome ?? null) : null;
}

/**
 * Replays a run that is already in memory (decoded from a link, or the player's own): each stage
 * from a fresh state with the run's seed and levers. Only a run where every stage replays and
 * finishes gives a result; nothing partial is ever returned.
 */
export function verifyRun(
  run: ResultRun,
  levels: LevelSet,
  rulesVersion: number = RULES_VERSION,
): VerifyResult {
  const stages: VerifiedStage[] = [];
  let gmv = 0;
  let netProfit = 0;
  for (const { stage, log } of run.stages) {
    const base: Level | undefined = levels[stage];
    if (base === undefined) return linkFailure('unknown_stage', { stage });
    const levered = applyLevers(base, run.levers);
    if (!levered.ok) return linkFailure('damaged', { stage });
    const replayed = replay(levered.level, run.seed, log);
    if (!replayed.ok) {
      return linkFailure('replay_failed', {
        stage,
        index: replayed.index,
        simError: replayed.error,
      });
    }
    if (replayed.state.outcome === 'running') return linkFailure('unfinished', { stage });
    const summary = summarizeStage(levered.level, replayed.state);
    gmv += summary.gmv;
    netProfit += summary.netProfit;
    stages.push({ stage, summary, state: replayed.state });
  }
  if (!Number.isSafeInteger(gmv) || !Number.isSafeInteger(netProfit)) {
    return linkFailure('replay_failed');
  }
  const outcome = outcomeOf(stages, levels);
  const whatIf = run.whatIf ?? null;
  if (whatIf !== null) {
    // The fork must lie inside the days the what-if itself played, or it forked nothing.
    const forked = stages.find((s) => s.stage === whatIf.stage);
    if (!forked || whatIf.forkDay < 1 || whatIf.forkDay >= forked.summary.days) {
      return linkFailure('damaged', { stage: whatIf.stage });
    }
  }
  const reflections: Partial<Record<StageId, string>> = {};
  for (const [stage, text] of Object.entries(run.reflections ?? {}) as [StageId, string][]) {
    const clean = sanitizeReflection(text);
    if (clean !== '' && stages.some((s) => s.stage === stage)) reflections[stage] = clean;
  }
  // Names from a link are sanitised already; a run passed in directly may not be.
  const name = sanitizeName(run.name);
  const { seed, levers } = run;
  return {
    ok: true,
    result: {
      name,
      seed,
      levers,
      rulesVersion,
      stages,
      totals: { gmv, netProfit },
      outcome,
      whatIf,
      reflections,
    },
  };
}

/**
 * The whole check behind "verified": decodeLink, then a replay of every stage. Accepts a full
 * URL, a `#r=…` fragment or a bare payload. Never throws; a failure carries one sentence.
 */
export function verifyResultLink(text: unknown, levels: LevelSet): VerifyResult {
  const decoded = decodeLink(text, levels);
  if (!decoded.ok) return decoded;
  if (decoded.link.kind !== 'result') return linkFailure('not_a_result');
  const { link } = decoded;
  try {
    return verifyRun(link, levels, link.rulesVersion);
  } catch {
    // The sim returns errors rather than throwing; reaching this is a bug, not a bad link.
    return linkFailure('internal');
  }
}
