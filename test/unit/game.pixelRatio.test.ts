import { describe, expect, it } from 'vitest';
import {
  canvasPixelRatio,
  canvasSize,
  MAX_CANVAS_PIXELS,
  MAX_RATIO,
} from '../../src/game/pixelRatio';

describe('the canvas pixel ratio', () => {
  it('follows the device on a phone, within the pixel budget', () => {
    // 390x844 at 3 would be 2.96 M pixels: the budget allows 2.5 (2.06 M).
    expect(canvasPixelRatio(3, 390, 844)).toBe(2.5);
    expect(canvasPixelRatio(2, 390, 844)).toBe(2);
    expect(canvasPixelRatio(2, 667, 375)).toBe(2);
  });

  it('never goes below 1 or above the cap, and ignores nonsense ratios', () => {
    expect(canvasPixelRatio(1, 1280, 720)).toBe(1);
    expect(canvasPixelRatio(3, 3840, 2160)).toBe(1);
    expect(canvasPixelRatio(5, 100, 100)).toBe(MAX_RATIO);
    expect(canvasPixelRatio(Number.NaN, 390, 844)).toBe(1);
    expect(canvasPixelRatio(0.5, 390, 844)).toBe(1);
    expect(canvasPixelRatio(3, 0, 0)).toBe(MAX_RATIO);
  });

  it('keeps every canvas within the budget once it is above 1x', () => {
    for (const [width, height] of [
      [390, 844],
      [844, 390],
      [1280, 720],
      [1920, 1080],
      [667, 375],
    ] as const) {
      for (const dpr of [1.25, 1.5, 2, 2.625, 3]) {
        const ratio = canvasPixelRatio(dpr, width, height);
        const size = canvasSize(width, height, ratio);
        if (ratio > 1)
          expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.01);
        expect(ratio).toBeLessThanOrEqual(dpr);
        expect((ratio * 4) % 1).toBe(0);
      }
    }
  });

  it('sizes the canvas in whole pixels', () => {
    expect(canvasSize(390, 844, 2.5)).toEqual({ width: 975, height: 2110 });
    expect(canvasSize(0, 0, 2)).toEqual({ width: 1, height: 1 });
  });
});
