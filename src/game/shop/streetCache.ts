import type * as Phaser from 'phaser';
import type { ScreenTransform } from '../camera';

const KEY = 'street-cache';

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
  }

  destroy(): void {
    for (const object of this.still) object.destroy();
    this.image.destroy();
    this.scene.textures.remove(KEY);
  }
}
