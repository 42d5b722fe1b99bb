import { attributeDecisions, type Action, type Level, type PnlLine } from '../../src/sim/index';
import { decisionLabel } from './decisionLabel';

export interface DecisionJson {
  label: string;
  /** The decision as data: the action, and for an answer the event it answered. */
  action: Action;
  eventKind: string | null;
  fromDay: number;
  toDay: number;
  netEffectFen: number;
  gmvEffectFen: number;
  lines: { line: PnlLine; amountFen: number }[];
}

export interface StageDecisions {
  decisions: DecisionJson[];
  /** Decisions interact, so their effects need not add up; this is the rest of the difference. */
  interaction: { baselineNetProfitFen: number; remainderNetFen: number; remainderGmvFen: number };
}

/** The --json `decisions` of one stage: what each decision earned or cost, in fen. */
export function stageDecisions(level: Level, seed: number, log: readonly Action[]): StageDecisions {
  const result = attributeDecisions(level, seed, log);
  if (!result.ok) {
    throw new Error(`stage ${level.id}: its own log did not replay (${result.error})`);
  }
  return {
    decisions: result.decisions.map(({ decision, netEffectFen, gmvEffectFen, lines }) => ({
      label: decisionLabel(decision, level),
      action: decision.action,
      eventKind: decision.eventKind,
      fromDay: decision.fromDay,
      toDay: decision.toDay,
      netEffectFen,
      gmvEffectFen,
      lines: lines.map(({ line, amountFen }) => ({ line, amountFen })),
    })),
    interaction: {
      baselineNetProfitFen: result.baselineNetFen,
      remainderNetFen: result.remainderNetFen,
      remainderGmvFen: result.remainderGmvFen,
    },
  };
}
