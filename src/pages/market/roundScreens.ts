import type { GameStoreApi } from '../../store/gameStore';
import { t } from '../../present/i18n';
import type { ScreenView } from '../../ui/shell/app';
import type { ShopLabels } from '../../ui/shop/shopScreen';
import { createBriefScreen } from './briefPage';
import { createHandInScreen } from './handInScreen';
import type { JoinedRound } from './roundGame';

/** A class round's screens for the game's shell: the brief, the hand-in, and the shop's labels. */
export function roundScreens(
  store: GameStoreApi,
  joined: JoinedRound,
): { map: ScreenView; debrief: ScreenView; labels: ShopLabels } {
  return {
    map: createBriefScreen(store, joined),
    debrief: createHandInScreen(store, joined),
    labels: {
      back: { text: t('classRound.back'), label: t('classRound.backLabel') },
      end: t('classRound.end'),
    },
  };
}
