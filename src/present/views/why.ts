import type { Attribution, DecisionEffect, PnlLine } from '../../sim';

/** How many decisions each side of the "why" names, and each waterfall line lists. */
export const TOP_DECISIONS = 3;
export const MOVERS_PER_LINE = 5;

export interface LineMovers {
  line: PnlLine;
  movers: { effect: DecisionEffect; amountFen: number }[];
  /** Further decisions that moved the line by less. */
  more: number;
}

export interface WhyView {
  decisionCount: number;
  /** Most negative net effect first. */
  costs: DecisionEffect[];
  /** Most positive net effect first. */
  earns: DecisionEffect[];
  lines: LineMovers[];
  baselineNetFen: number;
  remainderNetFen: number;
}

/** The debrief's "why" from an attribution: top decisions each way and each line's movers. */
export function whyView(attribution: Attribution, lines: readonly PnlLine[]): WhyView {
  const effects = attribution.decisions;
  const costs = effects
    .filter((e) => e.netEffectFen < 0)
    .sort((a, b) => a.netEffectFen - b.netEffectFen)
    .slice(0, TOP_DECISIONS);
  const earns = effects
    .filter((e) => e.netEffectFen > 0)
    .sort((a, b) => b.netEffectFen - a.netEffectFen)
    .slice(0, TOP_DECISIONS);
  const byLine = lines.map((line) => {
    const movers = effects
      .map((effect) => ({
        effect,
        amountFen: effect.lines.find((l) => l.line === line)?.amountFen ?? 0,
      }))
      .filter((m) => m.amountFen !== 0)
      .sort((a, b) => Math.abs(b.amountFen) - Math.abs(a.amountFen));
    return {
      line,
      movers: movers.slice(0, MOVERS_PER_LINE),
      more: Math.max(0, movers.length - MOVERS_PER_LINE),
    };
  });
  return {
    decisionCount: effects.length,
    costs,
    earns,
    lines: byLine,
    baselineNetFen: attribution.baselineNetFen,
    remainderNetFen: attribution.remainderNetFen,
  };
}
