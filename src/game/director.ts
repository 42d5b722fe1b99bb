import type * as Phaser from 'phaser';
import type { GameStoreApi, Screen } from '../store/gameStore';

const SCENE_FOR: Record<Screen, string> = {
  title: 'map',
  map: 'map',
  shop: 'shop',
  debrief: 'debrief',
};

/**
 * Keeps the running Phaser scene in step with the store's screen. Scenes never start each other
 * (except boot -> preload): navigation is UI state, changed by dispatching to the store.
 */
export function createDirector(store: GameStoreApi) {
  let game: Phaser.Game | null = null;
  let ready = false;
  let current: string | null = null;
  let unsubscribe: (() => void) | null = null;

  const sync = () => {
    if (!game || !ready) return;
    const wanted = SCENE_FOR[store.getState().ui.screen];
    if (wanted === current) return;
    if (current) game.scene.stop(current);
    else game.scene.stop('preload');
    game.scene.start(wanted);
    current = wanted;
    // Tests and screenshots wait for the art: the scene in view is published on the page.
    document.body.dataset['scene'] = wanted;
  };

  return {
    attach(g: Phaser.Game) {
      game = g;
      unsubscribe = store.subscribe(sync);
    },
    /** Called by the preloader once all art is in. */
    ready() {
      ready = true;
      sync();
    },
    dispose() {
      unsubscribe?.();
    },
  };
}
