import { decodeLink, type LevelSet } from '../../share';
import { attributeDecisions, PNL_LINES, type Action, type Level } from '../../sim';
import { cashChart, gmvChart } from '../../ui/kit/charts';
import { applyLevers } from '../../content/parseLevel';
import { actionWords, spanLabel } from '../../present/decisionWords';
import { whyView } from '../../present/views/why';
import { topDecisions } from '../../ui/debrief/whyPanel';
import { el, nameSlot, sentenceWithName } from '../../ui/kit/dom';
import { formatFen, formatSignedFen } from '../../present/format';
import { local, t } from '../../present/i18n';
import type { BoardEntry } from '../../classroom/board';

/** The decisions in a log with the day each took effect, as the debrief lists them. */
export function decisionsOf(log: readonly Action[]): { day: number; action: Action }[] {
  let day = 0;
  const out: { day: number; action: Action }[] = [];
  for (const action of log) {
    if (action.type === 'advanceDay') day += 1;
    else out.push({ day: day + 1, action });
  }
  return out;
}

/**
 * One student's run, stage by stage: the daily charts from the replayed series and the decisions
 * read back from their link (the verified result keeps states, not logs).
 */
export function studentDetail(entry: BoardEntry, levels: LevelSet, width: number): HTMLElement {
  const decoded = decodeLink(entry.link, levels);
  const logs = decoded.ok && decoded.link.kind === 'result' ? decoded.link.stages : [];
  const size = { width: Math.max(280, Math.min(width - 24, 900)), height: 220 };
  const parts: HTMLElement[] = [
    el(
      'h2',
      { id: 'student-h', tabindex: '-1' },
      sentenceWithName(t('class.detail', { name: nameSlot() }), entry.name),
    ),
  ];
  for (const { stage, summary, state } of entry.result.stages) {
    const level = levels[stage];
    const title = level ? local(level.title) : stage;
    const log = logs.find((l) => l.stage === stage)?.log ?? [];
    // The same attribution as the student's own debrief, on the level as the class played it.
    const levered = level ? applyLevers(level, entry.result.levers) : null;
    const played: Level | null = levered?.ok ? levered.level : null;
    const weighed = played ? attributeDecisions(played, entry.result.seed, log) : null;
    const decisions = weighed?.ok ? weighed.decisions.map((d) => d.decision) : [];
    const net = formatSignedFen(summary.netProfit);
    const list = el('ol', { class: 'timeline' });
    for (const decision of decisions) {
      list.append(
        el('li', { class: 'timeline-item' }, [
          el('span', { class: 'timeline-day', text: spanLabel(decision) }),
          el('span', {
            class: 'timeline-text',
            text: played
              ? actionWords(decision.action, played, decision.eventKind, decision.unitCostFen)
              : '',
          }),
        ]),
      );
    }
    const top =
      weighed?.ok && played && decisions.length > 0
        ? [
            el('h4', { text: t('why.heading') }),
            topDecisions(whyView(weighed, [...PNL_LINES]), played),
          ]
        : [];
    parts.push(
      el('section', { class: 'student-stage' }, [
        el('h3', { text: title }),
        gmvChart(size, {
          gmvFen: state.series.gmvFen,
          netProfitCumFen: state.series.netProfitCumFen,
          decisionDays: decisions.map((d) => d.fromDay),
          gmvLabel: t('debrief.seriesGmv'),
          netLabel: t('debrief.seriesNetValue', { amount: net }),
          title: t('debrief.chartGmv'),
          description: t('debrief.chartGmvDesc', { net, gmv: formatFen(summary.gmv) }),
        }),
        cashChart(size, {
          values: state.series.cashFen,
          startFen: state.startCashFen,
          labels: {
            start: formatFen(state.startCashFen),
            min: t('debrief.cashMinValue', { amount: formatFen(summary.cashMin) }),
            end: formatFen(summary.cashEnd),
          },
          title: t('debrief.chartCash'),
          description: t('debrief.chartCashDesc', {
            start: formatFen(state.startCashFen),
            min: formatFen(summary.cashMin),
            end: formatFen(summary.cashEnd),
          }),
        }),
        ...top,
        el('h4', { text: t('debrief.decisions') }),
        decisions.length > 0 ? list : el('p', { class: 'hint', text: t('debrief.noDecisions') }),
      ]),
    );
  }
  return el('section', { class: 'student-detail panel', 'aria-labelledby': 'student-h' }, parts);
}
