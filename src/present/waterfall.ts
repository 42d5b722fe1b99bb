import type { PnlLine } from '../sim';

/** One bar of the GMV -> net profit waterfall. */
export interface WaterfallStep {
  line: PnlLine;
  amountFen: number;
  /** Running total before and after this line, for drawing the step. */
  fromFen: number;
  toFen: number;
}

/** Lines in books order -> floating steps: each starts where the previous one ended. */
export function waterfallSteps(
  lines: readonly { line: PnlLine; amountFen: number }[],
): WaterfallStep[] {
  let runningFen = 0;
  return lines.map(({ line, amountFen }) => {
    const step = { line, amountFen, fromFen: runningFen, toFen: runningFen + amountFen };
    runningFen += amountFen;
    return step;
  });
}
