import { el } from '../kit/dom';
import { markPickedDay } from '../kit/charts';
import { formatFen, formatSignedFen } from '../../present/format';
import { t } from '../../present/i18n';
import type { DebriefView } from '../../present/views/debrief';

/** What the day-by-day chart needs to let a day be picked, and the control it is picked with. */
export interface ChartDayPicker {
  /** Under the charts: a day slider and the button that starts the what-if. */
  root: HTMLElement;
  /** For the GMV chart: the first pickable day, the day picked so far, and a pick. */
  chartPick: { fromDay: number; day: number | null; onPick(day: number): void };
}

/**
 * A what-if from the day-by-day chart: a click or tap on a day's column picks it, and so do the
 * slider's arrow keys; the button then plays that day again with the days before it as played.
 * "From day N" keeps days 1 to N − 1 and forks after day N − 1, exactly as the form below does.
 */
export function chartDayPicker(
  view: DebriefView,
  charts: HTMLElement,
  whatIf: (forkDay: number) => void,
): ChartDayPicker | null {
  const lastDay = view.summary.days;
  const firstDay = 2;
  if (lastDay < firstDay) return null;
  let day = Math.min(lastDay, Math.max(firstDay, Math.round(lastDay / 2)));
  const slider = el('input', {
    id: 'what-if-chart-day',
    type: 'range',
    min: firstDay,
    max: lastDay,
    step: 1,
    class: 'chart-day-slider',
  });
  slider.value = String(day);
  const shown = el('output', { for: 'what-if-chart-day', class: 'num chart-day-value' });
  const start = el('button', {
    type: 'button',
    class: 'btn btn-primary',
    'data-testid': 'chart-what-if',
  });
  const describe = () => {
    const gmv = view.gmvFen[day - 1] ?? 0;
    const net = view.netProfitCumFen[day - 1] ?? 0;
    shown.textContent = t('whatIf.chartDay', { day });
    start.textContent = t('whatIf.fromDay', { day });
    slider.setAttribute('aria-valuetext', t('whatIf.chartDay', { day }));
    start.title = t('whatIf.chartDayHint', {
      day,
      gmv: formatFen(gmv),
      net: formatSignedFen(net),
    });
  };
  const pick = (picked: number) => {
    day = Math.min(lastDay, Math.max(firstDay, picked));
    slider.value = String(day);
    describe();
    for (const chart of charts.querySelectorAll('svg.chart-pickable')) markPickedDay(chart, day);
  };
  slider.addEventListener('input', () => pick(Number(slider.value)));
  start.addEventListener('click', () => whatIf(day - 1));
  describe();
  const root = el('div', { class: 'chart-what-if' }, [
    el('label', { for: 'what-if-chart-day', text: t('whatIf.chartPick') }),
    el('div', { class: 'whatif-row' }, [slider, shown, start]),
  ]);
  return {
    root,
    chartPick: {
      fromDay: firstDay,
      get day() {
        return day;
      },
      onPick: (picked) => {
        pick(picked);
        start.focus();
      },
    },
  };
}
