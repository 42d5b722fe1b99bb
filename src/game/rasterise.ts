import type * as Phaser from 'phaser';

/**
 * Swaps each loaded SVG texture for a bitmap copy drawn once. Phaser keeps an SVG as an
 * <img> element, and Chromium's 2D canvas replays the vector drawing on every drawImage of it:
 * with the street's 1280x720 background, shop fronts and hundreds of figures that replay was most
 * of the shop's frame time on the canvas renderer. A canvas source is a plain bitmap blit.
 */
export function rasteriseTextures(
  textures: Phaser.Textures.TextureManager,
  keys: readonly string[],
): void {
  for (const key of keys) {
    if (!textures.exists(key)) continue;
    const texture = textures.get(key);
    const image = texture.getSourceImage();
    const source = texture.source[0];
    if (!(image instanceof HTMLImageElement) || !source) continue;
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    const context = canvas.getContext('2d');
    if (!context) continue;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    textures.remove(key);
    textures.addCanvas(key, canvas);
  }
}
