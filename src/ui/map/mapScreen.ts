import type { StageId } from '../../sim';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { formatSignedFen } from '../../present/format';
import { local, t } from '../../present/i18n';
import { mapView, type MapStage } from '../../present/views/map';
import { createEndingLauncher } from '../debrief/endingDialog';
import { createIntroDialog } from './introDialog';
import { sessionStrip } from './sessionStrip';

function starsText(stage: MapStage): string {
  return stage.stars === null ? t('map.noStars') : t('map.starsLabel', { stars: stage.stars });
}

function stageCard(
  stage: MapStage,
  inProgress: boolean,
  onOpen: (id: StageId) => void,
): HTMLElement {
  const stars = el('span', { class: 'stage-stars', 'aria-hidden': 'true' });
  for (let i = 0; i < 3; i++) {
    stars.append(
      el('span', {
        class: stage.stars !== null && i < stage.stars ? 'star on' : 'star',
        text: '★',
      }),
    );
  }
  const status = !stage.unlocked
    ? t('map.locked')
    : inProgress
      ? t('map.inProgress')
      : stage.passed
        ? t('map.passed')
        : t('map.notPassed');
  const button = el(
    'button',
    {
      type: 'button',
      class: `stage-card${stage.unlocked ? '' : ' locked'}${stage.current ? ' current' : ''}`,
      'aria-disabled': stage.unlocked ? null : 'true',
      'data-stage': stage.stage,
    },
    [
      el('span', { class: 'stage-number', 'aria-hidden': 'true', text: String(stage.order) }),
      el('span', { class: 'stage-title', text: local(stage.title) }),
      el('span', { class: 'stage-status', text: status }),
      el('span', { class: 'visually-hidden', text: starsText(stage) }),
      stars,
    ],
  );
  button.addEventListener('click', () => {
    if (stage.unlocked) onOpen(stage.stage);
  });
  return button;
}

/** The world map: four islands (drawn by the map scene) and a card per stage below them. */
export function createMapScreen(store: GameStoreApi, exportSave: (() => void) | null = null) {
  const heading = el('h1', { class: 'map-heading', tabindex: '-1', text: t('map.heading') });
  const total = el('p', { class: 'map-total' });
  // The session is fixed for the page's life (main.ts sets it once), so it is built once.
  const session = mapView(store.getState()).session;
  const back = el('button', { type: 'button', class: 'btn btn-ghost', text: t('map.backToTitle') });
  back.addEventListener('click', () => store.getState().showScreen('title'));
  const cards = el('nav', { class: 'stage-cards', 'aria-label': t('map.heading') });
  const intro = createIntroDialog(store, exportSave);
  const ending = createEndingLauncher(store, 'map-ending');
  const root = el('div', { class: 'screen screen-map', hidden: true }, [
    el('header', { class: 'map-header panel' }, [
      back,
      el('div', { class: 'map-titles' }, [heading, total]),
      ending.root,
      ...(session ? [sessionStrip(session)] : []),
    ]),
    el('div', { class: 'frame', 'data-frame': '' }),
    cards,
    intro.root,
  ]);
  let lastKey = '';

  return {
    root,
    heading,
    update(state: GameState) {
      const view = mapView(state);
      const key = JSON.stringify([
        view.stages.map((s) => [s.unlocked, s.stars, s.current]),
        view.runsInProgress,
      ]);
      if (key !== lastKey) {
        lastKey = key;
        const focused =
          document.activeElement instanceof HTMLElement
            ? document.activeElement.dataset['stage']
            : undefined;
        cards.replaceChildren(
          ...view.stages.map((s) =>
            stageCard(s, view.runsInProgress.includes(s.stage), (id) =>
              store.getState().openIntro(id),
            ),
          ),
        );
        if (focused) cards.querySelector<HTMLElement>(`[data-stage="${focused}"]`)?.focus();
      }
      setText(
        total,
        view.finishedStages === 0
          ? t('map.totalNone')
          : t('map.total', { amount: formatSignedFen(view.campaignNetProfitFen) }),
      );
      intro.update(state);
      ending.update(state);
    },
  };
}
