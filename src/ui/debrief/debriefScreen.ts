import type { GameState, GameStoreApi } from '../../store/gameStore';
import { el } from '../kit/dom';
import { t } from '../../present/i18n';
import { debriefView, decisionsFile } from '../../present/views/debrief';
import { createEndingLauncher } from './endingDialog';

type DebriefModule = typeof import('./debriefPanel');

/** Saves the run's decisions as a plan file the CLI reads. */
function downloadDecisions(state: GameState): void {
  const file = decisionsFile(state);
  if (!file) return;
  const url = URL.createObjectURL(new Blob([file.json], { type: 'application/json' }));
  const link = el('a', { href: url, download: file.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The debrief screen. Its panel and charts are a separate chunk, loaded when a stage first ends,
 * so the title screen does not wait for them.
 */
export function createDebriefScreen(store: GameStoreApi) {
  const ending = createEndingLauncher(store, 'debrief-ending');
  const status = el('p', { class: 'debrief-status', role: 'status', text: t('debrief.loading') });
  const scroller = el('div', { class: 'debrief-scroll' }, [status]);
  const root = el('div', { class: 'screen screen-debrief', hidden: true }, [
    el('div', { class: 'frame', 'data-frame': '' }),
    scroller,
    ending.root,
  ]);
  let module: DebriefModule | null = null;
  let loading: Promise<void> | null = null;
  let shownRun: unknown = null;
  let observer: ResizeObserver | null = null;

  const actions = {
    tryAgain() {
      const run = store.getState().run;
      if (!run) return;
      store.getState().startStage(run.stage);
      store.getState().showScreen('shop');
    },
    nextStage() {
      const view = debriefView(store.getState());
      if (!view?.nextStage) return;
      store.getState().showScreen('map');
      store.getState().openIntro(view.nextStage);
    },
    worldMap() {
      store.getState().showScreen('map');
    },
    share() {
      // The codec and QR code load with the dialog, not with the game.
      void import('./shareDialog').then(
        (mod) => mod.openShareDialog(store.getState()),
        () => {
          status.textContent = t('debrief.loadError');
        },
      );
    },
    download() {
      downloadDecisions(store.getState());
    },
  };

  function render(state: GameState, mod: DebriefModule): void {
    const view = debriefView(state);
    if (!view) return;
    shownRun = state.run;
    const { root: panel, heading, charts } = mod.renderDebrief(view, actions);
    scroller.replaceChildren(panel);
    scroller.scrollTop = 0;
    let drawnWidth = 0;
    const draw = () => {
      const width = charts.clientWidth;
      if (width === 0 || Math.abs(width - drawnWidth) < 8) return;
      drawnWidth = width;
      charts.replaceChildren(...mod.renderCharts(view, width));
    };
    observer?.disconnect();
    observer = new ResizeObserver(draw);
    observer.observe(charts);
    draw();
    heading.focus();
  }

  function update(state: GameState): void {
    ending.update(state);
    if (state.ui.screen !== 'debrief' || state.run === shownRun) return;
    if (module) {
      render(state, module);
      return;
    }
    loading ??= import('./debriefPanel').then(
      (mod) => {
        module = mod;
        const latest = store.getState();
        if (latest.ui.screen === 'debrief') render(latest, mod);
      },
      () => {
        status.textContent = t('debrief.loadError');
        loading = null;
      },
    );
  }

  return { root, update };
}
