import './shop.css';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import type { Commands } from '../shell/commands';
import { createControlsPanel } from './controlsPanel';
import { el } from '../kit/dom';
import { createBooksPanel } from './booksPanel';
import { createEndDialog } from './endDialog';
import { createEventDialog } from './dialogs/eventDialog';
import { createHud, type BackLabels } from './hud';
import { createLegend } from './legend';
import { createNotices } from './notices';
import { createDecisionsSheet } from './sheets';
import { createTimeBar } from './timeBar';
import { createFinanceDialog } from './dialogs/financeDialog';
import { createMarketDialog } from './dialogs/marketDialog';
import { createStockShelf } from './stockShelf';
import { createSuppliersDialog } from './dialogs/suppliersDialog';

/** Where a class round's shop leads instead of the map and the debrief (its brief, its hand-in). */
export interface ShopLabels {
  back: BackLabels;
  end: string;
}

/** The shop shell every stage reuses: dashboard, street frame, decisions, time and the books. */
export function createShopScreen(
  store: GameStoreApi,
  commands: Commands,
  hudTools: readonly HTMLElement[] = [],
  labels?: ShopLabels,
) {
  const hud = createHud(() => store.getState().showScreen('map'), labels?.back);
  hud.root.append(...hudTools);
  const legend = createLegend();
  const notices = createNotices();
  const controls = createControlsPanel(
    (action) => commands.dispatch(action),
    (panel) => store.getState().openPanel(panel),
    (draft) => store.getState().setOrderDraft(draft),
  );
  // Stage 2–4 data screens open over the street; the shelf shows stock in the street frame.
  const stageParts = [
    createSuppliersDialog(store),
    createMarketDialog(store),
    createFinanceDialog(store),
  ];
  const shelf = createStockShelf();
  const timeBar = createTimeBar(commands);
  const books = createBooksPanel(
    () => store.getState().openPanel('none'),
    () => timeBar.root.querySelector<HTMLElement>('.btn-books')?.focus(),
  );
  const events = createEventDialog((action) => commands.dispatch(action));
  const end = createEndDialog(() => store.getState().showScreen('debrief'), labels?.end);
  const frame = el('div', { class: 'frame', 'data-frame': '' }, [
    notices.root,
    legend.root,
    shelf.root,
  ]);
  const root = el('div', { class: 'screen screen-shop', hidden: true }, [
    hud.root,
    frame,
    timeBar.root,
    controls.root,
    books.root,
    events.root,
    end.root,
    ...stageParts.map((p) => p.root),
  ]);
  // On phones the decisions are a sheet, opened and closed from the time bar (sheets.ts).
  const sheet = createDecisionsSheet(root, controls.root);
  timeBar.root.querySelector('.time-buttons')?.append(sheet.button);
  const parts = [
    hud,
    legend,
    notices,
    controls,
    timeBar,
    books,
    events,
    end,
    shelf,
    sheet,
    ...stageParts,
  ];

  return {
    root,
    frame,
    update(state: GameState) {
      for (const part of parts) part.update(state);
      // The books take the decisions' place (and their tab stops) while open.
      controls.root.hidden = state.ui.openPanel === 'books';
    },
  };
}
