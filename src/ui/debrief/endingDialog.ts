import type { GameState, GameStoreApi } from '../../store/gameStore';
import { waterfallChart } from './waterfall';
import { el } from '../kit/dom';
import { formatBp, formatFen, formatSignedFen } from '../../present/format';
import { local, t, tKey } from '../../present/i18n';
import { createModal } from '../kit/modal';
import { endingView, TRAFFIC_ADDICT_BP, type EndingView } from '../../present/views/ending';

/** Running totals for the waterfall chart, from the campaign's summed lines. */
function steps(view: EndingView) {
  let total = 0;
  return view.waterfall.map((w) => {
    const fromFen = total;
    total += w.amountFen;
    return { line: w.line, amountFen: w.amountFen, fromFen, toFen: total };
  });
}

function render(view: EndingView, state: GameState, tryAgain: () => void): HTMLElement[] {
  const outcome = el('p', {
    class: `ending-outcome ending-${view.outcome}`,
    text: tKey(`ending.outcome.${view.outcome}`),
  });
  const quote = el('blockquote', {
    class: 'ending-quote',
    text: tKey(`ending.quote.${view.outcome}`),
  });
  const score = el('p', {
    class: 'ending-score num',
    'data-testid': 'campaign-score',
    text: t('ending.score', { amount: formatSignedFen(view.netProfitFen, 'exact') }),
  });
  const gmv = el('p', {
    class: 'ending-gmv',
    text: t('ending.gmv', { amount: formatFen(view.gmvFen) }),
  });
  const stages = el(
    'ul',
    { class: 'ending-stages' },
    view.stages.map((s) =>
      el('li', {
        text: t('ending.stageRow', {
          stage: local(state.levels[s.stage]?.title ?? { en: s.stage, zh: s.stage }),
          gmv: formatFen(s.gmv),
          net: formatSignedFen(s.netProfit),
        }),
      }),
    ),
  );
  const badges = el(
    'ul',
    { class: 'ending-badges' },
    view.achievements.length === 0
      ? [el('li', { class: 'hint', text: t('ending.none') })]
      : view.achievements.map((a) =>
          el('li', {
            class: `badge badge-${a}`,
            text: tKey(`ach.${a}`, { share: formatBp(TRAFFIC_ADDICT_BP) }),
          }),
        ),
  );
  const again = el('button', {
    type: 'button',
    class: 'btn btn-primary',
    text: t('ending.tryAgain'),
  });
  again.addEventListener('click', tryAgain);
  return [
    outcome,
    quote,
    el('div', { class: 'ending-figures' }, [score, gmv]),
    el('h3', { text: t('ending.waterfall') }),
    waterfallChart(
      steps(view),
      t('ending.waterfall'),
      t('ending.gmv', { amount: formatFen(view.gmvFen) }),
    ),
    el('div', { class: 'ending-columns' }, [
      el('section', {}, [el('h3', { text: t('ending.stages') }), stages]),
      el('section', {}, [el('h3', { text: t('ending.achievements') }), badges]),
    ]),
    el('div', { class: 'ending-actions' }, [again]),
  ];
}

/** The campaign ending over the map or the debrief, once every stage has a result. */
export function createEndingDialog(store: GameStoreApi, newCampaign: () => void) {
  const heading = el('h2', { text: t('ending.heading') });
  const close = () => store.getState().openEnding(false);
  const modal = createModal({ className: 'ending-dialog', heading, onEscape: close });
  const closeButton = el('button', {
    type: 'button',
    class: 'btn btn-ghost',
    text: t('ending.close'),
  });
  closeButton.addEventListener('click', close);
  const body = el('div', { class: 'ending-body' });
  modal.panel.append(el('div', { class: 'data-head' }, [heading, closeButton]), body);
  let shown: unknown = null;

  function update(state: GameState): void {
    const view = state.ui.ending ? endingView(state) : null;
    if (!view) {
      shown = null;
      modal.close();
      return;
    }
    if (shown !== state.results) {
      shown = state.results;
      body.replaceChildren(
        ...render(view, state, () => {
          close();
          newCampaign();
        }),
      );
    }
    modal.open(heading.nextElementSibling as HTMLElement | null);
  }

  return { root: modal.root, update };
}

/** The button that opens the ending; it shows only when the campaign is complete. */
export function createEndingLauncher(store: GameStoreApi, className: string) {
  const root = el('button', {
    type: 'button',
    class: `btn btn-primary ${className}`,
    text: t('ending.open'),
    hidden: true,
  });
  root.addEventListener('click', () => store.getState().openEnding(true));
  return {
    root,
    update(state: GameState) {
      root.hidden = endingView(state) === null;
    },
  };
}
