import type { GameState } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { formatCount } from '../../present/format';
import { t } from '../../present/i18n';

/** One box drawn per this many units, up to a full shelf. */
const BOX_UNITS = 50;
const MAX_BOXES = 18;

/**
 * The stockroom beside the street, for stages that buy stock: boxes pile up as deliveries arrive
 * and run out as orders ship; a truck shows what is on the way. Figures come from the sim state
 * and the day's notices ('arrival', 'stockout', 'clearance').
 */
export function createStockShelf() {
  const boxes = el('div', { class: 'shelf-boxes', 'aria-hidden': 'true' });
  const units = el('p', { class: 'shelf-units' });
  const truck = el('p', { class: 'shelf-truck' });
  const flash = el('p', { class: 'shelf-flash', 'aria-live': 'polite' });
  const root = el(
    'div',
    { class: 'shelf', role: 'group', 'aria-label': t('shelf.label'), hidden: true },
    [boxes, el('div', { class: 'shelf-text' }, [units, truck, flash])],
  );
  let lastKey = '';

  function update(state: GameState): void {
    const run = state.run;
    const level = run ? state.levels[run.stage] : undefined;
    const show =
      state.ui.screen === 'shop' && !!run && !!level?.enabledActions.includes('orderStock');
    root.hidden = !show;
    if (!show || !run) return;
    const sim = run.sim;
    const onHand = sim.listings.reduce((sum, l) => sum + l.onHand, 0);
    const next = sim.listings
      .flatMap((l) => l.inTransit)
      .sort((a, b) => a.arrivalDay - b.arrivalDay)[0];
    const key = `${sim.day}|${onHand}|${next?.arrivalDay ?? ''}|${next?.qty ?? ''}`;
    if (key === lastKey) return;
    lastKey = key;
    const count = Math.min(MAX_BOXES, Math.ceil(onHand / BOX_UNITS));
    if (boxes.childElementCount !== count) {
      boxes.replaceChildren(...Array.from({ length: count }, () => el('span', { class: 'box' })));
    }
    root.dataset['level'] = onHand === 0 ? 'empty' : count >= MAX_BOXES ? 'full' : 'ok';
    setText(
      units,
      onHand === 0 ? t('shelf.empty') : t('shelf.units', { qty: formatCount(onHand) }),
    );
    truck.hidden = !next;
    if (next) {
      setText(
        truck,
        t('shelf.truck', {
          qty: formatCount(next.qty),
          days: Math.max(0, next.arrivalDay - sim.day),
        }),
      );
    }
    const notices = sim.today?.notices ?? [];
    const arrived = notices.filter((n) => n.kind === 'arrival').reduce((s, n) => s + n.qty, 0);
    const cleared = notices.filter((n) => n.kind === 'clearance').reduce((s, n) => s + n.qty, 0);
    const parts: string[] = [];
    if (arrived > 0) parts.push(t('shelf.arrived', { qty: formatCount(arrived) }));
    if (cleared > 0) parts.push(t('shelf.cleared', { qty: formatCount(cleared) }));
    setText(flash, parts.join(' · '));
    root.classList.toggle('shelf-delivery', arrived > 0);
  }

  return { root, update };
}
