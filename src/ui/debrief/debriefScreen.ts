import './debriefScreen.css';
import type { Action, PlannedAction, StageId } from '../../sim';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import { el } from '../kit/dom';
import { downloadText } from '../../platform/download';
import { t } from '../../present/i18n';
import { debriefView, decisionsFile } from '../../present/views/debrief';
import { createEndingLauncher } from './endingDialog';

type DebriefModule = typeof import('./debriefChunk');

/** The player's decisions in a log with the day each took effect (the downloadable plan). */
function decisionsOfLog(stage: StageId, log: readonly Action[]): PlannedAction[] {
  let day = 1;
  const out: PlannedAction[] = [];
  for (const action of log) {
    if (action.type === 'advanceDay') day += 1;
    else out.push({ stage, day, action });
  }
  return out;
}

/** Saves the run's decisions as a plan file the CLI reads. */
function downloadDecisions(state: GameState): void {
  const file = decisionsFile(state);
  if (!file) return;
  downloadText(file.name, file.json, 'application/json');
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
        (mod) => mod.openShareDialog(store),
        () => {
          status.textContent = t('debrief.loadError');
        },
      );
    },
    download() {
      downloadDecisions(store.getState());
    },
    whatIf(day: number) {
      const run = store.getState().run;
      if (!run) return;
      // A what-if of a what-if forks the run it came from: the original stays the reference.
      if (store.getState().startWhatIf(run.stage, day) === null)
        store.getState().showScreen('shop');
    },
    reflect(text: string) {
      const run = store.getState().run;
      if (run) store.getState().setReflection(run.stage, text);
    },
    backToOriginal() {
      const state = store.getState();
      const run = state.run;
      const log = run ? state.logs[run.stage] : undefined;
      if (!run || !log) return;
      const decisions = decisionsOfLog(run.stage, log);
      state.restoreRun(run.stage, run.seed, log, decisions);
    },
  };

  /** Fills the "why" once the worker has weighed every decision of the run on screen. */
  function weigh(
    view: NonNullable<ReturnType<typeof debriefView>>,
    why: HTMLElement,
    body: HTMLElement,
    mod: DebriefModule,
  ): void {
    const run = store.getState().run;
    void mod.attributeOffThread(view.level, view.seed, view.log).then((result) => {
      if (store.getState().run !== run) return;
      why.setAttribute('aria-busy', 'false');
      body.replaceChildren(
        ...(result.ok
          ? mod.renderWhy(
              mod.whyView(
                result,
                view.waterfall.map((w) => w.line),
              ),
              view.level,
              view.waterfall,
              view.fineCases,
            )
          : [el('p', { class: 'hint', text: t('why.failed') })]),
      );
    });
  }

  function render(state: GameState, mod: DebriefModule): void {
    const view = debriefView(state);
    if (!view) return;
    shownRun = state.run;
    const { root: panel, heading, charts, picker, why, whyBody } = mod.renderDebrief(view, actions);
    weigh(view, why, whyBody, mod);
    scroller.replaceChildren(panel);
    scroller.scrollTop = 0;
    let drawnWidth = 0;
    const draw = () => {
      const width = charts.clientWidth;
      if (width === 0 || Math.abs(width - drawnWidth) < 8) return;
      drawnWidth = width;
      charts.replaceChildren(...mod.renderCharts(view, width, picker));
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
    loading ??= import('./debriefChunk').then(
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
