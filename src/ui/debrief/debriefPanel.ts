import { goalParams } from '../../present/goalText';
// After the charts: its phone layout overrides their rows.
import './debrief.css';
import { el } from '../kit/dom';
import { formatCount, formatFen, formatSignedFen } from '../../present/format';
import { local, t, tKey } from '../../present/i18n';
import type { DebriefView } from '../../present/views/debrief';
import { cashChart, gmvChart } from '../kit/charts';
import { actionWords, spanLabel } from '../../present/decisionWords';
import { comparisonSection, reflectionSection, whatIfSection } from './debriefExtras';
import { chartDayPicker, type ChartDayPicker } from './chartWhatIf';
import { waterfallChart } from './waterfall';
import { penaltyWords } from '../../present/penaltyWords';

export interface DebriefActions {
  tryAgain(): void;
  nextStage(): void;
  worldMap(): void;
  download(): void;
  share(): void;
  /** Forks this run after `day` and plays on from the next day. */
  whatIf(day: number): void;
  /** Keeps the reflection answer with the run. */
  reflect(text: string): void;
  /** From a what-if's debrief: back to the run it was forked from. */
  backToOriginal(): void;
}

function figure(label: string, value: string, className = ''): HTMLElement {
  return el('div', { class: `debrief-figure ${className}` }, [
    el('dt', { text: label }),
    el('dd', { class: 'num', text: value }),
  ]);
}

function section(title: string, className: string, children: (Node | string)[]): HTMLElement {
  return el('section', { class: `debrief-section ${className}` }, [
    el('h2', { text: title }),
    ...children,
  ]);
}

/** Cash beside what is still owed and still coming, down to net profit. */
function cashPositionSection(view: DebriefView): HTMLElement[] {
  const rows = view.cashPosition;
  if (!rows) return [];
  const list = el(
    'dl',
    { class: 'cash-position' },
    rows.map((row) =>
      el('div', { class: row.total ? 'cash-row total' : 'cash-row' }, [
        el('dt', { text: tKey(`debrief.position.${row.key}`) }),
        el('dd', {
          class: 'num',
          text: row.key === 'cashEnd' ? formatFen(row.amountFen) : formatSignedFen(row.amountFen),
        }),
      ]),
    ),
  );
  return [
    section(t('debrief.position'), 'debrief-position', [
      el('p', { class: 'hint', text: t('debrief.positionHint') }),
      list,
    ]),
  ];
}

function starsRow(view: DebriefView): HTMLElement {
  const row = el('p', {
    class: 'debrief-stars',
    role: 'img',
    'aria-label': t('debrief.starsEarned', { stars: view.summary.stars }),
  });
  for (let i = 0; i < 3; i++) {
    row.append(el('span', { class: i < view.summary.stars ? 'star on' : 'star', text: '★' }));
  }
  return row;
}

function starChecks(view: DebriefView): HTMLElement {
  const list = el('ul', { class: 'star-checks' });
  const params = {
    ...goalParams(view.goals),
    target: formatCount(view.salesTargetOrders),
    orders: formatCount(view.summary.orders),
    penalties: penaltyWords(view.penaltyPoints, view.summary.penalties),
    net: formatSignedFen(view.summary.netProfit, 'exact'),
  };
  for (const check of view.stars) {
    list.append(
      el('li', { class: check.met ? 'met' : 'not-met' }, [
        el('span', { class: 'check-mark', 'aria-hidden': 'true', text: check.met ? '✓' : '✗' }),
        el('span', { class: 'check-rule', text: tKey(`star.${check.rule}`, params) }),
        el('span', {
          class: 'check-state',
          text: check.met ? t('debrief.met') : t('debrief.notMet'),
        }),
        el('span', { class: 'check-why', text: tKey(`star.${check.rule}.why`, params) }),
      ]),
    );
  }
  return list;
}

function decisions(view: DebriefView): HTMLElement {
  if (view.decisionLog.length === 0)
    return el('p', { class: 'hint', text: t('debrief.noDecisions') });
  const list = el('ol', { class: 'timeline' });
  for (const decision of view.decisionLog) {
    list.append(
      el('li', { class: `timeline-item timeline-${decision.action.type}` }, [
        el('span', { class: 'timeline-day', text: spanLabel(decision) }),
        el('span', {
          class: 'timeline-text',
          text: actionWords(decision.action, view.level, decision.eventKind, decision.unitCostFen),
        }),
      ]),
    );
  }
  return list;
}

/** Charts are drawn for the width they get; the caller redraws them when the width changes. */
export function renderCharts(
  view: DebriefView,
  width: number,
  picker: ChartDayPicker | null = null,
): HTMLElement[] {
  // The charts sit in padded, bordered cards: the drawing gets the card's inner width.
  const size = { width: Math.max(260, Math.floor(width) - 22), height: 220 };
  const net = formatSignedFen(view.summary.netProfit);
  const gmv = formatFen(view.summary.gmv);
  return [
    el('figure', { class: 'chart-figure' }, [
      el('figcaption', { text: t('debrief.chartGmv') }),
      gmvChart(size, {
        gmvFen: view.gmvFen,
        netProfitCumFen: view.netProfitCumFen,
        decisionDays: view.decisions.map((d) => d.day),
        gmvLabel: t('debrief.seriesGmv'),
        netLabel: t('debrief.seriesNetValue', { amount: net }),
        title: t('debrief.chartGmv'),
        description: t('debrief.chartGmvDesc', { net, gmv }),
        ...(picker ? { pick: picker.chartPick } : {}),
      }),
    ]),
    el('figure', { class: 'chart-figure' }, [
      el('figcaption', { text: t('debrief.chartCash') }),
      cashChart(size, {
        values: view.cashFen,
        startFen: view.startCashFen,
        labels: {
          start: formatFen(view.startCashFen),
          min: t('debrief.cashMinValue', { amount: formatFen(view.summary.cashMin) }),
          end: formatFen(view.summary.cashEnd),
        },
        title: t('debrief.chartCash'),
        description: t('debrief.chartCashDesc', {
          start: formatFen(view.startCashFen),
          min: formatFen(view.summary.cashMin),
          end: formatFen(view.summary.cashEnd),
        }),
      }),
    ]),
  ];
}

