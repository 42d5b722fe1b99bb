import { compareRuns, forkRun, summarizeStage, type StageId } from '../../src/sim/index';
import { CliError } from './errors';
import { PNL_LABELS, stageBlock, stageJson } from './format';
import type { Levels } from './levels';
import { formatYuan } from './money';
import { stagePlan, type PlanEntry } from './plan';
import type { CampaignReport } from './runCampaign';
import { checkWaterfall } from './runCampaign';
import { explainSimError } from './simErrors';

/**
 * `--fork-day N --plan-b FILE`: the run of `report` as played through day N, then plan B; prints
 * both runs and the waterfall difference line by line (what-if minus original).
 */
export function runFork(
  levels: Levels,
  report: CampaignReport,
  fork: { day: number; entries: readonly PlanEntry[] },
  json: boolean,
): string {
  const summary = report.stages[0];
  const log = report.logs[0];
  if (summary === undefined || log === undefined) throw new Error('the fork has no stage to fork');
  const stage: StageId = summary.stage;
  const level = levels[stage];
  if (fork.day >= summary.days) {
    throw new CliError(
      `--fork-day ${fork.day} is not before the last day played in stage ${stage} (${summary.days})`,
    );
  }
  const { steps, indices } = stagePlan(fork.entries, stage);
  const result = forkRun(level, report.seed, log, fork.day, steps);
  if (!result.ok) {
    const step = result.step;
    if (step === null)
      throw new Error(`stage ${stage}: its own log did not replay (${result.error})`);
    const fileIndex = indices[steps.indexOf(step)];
    const where = fileIndex === undefined ? `day ${step.day}` : `plan-b[${fileIndex}]`;
    const reason = explainSimError(level, result.state, step, result.error);
    throw new CliError(
      `${where} (stage ${stage}, day ${step.day}, ${step.action.type}): ${reason}`,
    );
  }
  const whatIf = summarizeStage(level, result.whatIf);
  checkWaterfall(whatIf);
  const diff = compareRuns(result.original, result.whatIf);
  if (json) {
    return `${JSON.stringify(
      {
        rulesVersion: report.rulesVersion,
        seed: report.seed,
        stage,
        forkDay: result.forkDay,
        original: stageJson(summary, levels, report.seed, log),
        whatIf: stageJson(whatIf, levels, report.seed, result.whatIfLog),
        difference: {
          netProfitFen: diff.net.differenceFen,
          lines: diff.lines.map(({ line, originalFen, whatIfFen, differenceFen }) => ({
            line,
            originalFen,
            whatIfFen,
            differenceFen,
          })),
        },
      },
      null,
      2,
    )}\n`;
  }
  const rows = diff.lines.map((l) => [
    PNL_LABELS[l.line],
    formatYuan(l.originalFen),
    formatYuan(l.whatIfFen),
    formatYuan(l.differenceFen),
  ]);
  rows.push([
    'Net profit',
    formatYuan(diff.net.originalFen),
    formatYuan(diff.net.whatIfFen),
    formatYuan(diff.net.differenceFen),
  ]);
  const header = ['', 'Original', 'What-if', 'Difference'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
  return `${[
    `Four Stages, seed ${report.seed} (rules version ${report.rulesVersion}): what-if from day ${result.forkDay + 1}`,
    '',
    'Original run:',
    ...stageBlock(summary, levels),
    '',
    `What-if (days 1–${result.forkDay} as played, then plan B):`,
    ...stageBlock(whatIf, levels),
    '',
    'Difference, line by line (what-if minus original):',
    line(header),
    ...rows.map(line),
  ].join('\n')}\n`;
}
