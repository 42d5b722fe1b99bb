import * as Phaser from 'phaser';
import type { GameStoreApi } from '../store/gameStore';
import { createDirector } from './director';
import { CSS } from '../present/palette';
import { canvasPixelRatio, canvasSize } from './pixelRatio';
import { BootScene } from './scenes/BootScene';
import { DebriefScene } from './scenes/DebriefScene';
import { MapScene } from './scenes/MapScene';
import { PreloadScene } from './scenes/PreloadScene';
import { pickRenderer } from './renderer';
import { ShopScene } from './scenes/ShopScene';

/**
 * The Phaser game over the whole page. The canvas has `ratio` pixels per CSS pixel (the
 * device's, within a budget: see pixelRatio.ts) and Phaser's zoom of 1/ratio shows it at the
 * page's size; cameras map the DOM panels' frame, in CSS pixels, through that ratio (camera.ts).
 * Textures are smoothed (the SVGs are scaled); a WebGL context gets no multisampling, which
 * costs more than it shows here.
 */
export interface GameOptions {
  /** bench:web only: the shop exposes how many figures are on the street. */
  benchProbe: boolean;
}

export function createGame(
  parent: HTMLElement,
  store: GameStoreApi,
  options: GameOptions,
): Phaser.Game {
  const director = createDirector(store);
  const renderType = pickRenderer();
  // The page's styles read this: on the 2D canvas the shop's panels get their own layers.
  parent.dataset['renderer'] = renderType === Phaser.CANVAS ? 'canvas' : 'webgl';
  const ratio = ratioFor(parent);
  const size = canvasSize(parent.clientWidth, parent.clientHeight, ratio);
  const game = new Phaser.Game({
    type: renderType,
    parent,
    backgroundColor: CSS.cream,
    banner: false,
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.NONE,
      width: size.width,
      height: size.height,
      zoom: 1 / ratio,
      autoRound: false,
    },
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
      new ShopScene(store, options.benchProbe),
      new DebriefScene(store),
    ],
  });
  followPageSize(game, parent);
  director.attach(game);
  // bench:web compares this with the bare Phaser page's own first frame (the title's DOM is
  // interactive earlier, at 'fs-interactive', while Phaser still loads).
  game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('fs-first-canvas-frame'));
  return game;
}

function ratioFor(parent: HTMLElement): number {
  return canvasPixelRatio(window.devicePixelRatio, parent.clientWidth, parent.clientHeight);
}

/**
 * Phaser's own RESIZE mode would size the canvas in CSS pixels; here the canvas follows the
 * parent's box and the device's pixel ratio (which changes with browser zoom or another screen).
 */
function followPageSize(game: Phaser.Game, parent: HTMLElement): void {
  let last = '';
  const fit = () => {
    const ratio = ratioFor(parent);
    const size = canvasSize(parent.clientWidth, parent.clientHeight, ratio);
    const key = `${size.width}x${size.height}@${ratio}`;
    if (key === last) return;
    last = key;
    game.scale.setZoom(1 / ratio);
    game.scale.resize(size.width, size.height);
  };
  new ResizeObserver(fit).observe(parent);
  window.addEventListener('resize', fit);
  game.events.once(Phaser.Core.Events.DESTROY, () => window.removeEventListener('resize', fit));
}
