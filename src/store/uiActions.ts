import { castDraft } from 'immer';
import type { GameActions, GetStore, SetStore, UiState } from './state';

type UiActions = Pick<
  GameActions,
  | 'setShareContext'
  | 'setShareName'
  | 'setSpeed'
  | 'openPanel'
  | 'clearError'
  | 'showScreen'
  | 'openEnding'
  | 'openIntro'
  | 'setStageFrame'
  | 'setOrderDraft'
>;

/** A run opened or a campaign started: it starts paused, with no error, panel or intro open. */
export function resetForRun(ui: UiState): void {
  ui.speed = 0;
  ui.lastError = null;
  ui.openPanel = 'none';
  ui.introStage = null;
}

/** Whether two flat records hold the same values, so an unchanged one notifies nobody. */
function sameValues<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);
}

/** What the screens show and hold for the player: none of it is part of a replay. */
export function uiActions(set: SetStore, get: GetStore): UiActions {
  return {
    setShareContext(share) {
      set((s) => {
        s.share = castDraft(share);
      });
    },

    setShareName(name) {
      set((s) => {
        s.ui.shareName = name;
      });
    },

    setSpeed(speed) {
      set((s) => {
        s.ui.speed = speed;
      });
    },

    openPanel(panel) {
      set((s) => {
        s.ui.openPanel = panel;
      });
    },

    clearError() {
      set((s) => {
        s.ui.lastError = null;
      });
    },

    showScreen(screen) {
      set((s) => {
        s.ui.screen = screen;
        s.ui.speed = 0;
        if (screen !== 'map') s.ui.introStage = null;
        s.ui.ending = false;
        if (screen !== 'shop') s.ui.openPanel = 'none';
      });
    },

    openEnding(open) {
      set((s) => {
        s.ui.ending = open;
      });
    },

    openIntro(stage) {
      set((s) => {
        s.ui.introStage = stage;
      });
    },

    setStageFrame(frame) {
      if (sameValues(get().ui.stageFrame, frame)) return;
      set((s) => {
        s.ui.stageFrame = frame;
      });
    },

    setOrderDraft(draft) {
      if (sameValues(get().ui.orderDraft, draft)) return;
      set((s) => {
        s.ui.orderDraft = { ...draft };
      });
    },
  };
}
