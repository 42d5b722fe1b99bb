/**
 * The baseline for `npm run bench:web`: a bare Phaser page of the same size and renderer as the
 * game, so the game's overhead can be read as a ratio. What it contains, and nothing more:
 * - Phaser itself, with the game's config (canvas filling the page at the pixel ratio the game
 *   picks, or at 1x with `?ratio=1`; the renderer pickRenderer() chooses, the same render flags,
 *   no audio) and Phaser's own loop;
 * - one scene: a page-sized rectangle and `?figures=N` (the number of visitors the game had on
 *   screen) plain 24x24 dot images from one generated texture, each moved a little every frame;
 * - the 'fs-interactive' mark after its first rendered frame, for the boot time.
 * No DOM panels, no store, no game code beyond pickRenderer and the pixel-ratio rule.
 */
import * as Phaser from 'phaser';
import { canvasPixelRatio, canvasSize } from '../../../src/game/pixelRatio';
import { pickRenderer } from '../../../src/game/renderer';

const params = new URLSearchParams(window.location.search);
const FIGURES = Number(params.get('figures') ?? '300');
const RATIO =
  params.get('ratio') === '1'
    ? 1
    : canvasPixelRatio(window.devicePixelRatio, window.innerWidth, window.innerHeight);
const SIZE = canvasSize(window.innerWidth, window.innerHeight, RATIO);

class BareScene extends Phaser.Scene {
  private figures: Phaser.GameObjects.Image[] = [];
  private marked = false;

  constructor() {
    super('bare');
  }

  create(): void {
    this.cameras.main.setOrigin(0, 0).setZoom(RATIO);
    const g = this.add.graphics();
    g.fillStyle(0x3f9d5a, 1).fillCircle(12, 12, 12);
    g.generateTexture('dot', 24, 24);
    g.destroy();
    this.add.rectangle(640, 360, 1280, 720, 0xfff4e0);
    for (let i = 0; i < FIGURES; i++) {
      this.figures.push(this.add.image((i * 37) % 1280, 400 + ((i * 13) % 200), 'dot'));
    }
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      if (this.marked) return;
      this.marked = true;
      performance.mark('fs-interactive');
    });
  }

  override update(_time: number, deltaMs: number): void {
    for (const figure of this.figures) {
      figure.x += deltaMs * 0.05;
      if (figure.x > 1300) figure.x = -20;
    }
  }
}

new Phaser.Game({
  type: pickRenderer(),
  parent: 'game',
  backgroundColor: '#fff4e0',
  banner: false,
  audio: { noAudio: true },
  scale: {
    mode: Phaser.Scale.NONE,
    width: SIZE.width,
    height: SIZE.height,
    zoom: 1 / RATIO,
    autoRound: false,
  },
  render: { antialias: true, antialiasGL: false, roundPixels: false, powerPreference: 'low-power' },
  scene: [BareScene],
});
