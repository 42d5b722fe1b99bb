/**
 * How many canvas pixels the game draws per CSS pixel. At the device's ratio, canvas text (the
 * rank ladder, shop signs, coin labels) is as crisp as the page's own text on a phone; without
 * it the browser stretches a 1x canvas and every label blurs. The ratio is capped twice:
 * at MAX_RATIO, past which a phone's eye sees no difference, and by a pixel budget, because on
 * the 2D canvas (software rendering) each frame's cost grows with the pixels it fills.
 */
export const MAX_RATIO = 3;
/** About a 1080p frame: the most a frame may fill, whatever the screen. */
export const MAX_CANVAS_PIXELS = 2_100_000;

export function canvasPixelRatio(
  devicePixelRatio: number,
  cssWidth: number,
  cssHeight: number,
  maxPixels = MAX_CANVAS_PIXELS,
): number {
  const wanted = Number.isFinite(devicePixelRatio) && devicePixelRatio > 1 ? devicePixelRatio : 1;
  const area = Math.max(1, cssWidth) * Math.max(1, cssHeight);
  const budget = Math.sqrt(maxPixels / area);
  // Never below 1: a huge 1x screen keeps the sharpness it always had.
  const ratio = Math.max(1, Math.min(wanted, MAX_RATIO, budget));
  // Quarter steps: canvas sizes stay whole numbers of pixels for the common widths.
  return Math.floor(ratio * 4) / 4;
}

/** Canvas size in whole pixels for a CSS box at `ratio`. */
export function canvasSize(
  cssWidth: number,
  cssHeight: number,
  ratio: number,
): { width: number; height: number } {
  return {
    width: Math.max(1, Math.round(cssWidth * ratio)),
    height: Math.max(1, Math.round(cssHeight * ratio)),
  };
}
