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

  /** Redraws every figure for this zoom; returns false when nothing changed. */
  resize(view: ScreenTransform): boolean {
    if (view.zoom === this.zoom) return false;
    this.zoom = view.zoom;
    let i = 0;
    for (const kind of VISITOR_KINDS) {
      const art = ART[SOURCE[kind]];
      const source = this.scene.textures.get(SOURCE[kind]).getSourceImage() as CanvasImageSource;
      for (let flip = 0; flip < 2; flip++) {
        for (const size of SIZES) {
          const texture = this.textures[i++];
          if (!texture) continue;
          // An even width keeps the figure's centre (its origin) on a whole pixel.
          const width = Math.max(2, 2 * Math.round((art.width / 2) * view.zoom * size));
          const height = Math.max(2, Math.round(art.height * view.zoom * size));
          texture.setSize(width, height);
          const context = texture.context;
          context.setTransform(1, 0, 0, 1, 0, 0);
          context.clearRect(0, 0, width, height);
          context.imageSmoothingEnabled = true;
          context.imageSmoothingQuality = 'high';
          if (flip) context.setTransform(-1, 0, 0, 1, width, 0);
          context.drawImage(source, 0, 0, width, height);
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
