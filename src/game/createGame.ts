import * as Phaser from 'phaser';
import type { GameStoreApi } from '../store/gameStore';
import { createDirector } from './director';
import { CSS } from '../present/palette';
import { BootScene } from './scenes/BootScene';
import { DebriefScene } from './scenes/DebriefScene';
import { MapScene } from './scenes/MapScene';
import { PreloadScene } from './scenes/PreloadScene';
import { pickRenderer } from './renderer';
import { ShopScene } from './scenes/ShopScene';

/**
 * The Phaser game over the whole page (Scale.RESIZE: canvas pixels are CSS pixels, so the DOM
 * panels' frame maps straight onto camera viewports). Textures are smoothed (the SVGs are
 * scaled); a WebGL context gets no multisampling, which costs more than it shows here.
 */
export function createGame(parent: HTMLElement, store: GameStoreApi): Phaser.Game {
  const director = createDirector(store);
  const renderType = pickRenderer();
  // The page's styles read this: on the 2D canvas the shop's panels get their own layers.
  parent.dataset['renderer'] = renderType === Phaser.CANVAS ? 'canvas' : 'webgl';
  const game = new Phaser.Game({
    type: renderType,
    parent,
    backgroundColor: CSS.cream,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    render: {
      antialias: true,
      antialiasGL: false,
      roundPixels: false,
      powerPreference: 'low-power',
    },
    input: { keyboard: false },
    scene: [
      new BootScene(),
      new PreloadScene(() => director.ready()),
      new MapScene(store),
      new ShopScene(store),
      new DebriefScene(store),
    ],
  });
  director.attach(game);
  return game;
}
