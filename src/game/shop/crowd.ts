import type * as Phaser from 'phaser';
import { artScale, type ArtKey } from '../assets';
import { LANES, SHOP, WORLD } from '../layout';

export const VISITOR_KINDS = ['organic', 'paid', 'fake'] as const;
export type VisitorKind = (typeof VISITOR_KINDS)[number];

const TEXTURE: Record<VisitorKind, ArtKey> = {
  organic: 'visitorOrganic',
  paid: 'visitorPaid',
  fake: 'visitorFake',
};

/** The most figures on screen at once; the scale legend keeps the day's count well below it. */
export const MAX_FIGURES = 300;
/** Walking speed at 1x, in world pixels per second. */
const WALK_PX_PER_S = 240;
const FADE_MS = 260;

/**
 * A pool of visitor sprites. Every slot is created once; spawning reuses a free slot and the
 * per-frame step only writes numbers into existing objects, so update() allocates nothing.
 */
export class Crowd {
  private readonly sprites: Phaser.GameObjects.Image[] = [];
  private readonly active = new Uint8Array(MAX_FIGURES);
  private readonly start = new Float64Array(MAX_FIGURES);
  private readonly walkMs = new Float32Array(MAX_FIGURES);
  private readonly fromX = new Float32Array(MAX_FIGURES);
  private readonly toX = new Float32Array(MAX_FIGURES);
  private readonly laneY = new Float32Array(MAX_FIGURES);
  private readonly baseScale = new Float32Array(MAX_FIGURES);
  private cursor = 0;
  private seed = 1;
  /** Spawns that found no free slot: should stay 0 with the legend's scaling. */
  dropped = 0;

  /** Figures walking now; read only by the web benchmark, so a loop is fine. */
  get activeCount(): number {
    let count = 0;
    for (let i = 0; i < MAX_FIGURES; i++) count += this.active[i] as number;
    return count;
  }

  constructor(scene: Phaser.Scene) {
    for (let i = 0; i < MAX_FIGURES; i++) {
      const sprite = scene.add.image(-100, -100, TEXTURE.organic).setOrigin(0.5, 1);
      sprite.setVisible(false).setActive(false);
      this.sprites.push(sprite);
    }
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
    const lane = LANES.top + (LANES.bottom - LANES.top) * this.next();
    const door = SHOP.doorX - 30 + 60 * this.next();
    const from = reducedMotion
      ? door
      : fromLeft
        ? -40 - 200 * this.next()
        : WORLD.width + 40 + 200 * this.next();
    this.active[slot] = 1;
    this.start[slot] = now;
    this.fromX[slot] = from;
    this.toX[slot] = door;
    this.laneY[slot] = lane;
    this.walkMs[slot] = reducedMotion
      ? 600
      : (Math.abs(door - from) / (WALK_PX_PER_S * speed)) * 1000;
    // Figures further back (smaller y) are a little smaller: depth without perspective maths.
    this.baseScale[slot] =
      artScale(TEXTURE[kind]) * (0.86 + ((lane - LANES.top) / (LANES.bottom - LANES.top)) * 0.14);
    const sprite = this.sprites[slot] as Phaser.GameObjects.Image;
    sprite.setTexture(TEXTURE[kind]);
    sprite.setFlipX(!fromLeft);
    sprite.setScale(this.baseScale[slot] as number);
    sprite.setDepth(lane);
    sprite.setAlpha(0);
    sprite.setVisible(true).setActive(true);
  }

  update(now: number): void {
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
      sprite.x = from + (to - from) * p;
      sprite.y = (this.laneY[i] as number) - bob;
      // Fade in at the start, shrink and fade through the door at the end.
      const fadeIn = Math.min(1, elapsed / 200);
      const through = elapsed > walk ? (elapsed - walk) / FADE_MS : 0;
      sprite.setAlpha(fadeIn * (1 - through));
      const scale = (this.baseScale[i] as number) * (1 - through * 0.25);
      sprite.setScale(scale);
    }
  }

  clear(): void {
    for (let i = 0; i < MAX_FIGURES; i++) {
      this.active[i] = 0;
      (this.sprites[i] as Phaser.GameObjects.Image).setVisible(false).setActive(false);
    }
  }

  onScreen(): number {
    let n = 0;
    for (let i = 0; i < MAX_FIGURES; i++) n += this.active[i] as number;
    return n;
  }
}
