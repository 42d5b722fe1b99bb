import type * as Phaser from 'phaser';
import { CSS, PALETTE } from '../palette';
import { COMPETITORS, SHOP, WORLD } from '../layout';

export const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/**
 * The static street: background (mirrored copies either side so wide screens never see an
 * edge), two muted competitor fronts and the player's orange shop with its name on the sign.
 */
export function buildStreet(
  scene: Phaser.Scene,
  names: { shop: string; competitors: readonly string[] },
): { shopFront: Phaser.GameObjects.Image; sign: Phaser.GameObjects.Text } {
  scene.cameras.main.setBackgroundColor(CSS.sky);
  for (const offset of [-1, 0, 1]) {
    scene.add
      .image(WORLD.width * offset, 0, 'streetBg')
      .setOrigin(0, 0)
      .setFlipX(offset !== 0)
      .setDepth(-10);
  }
  // Below the drawing, the road simply continues.
  scene.add
    .rectangle(-WORLD.width, WORLD.height, WORLD.width * 3, 2_000, PALETTE.streetDark)
    .setOrigin(0, 0)
    .setDepth(-10);

  COMPETITORS.forEach((spot, i) => {
    scene.add
      .image(spot.x, spot.bottom, 'competitorFront')
      .setOrigin(0.5, 1)
      .setDepth(spot.bottom - 40);
    const name = names.competitors[i];
    if (name) {
      scene.add
        .text(spot.x, spot.bottom - 280 + 42, name, {
          fontFamily: FONT,
          fontSize: '18px',
          fontStyle: 'bold',
          color: CSS.white,
        })
        .setOrigin(0.5, 0.5)
        .setResolution(2)
        .setDepth(spot.bottom - 39);
    }
  });

  const shopFront = scene.add
    .image(SHOP.x, SHOP.bottom, 'shopFront')
    .setOrigin(0.5, 1)
    .setDepth(SHOP.doorBottom - 1);
  const sign = scene.add
    .text(SHOP.signX, SHOP.signY, names.shop, {
      fontFamily: FONT,
      fontSize: '24px',
      fontStyle: 'bold',
      color: CSS.white,
      align: 'center',
    })
    .setOrigin(0.5, 0.5)
    .setResolution(2)
    .setDepth(SHOP.doorBottom);
  // Long names shrink to fit the board rather than spill over it.
  if (sign.width > 236) sign.setScale(236 / sign.width);
  return { shopFront, sign };
}
