import * as Phaser from 'phaser';
import { t } from '../../present/i18n';
import { ART, type ArtKey } from '../assets';
import { pixelRatioOf } from '../camera';
import { CSS, PALETTE } from '../../present/palette';
import { FONT } from '../shop/street';
import { rasteriseTextures } from '../rasterise';

/** Rasterises every SVG once, with a progress bar, then tells the director the art is ready. */
export class PreloadScene extends Phaser.Scene {
  constructor(private readonly onReady: () => void) {
    super('preload');
  }

  preload(): void {
    // Laid out in CSS pixels: the camera scales them up to the canvas's pixel ratio.
    const ratio = pixelRatioOf(this);
    const width = this.scale.width / ratio;
    const height = this.scale.height / ratio;
    this.cameras.main.setOrigin(0, 0).setZoom(ratio).setBackgroundColor(CSS.cream);
    const barWidth = Math.min(360, width * 0.7);
    const x = (width - barWidth) / 2;
    const y = height / 2;
    this.add
      .text(width / 2, y - 28, t('app.loading'), {
        fontFamily: FONT,
        fontSize: '18px',
        color: CSS.ink,
      })
      .setOrigin(0.5, 1);
    const track = this.add.graphics();
    track.fillStyle(PALETTE.creamDark, 1).fillRoundedRect(x, y, barWidth, 14, 7);
    const bar = this.add.graphics();
    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => {
      bar
        .clear()
        .fillStyle(PALETTE.shopOrange, 1)
        .fillRoundedRect(x, y, Math.max(14, barWidth * value), 14, 7);
    });
    for (const key of Object.keys(ART) as ArtKey[]) {
      const art = ART[key];
      this.load.svg(key, art.url, { width: art.width * art.scale, height: art.height * art.scale });
    }
  }

  create(): void {
    rasteriseTextures(this.textures, Object.keys(ART));
    this.onReady();
  }
}
