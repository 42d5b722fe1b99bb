import type * as Phaser from 'phaser';
import { CSS, PALETTE } from '../../present/palette';
import { COMPETITORS, SHOP, WORLD } from '../layout';
import { textResolution } from '../camera';

export const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** The sky behind the street drawing, where a screen is taller than it. */
export const STREET_SKY = PALETTE.sky;

/** Where the street's one light source sits, in world units: upper left, over the main drawing. */
const SUN = { x: 170, y: 120 };

/**
 * The sun with its glow. Not part of the background drawing, which is repeated mirrored on
 * either side: a wide screen would otherwise show a second sun where the copies meet.
 */
function sun(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  return scene.add
    .graphics()
    .fillStyle(PALETTE.cream, 0.25)
    .fillCircle(SUN.x, SUN.y, 110)
    .fillStyle(PALETTE.cream, 0.35)
    .fillCircle(SUN.x, SUN.y, 78)
    .fillStyle(PALETTE.cream, 1)
    .fillCircle(SUN.x, SUN.y, 52);
}

/**
 * The static street: background (mirrored copies either side so wide screens never see an
 * edge), two muted competitor fronts and the player's orange shop with its name on the sign.
 * Returns every object it made, back to front, for the street cache to draw.
 */
export function buildStreet(
  scene: Phaser.Scene,
  names: { shop: string; competitors: readonly string[] },
): Phaser.GameObjects.GameObject[] {
  const still: Phaser.GameObjects.GameObject[] = [];
  for (const offset of [-1, 0, 1]) {
    still.push(
      scene.add
        .image(WORLD.width * offset, 0, 'streetBg')
        .setOrigin(0, 0)
        .setFlipX(offset !== 0),
    );
  }
  still.push(sun(scene));
  // Below the drawing, the road simply continues.
  still.push(
    scene.add
      .rectangle(-WORLD.width, WORLD.height, WORLD.width * 3, 2_000, PALETTE.streetDark)
      .setOrigin(0, 0),
  );

  COMPETITORS.forEach((spot, i) => {
    still.push(scene.add.image(spot.x, spot.bottom, 'competitorFront').setOrigin(0.5, 1));
    const name = names.competitors[i];
    if (name) {
      const label = scene.add
        .text(spot.x, spot.bottom - 280 + 42, name, {
          fontFamily: FONT,
          fontSize: '18px',
          fontStyle: 'bold',
          color: CSS.white,
        })
        .setOrigin(0.5, 0.5)
        .setResolution(textResolution(scene));
      still.push(label);
    }
  });

  still.push(scene.add.image(SHOP.x, SHOP.bottom, 'shopFront').setOrigin(0.5, 1));
  const sign = scene.add
    .text(SHOP.signX, SHOP.signY, names.shop, {
      fontFamily: FONT,
      fontSize: '24px',
      fontStyle: 'bold',
      color: CSS.white,
      align: 'center',
    })
    .setOrigin(0.5, 0.5)
    .setResolution(textResolution(scene));
  // Long names shrink to fit the board rather than spill over it.
  if (sign.width > 236) sign.setScale(236 / sign.width);
  still.push(sign);
  return still;
}
