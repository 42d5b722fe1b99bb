import type { Action } from '../../sim';
import type { GameStoreApi, Speed } from '../../store/gameStore';

/**
 * What buttons and keys can ask for. Each command only dispatches to the store; the store and the
 * sim decide what happens. Buttons and keyboard shortcuts share these, so both behave the same.
 */
/** Finishing a stage with more days left than this asks first: the player gives up deciding them. */
export const FINISH_ASKS_OVER_DAYS = 3;

export interface CommandOptions {
  /** Asks whether to pass `daysLeft` days at once; the safe answer is false. */
  confirmFinish?: (daysLeft: number) => Promise<boolean>;
}

export interface Commands {
  dispatch(action: Action): void;
  togglePlay(): void;
  setSpeed(speed: Exclude<Speed, 0>): void;
  nextDay(): void;
  finish(): void;
  toggleBooks(): void;
  canAct(): boolean;
  isShopOpen(): boolean;
  dispose(): void;
}

export function createCommands(store: GameStoreApi, options: CommandOptions = {}): Commands {
  let lastSpeed: Exclude<Speed, 0> = 1;
  /** "Finish stage" was pressed and the stage has not ended: it goes on after each event. */
  let finishing = false;
  let resuming = false;
  const canAct = () => {
    const { run, ui } = store.getState();
    return (
      ui.screen === 'shop' &&
      run !== null &&
      run.sim.outcome === 'running' &&
      run.sim.pendingEvent === null
    );
  };
  const finishNow = () => {
    finishing = true;
    store.getState().setSpeed(0);
    store.getState().finishStage();
  };
  // Once the player has answered an event met while finishing, finishing carries on.
  const unsubscribe = store.subscribe((state) => {
    if (!finishing || resuming) return;
    const run = state.run;
    if (state.ui.screen !== 'shop' || !run || run.sim.outcome !== 'running') {
      finishing = false;
      return;
    }
    if (run.sim.pendingEvent !== null) return;
    resuming = true;
    try {
      store.getState().finishStage();
    } finally {
      resuming = false;
    }
  });
  return {
    dispatch(action) {
      store.getState().dispatch(action);
    },
    togglePlay() {
      const { ui } = store.getState();
      if (ui.speed !== 0) {
        lastSpeed = ui.speed;
        store.getState().setSpeed(0);
      } else if (canAct()) store.getState().setSpeed(lastSpeed);
    },
    setSpeed(speed) {
      lastSpeed = speed;
      if (canAct()) store.getState().setSpeed(speed);
    },
    nextDay() {
      if (!canAct()) return;
      store.getState().setSpeed(0);
      store.getState().dispatch({ type: 'advanceDay' });
    },
    finish() {
      if (!canAct()) return;
      const run = store.getState().run;
      const daysLeft = run ? run.sim.days - run.sim.day : 0;
      if (daysLeft <= FINISH_ASKS_OVER_DAYS || !options.confirmFinish) {
        finishNow();
        return;
      }
      store.getState().setSpeed(0);
      void options.confirmFinish(daysLeft).then((confirmed) => {
        // The shop may have changed while the question was open.
        if (confirmed && canAct() && store.getState().run === run) finishNow();
      });
    },
    toggleBooks() {
      const { ui, run } = store.getState();
      if (ui.screen !== 'shop' || !run) return;
      store.getState().openPanel(ui.openPanel === 'books' ? 'none' : 'books');
    },
    canAct,
    isShopOpen: () => store.getState().ui.screen === 'shop' && store.getState().run !== null,
    dispose: unsubscribe,
  };
}