/** The whole debrief: outcome, figures, charts, waterfall, decisions, stars, lesson, actions. */
export function renderDebrief(view: DebriefView, actions: DebriefActions) {
  const s = view.summary;
  const heading = el('h1', {
    tabindex: '-1',
    text: t('debrief.headingStage', { stage: local(view.title) }),
  });
  const runCode = el('p', { class: 'run-code' }, [
    el('span', { text: t('debrief.runCodeLabel') }),
    el('code', { 'data-testid': 'run-code', text: s.stateHash }),
    el('span', { class: 'hint run-seed', text: t('debrief.seed', { seed: view.seed }) }),
  ]);
  const button = (text: string, className: string, onClick: () => void) => {
    const b = el('button', { type: 'button', class: `btn ${className}`, text });
    b.addEventListener('click', onClick);
    return b;
  };
  const next = button(t('debrief.nextStage'), 'btn-primary', actions.nextStage);
  next.hidden = !view.nextUnlocked;
  const charts = el('div', { class: 'charts' });
  // A what-if's own debrief forks from the form of the run it came from, not from its chart.
  const picker = view.whatIf ? null : chartDayPicker(view, charts, actions.whatIf);
  const whyBody = el('div', { class: 'why-body' }, [
    el('p', { class: 'hint', role: 'status', text: t('why.working') }),
  ]);
  const why = el('section', { class: 'debrief-section debrief-why', 'aria-busy': 'true' }, [
    el('h2', { text: t('why.heading') }),
    whyBody,
  ]);
  const reflection = reflectionSection(view, actions);
  const root = el('article', { class: 'debrief panel' }, [
    el('header', { class: 'debrief-head' }, [
      heading,
      el('p', {
        class: `debrief-outcome outcome-${s.outcome}`,
        text: tKey(`outcome.${s.outcome}`),
      }),
      starsRow(view),
      ...(view.whatIf
        ? [
            el('p', {
              class: 'debrief-whatif-label',
              'data-testid': 'what-if-label',
              text: t('whatIf.label', { day: view.whatIf.forkDay }),
            }),
          ]
        : []),
      runCode,
      el('p', { class: 'hint', text: t('debrief.runCodeHint') }),
    ]),
    el('div', { class: 'debrief-actions' }, [
      button(t('debrief.tryAgain'), '', actions.tryAgain),
      next,
      button(t('debrief.map'), '', actions.worldMap),
      button(t('debrief.share'), 'btn-share', actions.share),
      button(t('debrief.download'), 'btn-ghost', actions.download),
    ]),
    ...(view.whatIf ? [comparisonSection(view.whatIf.comparison, actions)] : []),
    section(t('debrief.figures'), 'debrief-figures', [
      el('dl', { class: 'figures' }, [
        figure(t('debrief.gmv'), formatFen(s.gmv, { precision: 'exact' }), 'fig-gmv'),
        figure(t('debrief.netProfit'), formatSignedFen(s.netProfit, 'exact'), 'fig-net'),
        figure(t('debrief.orders'), formatCount(s.orders)),
        figure(t('debrief.returns'), formatCount(s.returns)),
        figure(t('debrief.fakeOrders'), formatCount(s.fakeOrders)),
        figure(t('penalty.label'), penaltyWords(view.penaltyPoints, s.penalties), 'fig-penalties'),
        figure(t('debrief.cashMin'), formatFen(s.cashMin)),
        figure(t('debrief.cashEnd'), formatFen(s.cashEnd)),
        figure(
          t('debrief.rankEnd'),
          s.rankEnd > 0 && s.rankEnd <= view.rankedListings ? `#${s.rankEnd}` : t('hud.unranked'),
        ),
      ]),
    ]),
    ...cashPositionSection(view),
    section(t('debrief.chartWaterfall'), 'debrief-waterfall', [
      waterfallChart(
        view.waterfall,
        t('debrief.chartWaterfall'),
        t('debrief.chartWaterfallDesc', {
          gmv: formatFen(s.gmv),
          net: formatSignedFen(s.netProfit),
        }),
        view.fineCases,
      ),
    ]),
    section(t('debrief.overTime'), 'debrief-charts', [charts, ...(picker ? [picker.root] : [])]),
    why,
    section(t('debrief.decisions'), 'debrief-decisions', [decisions(view)]),
    section(t('debrief.stars'), 'debrief-star-checks', [starChecks(view)]),
    section(t('debrief.lesson'), 'debrief-lesson', [
      el('p', {
        class: 'lesson',
        text: view.lessonText.kind === 'key' ? t(view.lessonText.key) : local(view.lesson),
      }),
    ]),
    reflection,
    ...(view.whatIf ? [] : [whatIfSection(view, actions)]),
    el('p', { class: 'hint', text: t('debrief.downloadHint') }),
  ]);
  return { root, heading, charts, picker, why, whyBody };
}
