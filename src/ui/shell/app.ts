import './screens.css';
import './platform.css';
import { canAct } from '../../store/flow';
import type { GameState, GameStoreApi, Screen } from '../../store/gameStore';
import { createDayClock, DAY_MS } from '../../platform/dayClock';
import { createCommands } from './commands';
import { askConfirm } from '../kit/confirm';
import { local, t } from '../../present/i18n';
import { installShortcuts } from './keyboard';
import { createDebriefScreen } from '../debrief/debriefScreen';
import { createMapScreen } from '../map/mapScreen';
import { createShopScreen, type ShopLabels } from '../shop/shopScreen';
import { createTitleScreen } from './titleScreen';
import { createEndingDialog } from '../debrief/endingDialog';

export interface AppOptions {
  store: GameStoreApi;
  root: HTMLElement;
  iconUrl: string;
  /** A new campaign on `seed`, or on the next seed when none is given (the ending's Try again). */
  newCampaign(seed?: number): void;
  /** The seed the title shows: what New campaign uses unless the player types another. */
  nextSeed(): number;
  continueGame(): void;
  storageBlocked(): boolean;
  titleExtras?: readonly HTMLElement[];
  /** Tools reachable during play (the settings menu), placed in the shop's dashboard. */
  shopTools?: readonly HTMLElement[];
  /** Downloads the save, offered before a destructive action; absent where nothing is saved. */
  exportSave?: (() => void) | null;
  /**
   * A class round's own screens: its brief where the world map would be, its hand-in where the
   * debrief would be, and the shop's labels that lead there.
   */
  round?: { map: ScreenView; debrief: ScreenView; labels: ShopLabels };
}

export interface ScreenView {
  root: HTMLElement;
  update(state: GameState): void;
  focusTarget?: () => HTMLElement | null;
}

/** Continue's hint: what the in-memory campaign (restored from the save at boot) would resume. */
function savedSummary(state: GameState): string | null {
  const run = state.run;
  const level = run ? state.levels[run.stage] : undefined;
  if (run && level && run.sim.outcome === 'running' && run.log.length > 0) {
    return t('title.continueHint', {
      stage: local(level.title),
      day: run.sim.day,
      days: run.sim.days,
    });
  }
  return Object.keys(state.results).length > 0 ? t('title.continueCampaign') : null;
}

/** Builds every DOM screen over the canvas and keeps them in step with the store. */
export function mountUi(options: AppOptions): { dispose(): void } {
  const { store, root } = options;
  const commands = createCommands(store, {
    confirmFinish: (daysLeft) =>
      askConfirm(root, {
        heading: t('confirm.finish.heading'),
        loses: t('confirm.finish.loses', { days: daysLeft }),
        confirmLabel: t('confirm.finish.confirm'),
        keepLabel: t('confirm.finish.keep'),
      }),
  });
  const title = createTitleScreen({
    newCampaign: (seed) => options.newCampaign(seed),
    nextSeed: () => options.nextSeed(),
    continueGame: options.continueGame,
    savedSummary: () => savedSummary(store.getState()),
    storageBlocked: options.storageBlocked,
    extras: options.titleExtras ?? [],
  });
  title.setIcon(options.iconUrl);
  const round = options.round;
  const mapScreen = (): ScreenView => {
    const map = createMapScreen(store, options.exportSave ?? null);
    return { ...map, focusTarget: () => map.heading };
  };
  const shop = createShopScreen(store, commands, options.shopTools ?? [], round?.labels);
  const screens: Record<Screen, ScreenView> = {
    title: { ...title, focusTarget: () => title.root.querySelector<HTMLElement>('.btn-primary') },
    map: round ? round.map : mapScreen(),
    shop: { ...shop, focusTarget: () => shop.root.querySelector<HTMLElement>('.btn-play') },
    debrief: round ? round.debrief : createDebriefScreen(store),
  };
  const ending = createEndingDialog(store, () => options.newCampaign());
  root.replaceChildren(...Object.values(screens).map((s) => s.root), ending.root);

  const measureFrame = () => {
    const screen = store.getState().ui.screen;
    const frame = screens[screen].root.querySelector<HTMLElement>('[data-frame]');
    if (!frame) return;
    const rect = frame.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return;
    store.getState().setStageFrame({
      x: Math.round(rect.left),
      y: Math.round(rect.top),
      width: Math.round(rect.width),
      height: Math.round(rect.height),
    });
  };
  const observer = new ResizeObserver(measureFrame);
  for (const screen of Object.values(screens)) {
    const frame = screen.root.querySelector('[data-frame]');
    if (frame) observer.observe(frame);
  }
  window.addEventListener('resize', measureFrame);

  let shown: Screen | null = null;
  const render = (state: GameState) => {
    const screen = state.ui.screen;
    if (screen !== shown) {
      for (const [name, view] of Object.entries(screens)) view.root.hidden = name !== screen;
      root.dataset['screen'] = screen;
    }
    screens[screen].update(state);
    ending.update(state);
    if (screen !== shown) {
      shown = screen;
      measureFrame();
      const target = screens[screen].focusTarget?.();
      if (target && !root.querySelector('.modal-backdrop:not([hidden])')) target.focus();
    }
  };

  const clock = createDayClock(() => {
    if (store.getState().dispatch({ type: 'advanceDay' }) !== null) store.getState().setSpeed(0);
  });
  const syncClock = (state: GameState) => {
    const playing = state.ui.speed !== 0 && canAct(state);
    clock.setInterval(playing ? DAY_MS / state.ui.speed : null);
  };

  const unsubscribe = store.subscribe((state) => {
    render(state);
    syncClock(state);
  });
  const removeShortcuts = installShortcuts(
    commands,
    () => root.querySelector('.modal-backdrop:not([hidden])') !== null,
  );
  render(store.getState());
  syncClock(store.getState());

  return {
    dispose() {
      unsubscribe();
      commands.dispose();
      removeShortcuts();
      clock.dispose();
      observer.disconnect();
      window.removeEventListener('resize', measureFrame);
    },
  };
}
