import type { GameState } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { formatFen, formatCount } from '../../present/format';
import { t, tKey } from '../../present/i18n';
import { createModal } from '../kit/modal';
import { hudView } from '../../present/views/hud';
import { stageOutcome } from '../../sim';

/** When the last day has passed (or the shop went broke or was closed), lead to the debrief. */
export function createEndDialog(onDebrief: () => void, goText: string = t('end.debrief')) {
  const heading = el('h2', { text: t('end.heading') });
  const outcome = el('p', { class: 'end-outcome' });
  const figures = el('p', { class: 'end-figures' });
  const go = el('button', {
    type: 'button',
    class: 'btn btn-primary btn-large',
    text: goText,
  });
  go.addEventListener('click', onDebrief);
  const modal = createModal({ className: 'end-dialog', heading, onEscape: onDebrief });
  modal.panel.append(heading, outcome, figures, go);

  function update(state: GameState): void {
    const run = state.run;
    const level = run ? state.levels[run.stage] : undefined;
    const over = state.ui.screen === 'shop' && run && level && run.sim.outcome !== 'running';
    if (!over) {
      modal.close();
      return;
    }
    const view = hudView(state);
    setText(outcome, tKey(`outcome.${stageOutcome(level, run.sim)}`));
    if (view) {
      setText(
        figures,
        t('end.figures', { gmv: formatFen(view.gmvFen), orders: formatCount(view.orders) }),
      );
    }
    modal.open(go);
  }

  return { root: modal.root, update };
}
