import type * as Phaser from 'phaser';
import { ART, type ArtKey } from '../assets';
import type { ScreenTransform } from '../camera';

export const VISITOR_KINDS = ['organic', 'paid', 'fake'] as const;
export type VisitorKind = (typeof VISITOR_KINDS)[number];

const SOURCE: Record<VisitorKind, ArtKey> = {
  organic: 'visitorOrganic',
  paid: 'visitorPaid',
  fake: 'visitorFake',
};

/** Sizes from the back lane to the front one: depth without perspective maths. */
export const SIZES = [0.86, 0.9067, 0.9533, 1] as const;

/**
 * The visitor figures, drawn ahead of time at the size they show on screen, facing either way,
 * for each lane size. A figure drawn 1:1 at a whole pixel is a plain copy for the 2D canvas;
 * scaled or at a fraction of a pixel it is resampled, which made 300 figures cost a frame
 * several times a bare Phaser page's. Redrawn only when the camera's zoom changes.
 */
export class CrowdArt {
  private zoom = 0;
  private readonly textures: Phaser.Textures.CanvasTexture[] = [];
  private readonly origins: { x: number; y: number }[] = [];
  private readonly boxes: Partial<Record<VisitorKind, ReturnType<typeof visibleBox>>> = {};

  constructor(private readonly scene: Phaser.Scene) {
    for (const kind of VISITOR_KINDS) {
      for (let flip = 0; flip < 2; flip++) {
        for (let size = 0; size < SIZES.length; size++) {
          const texture = scene.textures.createCanvas(CrowdArt.key(kind, flip, size), 2, 2);
          if (texture) this.textures.push(texture);
        }
      }
    }
  }

  static key(kind: VisitorKind, flip: number, size: number): string {
    return `crowd-${kind}-${flip}-${size}`;
  }

  /**
   * Where a figure's feet are in its texture (the sprite's display origin): textures are cut to
   * the drawing's visible pixels, so no time goes on blending transparent margins.
   */
  origin(kind: VisitorKind, flip: number, size: number): { x: number; y: number } {
    return (
      this.origins[(VISITOR_KINDS.indexOf(kind) * 2 + flip) * SIZES.length + size] ?? {
        x: 0,
        y: 0,
      }
    );
  }

  /** Redraws every figure for this zoom; returns false when nothing changed. */
  resize(view: ScreenTransform): boolean {
    if (view.zoom === this.zoom) return false;
    this.zoom = view.zoom;
    let i = 0;
    for (const kind of VISITOR_KINDS) {
      const art = ART[SOURCE[kind]];
      const source = this.scene.textures.get(SOURCE[kind]).getSourceImage() as
        HTMLCanvasElement | HTMLImageElement;
      const sourceWidth = source.width;
      const sourceHeight = source.height;
      const box = (this.boxes[kind] ??= visibleBox(source));
      for (let flip = 0; flip < 2; flip++) {
        for (const size of SIZES) {
          const texture = this.textures[i];
          // An even width keeps the figure's centre (its origin) on a whole pixel.
          const full = Math.max(2, 2 * Math.round((art.width / 2) * view.zoom * size));
          const height = Math.max(2, Math.round(art.height * view.zoom * size));
          const kx = full / sourceWidth;
          const ky = height / sourceHeight;
          const left = Math.floor(box.left * kx);
          const right = Math.min(full, Math.ceil(box.right * kx));
          const top = Math.floor(box.top * ky);
          const width = Math.max(1, right - left);
          this.origins[i] = { x: flip ? right - full / 2 : full / 2 - left, y: height - top };
          i += 1;
          if (!texture) continue;
          texture.setSize(width, height - top);
          const context = texture.context;
          context.setTransform(1, 0, 0, 1, 0, 0);
          context.clearRect(0, 0, width, height - top);
          context.imageSmoothingEnabled = true;
          context.imageSmoothingQuality = 'high';
          if (flip) context.setTransform(-1, 0, 0, 1, width, 0);
          context.drawImage(source, -left, -top, full, height);
          texture.refresh();
        }
      }
    }
    return true;
  }

  destroy(): void {
    for (const texture of this.textures) this.scene.textures.remove(texture);
    this.textures.length = 0;
  }
}

/** The box of pixels a drawing actually covers, in its own pixels (the whole of it if unknown). */
function visibleBox(source: HTMLCanvasElement | HTMLImageElement) {
  const box = { left: 0, top: 0, right: source.width, bottom: source.height };
  // A scratch canvas made for reading: the drawing's own canvas stays a fast draw source.
  const scratch = document.createElement('canvas');
  scratch.width = source.width;
  scratch.height = source.height;
  const context = scratch.getContext('2d', { willReadFrequently: true });
  if (!context) return box;
  context.drawImage(source, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, source.width, source.height);
  let left = width;
  let right = 0;
  let top = height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((data[(y * width + x) * 4 + 3] as number) === 0) continue;
      if (x < left) left = x;
      if (x + 1 > right) right = x + 1;
      if (y < top) top = y;
    }
  }
  return right > left ? { left, top, right, bottom: height } : box;
}
