import * as Phaser from 'phaser';
import type { GameStoreApi } from '../../store/gameStore';
import { local, t } from '../../present/i18n';
import { streetView } from '../../present/views/street';
import { keepFramed } from '../camera';
import { WORLD } from '../layout';
import { CSS, PALETTE } from '../../present/palette';
import { buildStreet } from '../shop/street';

/** Behind the debrief: the shop at closing time, the street quiet, the books open in front. */
export class DebriefScene extends Phaser.Scene {
  constructor(private readonly store: GameStoreApi) {
    super('debrief');
  }

  create(): void {
    const state = this.store.getState();
    const view = streetView(state);
    const level = state.run ? state.levels[state.run.stage] : undefined;
    buildStreet(this, {
      shop: view ? local(view.shopName) : t('street.yourShop'),
      competitors: (level?.market.competitors ?? []).map((c) => local(c.name)),
    });
    // Evening light over the street: the day's trading is done.
    this.add
      .rectangle(-WORLD.width, -200, WORLD.width * 3, WORLD.height + 800, PALETTE.shadow, 0.35)
      .setOrigin(0, 0)
      .setDepth(2_000);
    this.cameras.main.setBackgroundColor(CSS.inkSoft);
    const framer = keepFramed(
      this,
      () => this.store.getState().ui.stageFrame,
      () => ({ x: 0, y: 0, width: WORLD.width, height: WORLD.height }),
      2,
    );
    const unsubscribe = this.store.subscribe(() => framer.refit());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      framer.release();
    });
  }
}
