import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import { campaignActions } from './campaignActions';
import { runActions } from './runActions';
import type { GameState, GameStore } from './state';
import { uiActions } from './uiActions';

export type { StageRecord } from './progress';
export * from './state';

export function createGameStore(initial?: Partial<GameState>) {
  return createStore<GameStore>()(
    immer((set, get) => ({
      seed: initial?.seed ?? 1,
      levels: initial?.levels ?? {},
      run: null,
      results: initial?.results ?? {},
      logs: initial?.logs ?? {},
      latest: initial?.latest ?? {},
      paused: initial?.paused ?? {},
      whatIfs: {},
      reflections: {},
      share: { levels: {}, levers: {}, name: null, sessionName: null },
      ui: {
        speed: 0,
        lastError: null,
        openPanel: 'none',
        screen: 'title',
        introStage: null,
        ending: false,
        shareName: '',
        stageFrame: { x: 0, y: 0, width: 1280, height: 720 },
        orderDraft: { listingIndex: 0, supplierId: '', qty: 0, qualityCheck: false },
      },
      ...campaignActions(set, get),
      ...runActions(set, get),
      ...uiActions(set, get),
    })),
  );
}

export type GameStoreApi = ReturnType<typeof createGameStore>;
