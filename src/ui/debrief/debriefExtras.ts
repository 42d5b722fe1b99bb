import type { RunComparison } from '../../sim';
import { REFLECTION_MAX_CHARS } from '../../store/gameStore';
import { el } from '../kit/dom';
import { t } from '../../present/i18n';
import type { DebriefView } from '../../present/views/debrief';
import { comparisonChart, comparisonLegend, comparisonTable } from './comparePanel';

interface ExtraActions {
  whatIf(day: number): void;
  reflect(text: string): void;
  backToOriginal(): void;
}

/** "What if…?": fork after a chosen day and play on; the run and its link stay as they are. */
export function whatIfSection(view: DebriefView, actions: ExtraActions): HTMLElement {
  const last = Math.max(1, view.summary.days - 1);
  const input = el('input', {
    id: 'what-if-day',
    type: 'number',
    min: 1,
    max: last,
    step: 1,
    inputmode: 'numeric',
  });
  input.value = String(Math.min(10, last));
  const error = el('p', { class: 'field-error', role: 'alert', hidden: true });
  const start = el('button', { type: 'button', class: 'btn btn-primary', text: t('whatIf.start') });
  start.addEventListener('click', () => {
    const day = Number(input.value);
    if (!Number.isInteger(day) || day < 1 || day > last) {
      error.textContent = t('whatIf.badDay', { last });
      error.hidden = false;
      return;
    }
    error.hidden = true;
    actions.whatIf(day);
  });
  return el('section', { class: 'debrief-section debrief-whatif' }, [
    el('h2', { text: t('whatIf.heading') }),
    el('p', { class: 'hint', text: t('whatIf.intro') }),
    el('div', { class: 'whatif-row' }, [
      el('label', { for: 'what-if-day', text: t('whatIf.dayLabel') }),
      input,
      start,
    ]),
    error,
  ]);
}

/** A what-if's debrief: both runs side by side, line by line and day by day. */
export function comparisonSection(comparison: RunComparison, actions: ExtraActions): HTMLElement {
  const back = el('button', { type: 'button', class: 'btn', text: t('whatIf.back') });
  back.addEventListener('click', () => actions.backToOriginal());
  return el('section', { class: 'debrief-section debrief-compare', 'data-testid': 'compare' }, [
    el('h2', { text: t('whatIf.compareHeading') }),
    comparisonTable(comparison),
    el('figure', { class: 'chart-figure compare-figure' }, [
      el('figcaption', { text: t('whatIf.chartTitle') }),
      comparisonChart(comparison, { width: 640, height: 240 }),
      comparisonLegend(),
    ]),
    back,
  ]);
}

/** One reflection prompt per stage; the answer is text only, kept with the run. */
export function reflectionSection(view: DebriefView, actions: ExtraActions): HTMLElement {
  const area = el('textarea', {
    id: 'reflection',
    rows: 3,
    maxlength: REFLECTION_MAX_CHARS,
  });
  area.value = view.reflection;
  const saved = el('p', { class: 'hint', role: 'status' });
  area.addEventListener('change', () => {
    actions.reflect(area.value);
    saved.textContent = t('reflect.saved');
  });
  return el('section', { class: 'debrief-section debrief-reflect' }, [
    el('h2', { text: t('reflect.heading') }),
    el('label', { for: 'reflection', text: t(`reflect.prompt.${view.stage}`) }),
    area,
    el('p', { class: 'hint', text: t('reflect.hint', { max: REFLECTION_MAX_CHARS }) }),
    saved,
  ]);
}
