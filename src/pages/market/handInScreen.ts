import { classRoundOf, noteClassRound } from '../../platform/classRounds';
import { browserStorage } from '../../platform/save';
import { sanitizeName } from '../../share/names';
import { handInFor } from '../../share/roundStudent';
import { summarizeStage } from '../../sim';
import { finishedRoundLog, replayClassRound } from '../../store/classRound';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import { formatFen } from '../../present/format';
import { t } from '../../present/i18n';
import { askConfirm } from '../../ui/kit/confirm';
import { el } from '../../ui/kit/dom';
import { linkBox } from '../../ui/kit/linkBox';
import { pageBase } from '../../ui/debrief/shareDialog';
import type { ScreenView } from '../../ui/shell/app';
import type { JoinedRound } from './roundGame';

const MAX_NAME_CHARS = 40;

/**
 * The round's end, in the debrief's place: the round as played alone against its market, and
 * the hand-in for the trainer as a link (query form, like every link), a QR code and a code to
 * copy. The name is kept per class in this browser, so later rounds hand in under it too.
 */
export function createHandInScreen(store: GameStoreApi, joined: JoinedRound): ScreenView {
  const { brief, base } = joined;
  const storage = browserStorage();
  const classId = brief.spec.classId;
  const heading = el('h1', {
    id: 'hand-in-h',
    tabindex: '-1',
    text: t('classRound.heading', { round: brief.market.round }),
  });
  const figures = el('p', { class: 'hand-in-figures' });
  const name = el('input', {
    id: 'hand-in-name',
    type: 'text',
    maxlength: MAX_NAME_CHARS,
    autocomplete: 'nickname',
  });
  name.value = sanitizeName(classRoundOf(storage, classId)?.name ?? '', '');
  const box = el('div', { class: 'hand-in-box' });
  const toBrief = el('button', { type: 'button', class: 'btn', text: t('classRound.toBrief') });
  toBrief.addEventListener('click', () => store.getState().showScreen('map'));
  const again = el('button', {
    type: 'button',
    class: 'btn btn-ghost',
    text: t('classRound.again'),
  });
  const page = el('div', { class: 'page page-trainer page-hand-in' }, [
    el('section', { class: 'panel hand-in', 'aria-labelledby': 'hand-in-h' }, [
      heading,
      figures,
      el('p', { class: 'hint', text: t('classRound.later') }),
      el('div', { class: 'field' }, [
        el('label', { for: 'hand-in-name', text: t('classRound.name') }),
        name,
      ]),
      box,
      el('div', { class: 'brief-actions' }, [toBrief, again]),
    ]),
  ]);
  const root = el('div', { class: 'screen screen-hand-in', hidden: true }, [page]);
  again.addEventListener('click', () => {
    void askConfirm(root, {
      heading: t('classRound.againHeading'),
      loses: t('classRound.againLoses'),
      confirmLabel: t('classRound.againConfirm'),
      keepLabel: t('classRound.againKeep'),
    }).then((confirmed) => {
      if (confirmed) replayClassRound(store, joined.game);
    });
  });

  let shownLog: unknown = null;
  const showLink = () => {
    const log = finishedRoundLog(store);
    if (log === null) return;
    const link = handInFor(brief, base, sanitizeName(name.value, ''), log, pageBase(), 'query');
    const code = link.slice(link.indexOf('?') + 1);
    box.replaceChildren(
      linkBox(link, t('classRound.handIn'), 220),
      el('p', { class: 'link-label', text: t('classRound.code') }),
      el('pre', { class: 'hand-in-code', text: code }),
    );
  };
  name.addEventListener('input', () => {
    noteClassRound(storage, classId, { name: sanitizeName(name.value, '') });
    showLink();
  });

  function update(state: GameState): void {
    if (state.ui.screen !== 'debrief') return;
    const log = finishedRoundLog(store);
    const run = state.run;
    if (log === null || !run || log === shownLog) return;
    shownLog = log;
    const summary = summarizeStage(joined.game.level, run.sim);
    figures.textContent = t('classRound.alone', {
      orders: summary.orders,
      gmv: formatFen(summary.gmv),
      profit: formatFen(summary.netProfit),
      cash: formatFen(summary.cashEnd),
    });
    figures.dataset['orders'] = String(summary.orders);
    figures.dataset['gmv'] = String(summary.gmv);
    figures.dataset['profit'] = String(summary.netProfit);
    noteClassRound(storage, classId, { handedIn: brief.market.round });
    showLink();
  }

  return { root, update, focusTarget: () => heading };
}
