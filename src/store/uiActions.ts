import { castDraft } from 'immer';
import type { GameActions, GetStore, SetStore } from './state';

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
      const old = get().ui.stageFrame;
      if (
        old.x === frame.x &&
        old.y === frame.y &&
        old.width === frame.width &&
        old.height === frame.height
      )
        return;
      set((s) => {
        s.ui.stageFrame = frame;
      });
    },

    setOrderDraft(draft) {
      const old = get().ui.orderDraft;
      if (
        old.listingIndex === draft.listingIndex &&
        old.supplierId === draft.supplierId &&
        old.qty === draft.qty &&
        old.qualityCheck === draft.qualityCheck
      )
        return;
      set((s) => {
        s.ui.orderDraft = { ...draft };
      });
    },
  };
}
