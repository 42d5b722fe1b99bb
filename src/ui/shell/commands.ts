import type { Action } from '../../sim';
import type { GameStoreApi, Speed } from '../../store/gameStore';

/**
 * What buttons and keys can ask for. Each command only dispatches to the store; the store and the
 * sim decide what happens. Buttons and keyboard shortcuts share these, so both behave the same.
 */
export interface Commands {
  dispatch(action: Action): void;
  togglePlay(): void;
  setSpeed(speed: Exclude<Speed, 0>): void;
  nextDay(): void;
  finish(): void;
  toggleBooks(): void;
  canAct(): boolean;
  isShopOpen(): boolean;
}

export function createCommands(store: GameStoreApi): Commands {
  let lastSpeed: Exclude<Speed, 0> = 1;
  const canAct = () => {
    const { run, ui } = store.getState();
    return (
      ui.screen === 'shop' &&
      run !== null &&
      run.sim.outcome === 'running' &&
      run.sim.pendingEvent === null
    );
  };
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
      store.getState().setSpeed(0);
      store.getState().finishStage();
    },
    toggleBooks() {
      const { ui, run } = store.getState();
      if (ui.screen !== 'shop' || !run) return;
      store.getState().openPanel(ui.openPanel === 'books' ? 'none' : 'books');
    },
    canAct,
    isShopOpen: () => store.getState().ui.screen === 'shop' && store.getState().run !== null,
  };
}
