import type * as Phaser from 'phaser';
import type { ScreenTransform } from '../camera';
import { LANES, SHOP, WORLD } from '../layout';
import { CrowdArt, SIZES, VISITOR_KINDS, type VisitorKind } from './crowdArt';
import { createCrowdLayer } from './crowdLayer';

export { VISITOR_KINDS, type VisitorKind } from './crowdArt';

/** The most figures on screen at once; the scale legend keeps the day's count below it. */
export const MAX_FIGURES = 360;
/** Walking speed at 1x, in world pixels per second. */
const WALK_PX_PER_S = 240;
const FADE_MS = 260;

/**
 * A pool of visitor sprites, drawn in screen space by the shop's screen camera: positions are
 * the world camera's transform applied here and rounded to whole pixels, and the textures are
 * already at their on-screen size (CrowdArt), so each figure is a plain copy on the 2D canvas.
 * Every slot is created once; spawning reuses a free slot and the per-frame step only writes
 * numbers into existing objects, so update() allocates nothing.
 */
export class Crowd {
  /** The one display-list object holding every figure (crowdLayer.ts). */
  readonly layer: Phaser.GameObjects.Layer;
  private readonly sprites: Phaser.GameObjects.Image[] = [];
  private readonly art: CrowdArt;
  private readonly active = new Uint8Array(MAX_FIGURES);
  private readonly kind = new Uint8Array(MAX_FIGURES);
  private readonly flip = new Uint8Array(MAX_FIGURES);
  private readonly size = new Uint8Array(MAX_FIGURES);
  private readonly start = new Float64Array(MAX_FIGURES);
  private readonly walkMs = new Float32Array(MAX_FIGURES);
  private readonly fromX = new Float32Array(MAX_FIGURES);
  private readonly toX = new Float32Array(MAX_FIGURES);
  private readonly laneY = new Float32Array(MAX_FIGURES);
  private view: ScreenTransform = { zoom: 1, x: 0, y: 0 };
  private cursor = 0;
  private seed = 1;
  /** Spawns that found no free slot: should stay 0 with the legend's scaling. */
  dropped = 0;

  constructor(scene: Phaser.Scene) {
    this.art = new CrowdArt(scene);
    for (let i = 0; i < MAX_FIGURES; i++) {
      const sprite = scene.add.image(-100, -100, CrowdArt.key('organic', 0, 0)).setOrigin(0.5, 1);
      sprite.setVisible(false).setActive(false);
      this.sprites.push(sprite);
    }
    this.layer = createCrowdLayer(scene, this.sprites);
  }

  /** Follows the world camera: new figure sizes when its zoom changed. */
  setView(view: ScreenTransform): void {
    this.view = view;
    if (!this.art.resize(view)) return;
    // Sprites keep the frame size they were given: walking ones take the new one now.
    for (let i = 0; i < MAX_FIGURES; i++) {
      if (this.active[i] === 0) continue;
      this.dress(i);
    }
  }

  private dress(i: number): void {
    const kind = VISITOR_KINDS[this.kind[i] as number] as VisitorKind;
    const flip = this.flip[i] as number;
    const size = this.size[i] as number;
    const origin = this.art.origin(kind, flip, size);
    (this.sprites[i] as Phaser.GameObjects.Image)
      .setTexture(CrowdArt.key(kind, flip, size))
      .setDisplayOrigin(origin.x, origin.y);
  }

  /** Figures walking now; read by the web benchmark's probe. */
  get activeCount(): number {
    let count = 0;
    for (let i = 0; i < MAX_FIGURES; i++) count += this.active[i] as number;
    return count;
  }

  /** A small deterministic sequence: the street looks the same on every replay of a day. */
  private next(): number {
    this.seed = (this.seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return this.seed / 0x7fffffff;
  }

  spawn(kind: VisitorKind, now: number, speed: number, reducedMotion: boolean): void {
    let slot = -1;
    for (let n = 0; n < MAX_FIGURES; n++) {
      const i = (this.cursor + n) % MAX_FIGURES;
      if (this.active[i] === 0) {
        slot = i;
        break;
      }
    }
    if (slot < 0) {
      this.dropped += 1;
      return;
    }
    this.cursor = (slot + 1) % MAX_FIGURES;
    const fromLeft = this.next() < 0.55;
    const depth = this.next();
    const lane = LANES.top + (LANES.bottom - LANES.top) * depth;
    const door = SHOP.doorX - 30 + 60 * this.next();
    const from = reducedMotion
      ? door
      : fromLeft
        ? -40 - 200 * this.next()
        : WORLD.width + 40 + 200 * this.next();
    this.active[slot] = 1;
    this.kind[slot] = VISITOR_KINDS.indexOf(kind);
    this.flip[slot] = fromLeft ? 0 : 1;
    // Figures further back (smaller y) are a little smaller.
    this.size[slot] = Math.min(SIZES.length - 1, Math.floor(depth * SIZES.length));
    this.start[slot] = now;
    this.fromX[slot] = from;
    this.toX[slot] = door;
    this.laneY[slot] = lane;
    this.walkMs[slot] = reducedMotion
      ? 600
      : (Math.abs(door - from) / (WALK_PX_PER_S * speed)) * 1000;
    this.dress(slot);
    const sprite = this.sprites[slot] as Phaser.GameObjects.Image;
    sprite.setScale(1);
    sprite.setDepth(lane);
    sprite.setAlpha(0);
    sprite.setVisible(true).setActive(true);
  }

  update(now: number): void {
    const { zoom, x: offsetX, y: offsetY } = this.view;
    for (let i = 0; i < MAX_FIGURES; i++) {
      if (this.active[i] === 0) continue;
      const sprite = this.sprites[i] as Phaser.GameObjects.Image;
      const elapsed = now - (this.start[i] as number);
      const walk = this.walkMs[i] as number;
      if (elapsed >= walk + FADE_MS) {
        this.active[i] = 0;
        sprite.setVisible(false).setActive(false);
        continue;
      }
      const from = this.fromX[i] as number;
      const to = this.toX[i] as number;
      const p = elapsed >= walk ? 1 : elapsed / walk;
      const bob = p < 1 ? Math.abs(Math.sin(elapsed / 90)) * 4 : 0;
      sprite.x = Math.round((from + (to - from) * p) * zoom + offsetX);
      sprite.y = Math.round(((this.laneY[i] as number) - bob) * zoom + offsetY);
      // Fade in at the start, shrink and fade through the door at the end.
      const fadeIn = Math.min(1, elapsed / 200);
      const through = elapsed > walk ? (elapsed - walk) / FADE_MS : 0;
      sprite.alpha = fadeIn * (1 - through);
      // Only the few figures going through the door are scaled (and so resampled).
      if (through > 0) sprite.setScale(1 - through * 0.25);
    }
  }

  clear(): void {
    for (let i = 0; i < MAX_FIGURES; i++) {
      this.active[i] = 0;
      (this.sprites[i] as Phaser.GameObjects.Image).setVisible(false).setActive(false);
    }
  }

  destroy(): void {
    this.art.destroy();
  }
}
