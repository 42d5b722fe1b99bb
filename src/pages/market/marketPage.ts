import '../pages.css';
import './market.css';
import { t } from '../../present/i18n';
import type { Level } from '../../sim';
import { el } from '../../ui/kit/dom';
import { pageBase } from '../../ui/debrief/shareDialog';
import { collectPanel } from './marketCollect';
import { createPanel } from './marketCreate';
import { redrawCharts, renderResults, type Shown } from './marketResults';

/**
 * The class market's trainer page (#market): create a class and its round-1 briefs, then clear
 * the rounds from the class link and every hand-in so far. The links are the class: the same
 * links rebuild it on any machine, and `npm run round` prints the same standings and hashes.
 */
export function showMarketPage(root: HTMLElement, shipped: readonly Level[]): void {
  const base = shipped.find((level) => level.id === 'comprehensive');
  if (base === undefined) return;
  const output = el('section', { class: 'market-output', 'aria-live': 'polite' });
  const sheets = el('section', { class: 'market-sheets' });
  const names = el('input', { id: 'market-names', type: 'checkbox' });
  let shown: Shown | null = null;
  const render = () => {
    if (shown === null) {
      output.replaceChildren();
      sheets.replaceChildren();
      return;
    }
    renderResults(output, sheets, shown, base, names.checked);
  };
  names.addEventListener('change', render);
  // Charts are drawn at the page's width: a projector window resized redraws them to fit.
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      if (shown !== null) redrawCharts(output, shown, names.checked);
    }, 200);
  });
  const collect = collectPanel(
    base,
    (next) => {
      shown = next;
      render();
    },
    names,
  );
  const create = createPanel(base, (created) => {
    collect.adopt(created.classLink, created.deadlineMinute);
  });
  root.replaceChildren(
    el('div', { class: 'page page-trainer page-market' }, [
      el('nav', { class: 'page-nav', 'aria-label': t('classMarket.nav') }, [
        el('a', { class: 'btn btn-ghost', href: pageBase(), text: t('score.openGame') }),
        el('a', { class: 'btn', href: '#trainer', text: t('trainer.heading') }),
      ]),
      el('div', { class: 'trainer-columns' }, [create.form, create.output]),
      collect.form,
      output,
      sheets,
    ]),
  );
  root.querySelector<HTMLElement>('#market-h')?.focus();
}
