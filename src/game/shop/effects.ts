import type * as Phaser from 'phaser';
import { CSS } from '../../present/palette';
import { artScale, type ArtKey } from '../assets';
import { ROAD_Y, SHOP, WORLD } from '../layout';
import { textResolution } from '../camera';

/** How an effect moves: coins and stars rise, parcels leave by road, returns come back. */
export const PATHS = { rise: 0, ship: 1, back: 2, pulse: 3 } as const;
export type PathKind = (typeof PATHS)[keyof typeof PATHS];

const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/**
 * A pool of one kind of flying thing (coins, parcels, returns, stars). Objects are made once;
 * update() only moves them, so the frame loop allocates nothing.
 */
export class Flyers {
  private readonly sprites: Phaser.GameObjects.Image[] = [];
  private readonly labels: (Phaser.GameObjects.Image | null)[] = [];
  /**
   * The amounts the labels show, drawn once each: a day's coins all carry the same amount, so
   * two texts (this day's and the last) serve every label, instead of each label re-drawing its
   * own text when it is reused, a few milliseconds a time on the 2D canvas.
   */
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private lastText = 0;
  private readonly active: Uint8Array;
  private readonly start: Float64Array;
  private readonly duration: Float32Array;
  private readonly x0: Float32Array;
  private readonly y0: Float32Array;
  private readonly path: Uint8Array;
  private readonly maxAlpha: Float32Array;
  private readonly scale: number;
  private cursor = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly size: number,
    texture: ArtKey,
    options: { label?: boolean; depth: number },
  ) {
    this.active = new Uint8Array(size);
    this.start = new Float64Array(size);
    this.duration = new Float32Array(size);
    this.x0 = new Float32Array(size);
    this.y0 = new Float32Array(size);
    this.path = new Uint8Array(size);
    this.maxAlpha = new Float32Array(size);
    this.scale = artScale(texture);
    if (options.label) {
      for (let n = 0; n < 2; n++) {
        const text = scene.add
          .text(-100, -100, '', {
            fontFamily: FONT,
            fontSize: '16px',
            fontStyle: 'bold',
            color: CSS.ink,
            stroke: CSS.cream,
            strokeThickness: 4,
          })
          .setResolution(textResolution(scene))
          .setVisible(false);
        this.texts.push(text);
      }
    }
    for (let i = 0; i < size; i++) {
      const sprite = scene.add.image(-100, -100, texture).setScale(this.scale);
      sprite.setDepth(options.depth).setVisible(false);
      this.sprites.push(sprite);
      const first = this.texts[0];
      this.labels.push(
        first
          ? scene.add
              .image(-100, -100, first.texture)
              .setOrigin(0, 0.5)
              .setDepth(options.depth + 1)
              .setVisible(false)
          : null,
      );
    }
  }

  spawn(
    now: number,
    path: PathKind,
    x: number,
    y: number,
    durationMs: number,
    label: string | null = null,
    alpha = 1,
    texture: ArtKey | null = null,
  ): void {
    const i = this.cursor;
    this.cursor = (i + 1) % this.size;
    this.active[i] = 1;
    this.start[i] = now;
    this.duration[i] = durationMs;
    this.x0[i] = x;
    this.y0[i] = y;
    this.path[i] = path;
    const sprite = this.sprites[i] as Phaser.GameObjects.Image;
    if (texture) sprite.setTexture(texture);
    this.maxAlpha[i] = alpha;
    sprite.setPosition(x, y).setAlpha(0).setVisible(true);
    const image = this.labels[i];
    if (image && label !== null) {
      image.setTexture(this.textFor(label).texture.key).setOrigin(0, 0.5);
      image.setVisible(true).setAlpha(0);
    } else image?.setVisible(false);
  }

  /** The shared text showing `label`, re-drawing the older of the two when neither does. */
  private textFor(label: string): Phaser.GameObjects.Text {
    for (const text of this.texts) if (text.text === label) return text;
    this.lastText = (this.lastText + 1) % this.texts.length;
    const text = this.texts[this.lastText] as Phaser.GameObjects.Text;
    text.setText(label);
    return text;
  }

  update(now: number): void {
    for (let i = 0; i < this.size; i++) {
      if (this.active[i] === 0) continue;
      const sprite = this.sprites[i] as Phaser.GameObjects.Image;
      const label = this.labels[i] ?? null;
      const p = (now - (this.start[i] as number)) / (this.duration[i] as number);
      if (p >= 1) {
        this.active[i] = 0;
        sprite.setVisible(false);
        label?.setVisible(false);
        continue;
      }
      const x0 = this.x0[i] as number;
      const y0 = this.y0[i] as number;
      const maxAlpha = this.maxAlpha[i] as number;
      let x = x0;
      let y = y0;
      let alpha = maxAlpha;
      switch (this.path[i]) {
        case PATHS.rise:
          y = y0 - 80 * (1 - (1 - p) * (1 - p));
          alpha = maxAlpha * (p < 0.1 ? p * 10 : p > 0.7 ? (1 - p) / 0.3 : 1);
          break;
        case PATHS.ship:
          // Down from the shop to the road, then off to the right with the courier.
          if (p < 0.3) y = y0 + (ROAD_Y - y0) * (p / 0.3);
          else {
            y = ROAD_Y;
            x = x0 + (WORLD.width + 80 - x0) * ((p - 0.3) / 0.7);
          }
          alpha = maxAlpha * (p < 0.08 ? p / 0.08 : 1);
          break;
        case PATHS.back:
          // Along the road from the right, then up to the door.
          if (p < 0.7) {
            y = ROAD_Y;
            x = x0 + (SHOP.doorX - x0) * (p / 0.7);
          } else {
            x = SHOP.doorX;
            y = ROAD_Y + (SHOP.doorBottom - ROAD_Y) * ((p - 0.7) / 0.3);
          }
          alpha = maxAlpha * (p > 0.9 ? (1 - p) / 0.1 : 1);
          break;
        case PATHS.pulse:
          sprite.setScale(this.scale * (1.2 + 0.25 * Math.abs(Math.sin(p * 12))));
          alpha = p > 0.8 ? (1 - p) / 0.2 : 1;
          break;
      }
      sprite.setPosition(x, y).setAlpha(alpha);
      if (label) label.setPosition(x + 20, y).setAlpha(alpha);
    }
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) {
      this.active[i] = 0;
      (this.sprites[i] as Phaser.GameObjects.Image).setVisible(false);
      this.labels[i]?.setVisible(false);
    }
  }
}
