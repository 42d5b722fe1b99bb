// Every folder imports its own stylesheets; none depends on the order they load in
// (test/unit/css.ownership.test.ts).
import { applyTheme } from './ui/kit/theme';
import { iconUrl } from './game/assets';
import { loadShippedLevels } from './platform/levels';
import { drawSeed, readLaunchParams } from './platform/launch';
import { browserStorage, type Campaign } from './platform/save';
import {
  browserPersistApi,
  createPersistenceCheck,
  type PersistenceCheck,
} from './platform/persist';
import { createSaveSlot, newTabId, type SaveSlot } from './platform/saveSlot';
import { cleanSessionSlots } from './platform/sessionSlots';
import { resumeScreen } from './store/flow';
import { openClassRound } from './store/classRound';
import { createGameStore, type GameState, type GameStoreApi } from './store/gameStore';
import { hasPlayedDay, restoreSavedCampaign, savedCampaign } from './store/savedCampaign';
import { readSettings } from './platform/settings';
import { setReducedMotion } from './platform/motion';
import { registerOffline } from './platform/offline';
import { createSound } from './platform/sound';
import { mountUi } from './ui/shell/app';
import { adoptSessionLanguage } from './present/i18n/sessionLanguage';
import { askConfirm } from './ui/kit/confirm';
import { campaignProgressText } from './present/confirmTexts';
import { createSaveTools } from './ui/shell/saveTools';
import { createSettingsMenu, createSettingsTools } from './ui/shell/settingsTools';
import { installSoundHooks } from './ui/shell/soundHooks';
import { loadLanguage, pageLanguage, t } from './present/i18n';
import { openRoute } from './pages/route';
import { installLayout } from './ui/kit/layout';
import { DENSEST_FIGURES_PER_DAY, setFiguresPerDay } from './present/views/street';

/** One clear sentence instead of a game, when the game cannot start. */
function showBootError(message: string): void {
  const ui = document.getElementById('ui');
  if (!ui) return;
  const box = document.createElement('p');
  box.className = 'boot-error panel';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  ui.replaceChildren(box);
}

/** A session game also keeps the student's name, so a reload hands in under the same name. */
function campaignOf(state: GameState, name?: string): Campaign {
  return { ...savedCampaign(state), ...(name === undefined ? {} : { name }) };
}

/**
 * Autosave after every change to the runs, the results or the reflections: each day, each
 * decision, each answer kept. After the
 * first saved day it asks the browser to keep saves, and `onPersistRefused` hears once if not.
 */
function installAutosave(
  store: GameStoreApi,
  slot: SaveSlot,
  persistence: PersistenceCheck,
  onPersistRefused: () => void,
  name?: string,
): () => boolean {
  const keyOf = (state: GameState) => [
    state.seed,
    state.results,
    state.logs,
    state.latest,
    state.paused,
    state.run?.log,
    state.reflections,
  ];
  // What was just loaded is already saved: a second tab that only opens writes nothing.
  let last = keyOf(store.getState());
  store.subscribe((state) => {
    const key = keyOf(state);
    if (key.every((v, i) => v === last[i])) return;
    last = key;
    if (!slot.write(campaignOf(state, name))) return;
    void persistence.afterSave(hasPlayedDay(state)).then((warn) => {
      if (warn) onPersistRefused();
    });
  });
  return () => slot.status() === 'unavailable';
}

/**
 * "New campaign" over a save asks first, naming what is lost and offering the export; over a
 * newer version's save it asks too, and moves that save aside (kept) only when confirmed.
 */
async function confirmNewCampaign(
  host: HTMLElement,
  store: GameStoreApi,
  saveTools: ReturnType<typeof createSaveTools> | null,
): Promise<boolean> {
  if (saveTools?.isNewer()) {
    const confirmed = await askConfirm(host, {
      heading: t('confirm.newer.heading'),
      loses: t('confirm.newer.loses'),
      confirmLabel: t('confirm.newCampaign.confirm'),
      keepLabel: t('confirm.cancel'),
    });
    return confirmed && saveTools.replaceNewer();
  }
  const progress = campaignProgressText(store.getState());
  if (progress === null) return true;
  return askConfirm(host, {
    heading: t('confirm.newCampaign.heading'),
    loses: t('confirm.newCampaign.loses', { progress }),
    confirmLabel: t('confirm.newCampaign.confirm'),
    keepLabel: t('confirm.newCampaign.keep'),
    keepCopy: saveTools ? { label: t('save.export'), action: saveTools.exportSave } : null,
  });
}

/** Brings back a saved campaign; a save whose open run no longer replays keeps the rest. */
function restore(store: GameStoreApi, save: Campaign): void {
  restoreSavedCampaign(store, save, false);
}

