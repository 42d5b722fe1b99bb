import './hud.css';
import type { GameState } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { formatCount } from '../../present/format';
import { t } from '../../present/i18n';
import { streetView } from '../../present/views/street';

/** The key to the street: what one figure and one coin stand for, and the three visitor shapes. */
export function createLegend() {
  const figures = el('li', { class: 'legend-scale' });
  const coins = el('li', { class: 'legend-scale' });
  // Phones get the short names; the swatch still shows the shape.
  const source = (kind: string, label: string, short: string) =>
    el('li', { class: `legend-source legend-${kind}` }, [
      el('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' }),
      el('span', { class: 'legend-long', text: label }),
      el('span', { class: 'legend-short', 'aria-hidden': 'true', text: short }),
    ]);
  const root = el('aside', { class: 'legend', 'aria-label': t('legend.label') }, [
    el('ul', {}, [
      figures,
      source('organic', t('legend.organic'), t('legend.organicShort')),
      source('paid', t('legend.paid'), t('legend.paidShort')),
      source('fake', t('legend.fake'), t('legend.fakeShort')),
      coins,
    ]),
  ]);
  let lastRun: unknown = null;

  function update(state: GameState): void {
    if (state.run === lastRun) return;
    lastRun = state.run;
    const view = streetView(state);
    if (!view) return;
    const n = view.visitorsPerFigure;
    const k = view.ordersPerCoin;
    setText(figures, n === 1 ? t('legend.figure') : t('legend.figures', { n: formatCount(n) }));
    setText(coins, k === 1 ? t('legend.coin') : t('legend.coins', { n: formatCount(k) }));
  }

  return { root, update };
}
