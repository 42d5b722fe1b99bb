import * as Phaser from 'phaser';
import type { ScreenTransform } from '../camera';

const KEY = 'street-cache';

type CanvasRenderer = Phaser.Renderer.Canvas.CanvasRenderer;

/**
 * On the 2D canvas the cache is drawn from a copy in a canvas without alpha: Chromium then
 * knows every pixel is opaque and copies rather than blends. It covers the whole canvas, so
 * Phaser's own clear and fill before it are skipped while the shop runs.
 */
function drawOpaque(
  this: { opaque: HTMLCanvasElement },
  renderer: CanvasRenderer,
  _image: Phaser.GameObjects.Image,
  camera: Phaser.Cameras.Scene2D.Camera,
): void {
  const context = renderer.currentContext;
  const m = camera.matrixCombined;
  context.save();
  context.setTransform(m.a, m.b, m.c, m.d, m.e, m.f);
  context.globalCompositeOperation = 'source-over';
  context.globalAlpha = 1;
  context.drawImage(this.opaque, 0, 0);
  context.restore();
}

/** Phaser's canvas renderer reads this flag each frame before drawing the scenes. */
function setClearing(renderer: unknown, clear: boolean): void {
  (renderer as { config: { clearBeforeRender: boolean } }).config.clearBeforeRender = clear;
}

/**
 * The street's still parts (background, shop fronts, signs, the ladder and its labels) drawn
 * once into one screen-sized texture at the world camera's scale, and shown 1:1 by the screen
 * camera. On the 2D canvas renderer each frame then copies one bitmap instead of resampling a
 * dozen scaled images and texts; the cache is redrawn only when the framing changes.
 * The still objects leave the display list (no camera walks them each frame) and are destroyed
 * with the cache.
 */
export class StreetCache {
  readonly image: Phaser.GameObjects.Image;
  private readonly texture: Phaser.Textures.DynamicTexture;
  /** The canvas renderer's opaque copy of the texture; null under WebGL. */
  private readonly opaque: HTMLCanvasElement | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly still: Phaser.GameObjects.GameObject[],
    private readonly background: number,
  ) {
    for (const object of still) object.removeFromDisplayList();
    const { width, height } = scene.scale;
    const texture = scene.textures.addDynamicTexture(KEY, width, height);
    if (!texture) throw new Error('the street cache texture already exists');
    this.texture = texture;
    this.image = scene.add.image(0, 0, KEY).setOrigin(0, 0).setDepth(-1_000);
    const renderer = scene.game.renderer;
    if (renderer.type === Phaser.CANVAS) {
      const opaque = document.createElement('canvas');
      this.opaque = opaque;
      (this.image as unknown as { renderCanvas: unknown }).renderCanvas = drawOpaque.bind({
        opaque,
      });
      setClearing(renderer, false);
    }
  }

  /** Draws the still street for the world camera's current framing, at the canvas's size. */
  redraw(view: ScreenTransform): void {
    const { width, height } = this.scene.scale;
    this.texture.setSize(width, height);
    // Its own camera maps the world exactly as the world camera does (origin at the corner).
    this.texture.camera
      .setOrigin(0, 0)
      .setZoom(view.zoom)
      .setScroll(-view.x / view.zoom, -view.y / view.zoom);
    this.texture.clear().fill(this.background).draw(this.still).render();
    this.image.setTexture(KEY);
    const source = this.texture.canvas;
    if (this.opaque && source) {
      this.opaque.width = source.width;
      this.opaque.height = source.height;
      this.opaque.getContext('2d', { alpha: false })?.drawImage(source, 0, 0);
    }
  }

  destroy(): void {
    const renderer = this.scene.game.renderer;
    if (renderer.type === Phaser.CANVAS) setClearing(renderer, true);
    for (const object of this.still) object.destroy();
    this.image.destroy();
    this.scene.textures.remove(KEY);
  }
}