async function boot(): Promise<void> {
  await loadLanguage(pageLanguage());
  const uiRoot = document.getElementById('ui');
  const gameRoot = document.getElementById('game');
  if (!uiRoot || !gameRoot) return;
  applyTheme();
  // Before any screen or page is built: the phone CSS selects on <html data-layout>.
  installLayout();
  const levels = loadShippedLevels();
  if (!levels.ok) {
    showBootError(t('app.levelInvalid', { file: levels.file, problem: levels.problem }));
    return;
  }
  await adoptSessionLanguage(window.location.hash, window.location.search, levels.levels);
  const route = await openRoute(uiRoot, levels.levels);
  if (route.kind === 'page') {
    // A page has no canvas frame to wait for: it registers the offline worker at once, so the
    // dashboard a trainer opened once still opens without a network.
    registerOffline();
    return;
  }
  // Phaser is the largest chunk: fetched while the title is built rather than after it, so the
  // first canvas frame follows the title instead of waiting for a second round of downloads.
  const gameModule = import('./game/createGame');
  // Awaited at the end; this only keeps an early failure from being reported as unhandled.
  gameModule.catch(() => undefined);
  // A session plays its own stages with its levers applied, and stays out of the player's save.
  const session = route.kind === 'session' ? route.joined : null;
  // A class round (a brief link) plays its one round level, in the round's own slot.
  const round = route.kind === 'round' ? route.joined : null;
  const shipped = Object.fromEntries(levels.levels.map((level) => [level.id, level]));
  const store = createGameStore();
  store.getState().setShareContext({
    levels: shipped,
    levers: session?.session.levers ?? {},
    name: session?.name ?? null,
    sessionName: session?.session.name ?? null,
  });
  if (!round) store.getState().setLevels(session ? session.levels : levels.levels);
  const launch = readLaunchParams(window.location.search);
  // bench:web's street: as many figures as the crowd pool holds (views/street.ts).
  if (launch.bench) setFiguresPerDay(DENSEST_FIGURES_PER_DAY);
  const seedFor = () => session?.session.seed ?? launch.seed ?? drawSeed();
  // Drawn ahead, so the title can show the seed New campaign will really use.
  let nextSeed = seedFor();
  // A ?stage link never loads the save, so it never writes over it either (the slot's lease).
  // A session game lives in that session's own slot, opened by the session page.
  const storage = browserStorage();
  // Finished or long-left classroom sessions give their room back; the open one is kept.
  const ownSlot = session ? session.slot : round ? round.slot : null;
  cleanSessionSlots(storage, Date.now(), ownSlot?.keys.save ?? null);
  const slot =
    session || round || launch.stage ? null : createSaveSlot(storage, newTabId(), window);
  const loaded = slot ? slot.load() : { campaign: null, notice: null };
  const autosaveSlot = session || round ? ownSlot : slot;
  const save = loaded.campaign;
  const settings = readSettings(storage);
  setReducedMotion(settings.reducedMotion);
  const sound = createSound(settings.muted);
  installSoundHooks(store, sound);
  const persistence = createPersistenceCheck(storage, browserPersistApi());
  const saveTools = slot ? createSaveTools({ store, slot, campaignOf, persistence }) : null;

  const roundUi = round
    ? (await import('./pages/market/roundScreens')).roundScreens(store, round)
    : null;
  if (round) {
    store.getState().showScreen(openClassRound(store, round.game, round.resume));
  } else if (session) {
    if (session.resume) restore(store, session.resume);
    else store.getState().newCampaign(session.session.seed);
    store.getState().showScreen(resumeScreen(store.getState().run));
  } else if (launch.stage && store.getState().levels[launch.stage]) {
    // A trainer's or a test's link: straight into that stage's shop on that market.
    store.getState().newCampaign(launch.seed ?? drawSeed());
    store.getState().startStage(launch.stage);
    store.getState().showScreen('shop');
  } else if (save) {
    restore(store, save);
  } else {
    store.getState().newCampaign(nextSeed);
  }

  const onPersistRefused = () => saveTools?.persistRefused();
  const storageBlocked = autosaveSlot
    ? installAutosave(store, autosaveSlot, persistence, onPersistRefused, session?.name)
    : () => false;
  // A save brought back with played days is worth keeping from the start: ask now.
  if (autosaveSlot && hasPlayedDay(store.getState())) {
    void persistence.afterSave(true).then((warn) => {
      if (warn) onPersistRefused();
    });
  }
  mountUi({
    store,
    root: uiRoot,
    iconUrl,
    storageBlocked,
    titleExtras: [
      ...(saveTools ? [saveTools.titleTools] : []),
      createSettingsTools(storage, sound),
    ],
    shopTools: [createSettingsMenu(storage, sound)],
    exportSave: saveTools?.exportSave ?? null,
    ...(roundUi ? { round: roundUi } : {}),
    newCampaign(seed = nextSeed) {
      void confirmNewCampaign(uiRoot, store, saveTools).then((confirmed) => {
        if (!confirmed) return;
        store.getState().newCampaign(seed);
        nextSeed = seedFor();
        store.getState().showScreen('map');
      });
    },
    nextSeed: () => nextSeed,
    continueGame() {
      store.getState().showScreen(resumeScreen(store.getState().run));
    },
  });
  if (saveTools) uiRoot.append(saveTools.banner);
  // The title is usable from the next frame on; bench:web measures boot to this mark.
  requestAnimationFrame(() => performance.mark('fs-interactive'));
  const { createGame } = await gameModule;
  // The offline worker's precache fetches every asset again: after the first frame, so it
  // never competes with Phaser's start.
  createGame(gameRoot, store, { benchProbe: launch.bench, onFirstFrame: registerOffline });
}

boot().catch((error: unknown) => {
  showBootError(
    t('app.bootError', { reason: error instanceof Error ? error.message : String(error) }),
  );
});
