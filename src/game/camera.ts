import type * as Phaser from 'phaser';
import type { StageFrame } from '../store/gameStore';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Canvas pixels per CSS pixel: Phaser shows the canvas at a zoom of 1/ratio (createGame.ts). */
export function pixelRatioOf(scene: Phaser.Scene): number {
  const zoom = scene.scale.zoom;
  return zoom > 0 ? 1 / zoom : 1;
}

/** A box in the page's CSS pixels as canvas pixels. */
export function toCanvasPixels(frame: StageFrame, ratio: number): StageFrame {
  if (ratio === 1) return frame;
  return {
    x: frame.x * ratio,
    y: frame.y * ratio,
    width: frame.width * ratio,
    height: frame.height * ratio,
  };
}

/**
 * Frames `focus` inside the part of the page no panel covers, while the camera still draws the
 * whole canvas, so the world continues behind the panels. The canvas fills the page; `frame` is
 * in canvas pixels and `maxZoom` in canvas pixels per world unit.
 */
export function fitCamera(
  camera: Phaser.Cameras.Scene2D.Camera,
  frame: StageFrame,
  focus: Rect,
  maxZoom = 1.25,
): void {
  const { width, height } = camera.scene.scale;
  camera.setViewport(0, 0, width, height);
  const zoom = Math.max(
    0.1,
    Math.min(frame.width / focus.width, frame.height / focus.height, maxZoom),
  );
  camera.setZoom(zoom);
  const frameCx = frame.x + frame.width / 2;
  const frameCy = frame.y + frame.height / 2;
  camera.centerOn(
    focus.x + focus.width / 2 - (frameCx - width / 2) / zoom,
    focus.y + focus.height / 2 - (frameCy - height / 2) / zoom,
  );
}

/** World to screen pixels for an unrotated camera: screen = world * zoom + (x, y). */
export interface ScreenTransform {
  zoom: number;
  x: number;
  y: number;
}

/**
 * The transform Phaser applies for `camera` (zoom about the viewport's centre, then scroll), so
 * that things drawn in screen space (the cached street, the crowd) line up with its world.
 */
export function screenTransform(camera: Phaser.Cameras.Scene2D.Camera): ScreenTransform {
  const { zoom, scrollX, scrollY, x, y, width, height } = camera;
  return {
    zoom,
    x: x + width / 2 - (scrollX + width / 2) * zoom,
    y: y + height / 2 - (scrollY + height / 2) * zoom,
  };
}

/**
 * Keeps a scene's camera framed as the store's frame or the canvas size change; released with
 * the scene. `readFrame` gives the frame in CSS pixels; `focusFor` may pick a different focus
 * for narrow frames; `onFit` runs after each new framing (the shop redraws what it caches at the
 * camera's scale).
 */
export function keepFramed(
  scene: Phaser.Scene,
  readFrame: () => StageFrame,
  focusFor: (frame: StageFrame) => Rect,
  maxZoom?: number,
  onFit: () => void = () => undefined,
): { refit(): void; release(): void } {
  let lastFrame: StageFrame | null = null;
  let lastSize = '';
  const refit = () => {
    const frame = readFrame();
    const size = `${scene.scale.width}x${scene.scale.height}`;
    if (frame === lastFrame && size === lastSize) return;
    lastFrame = frame;
    lastSize = size;
    const ratio = pixelRatioOf(scene);
    // The focus rule reads the frame's shape, which the ratio does not change.
    fitCamera(
      scene.cameras.main,
      toCanvasPixels(frame, ratio),
      focusFor(frame),
      (maxZoom ?? 1.25) * ratio,
    );
    onFit();
  };
  scene.scale.on('resize', refit);
  refit();
  return {
    refit,
    release: () => scene.scale.off('resize', refit),
  };
}

/**
 * Resolution for a canvas text: its texture is drawn at this many pixels per world unit, enough
 * for the camera's zoom (up to 1.25 world units per CSS pixel) at the canvas's pixel ratio.
 */
export function textResolution(scene: Phaser.Scene): number {
  return Math.min(4, Math.max(2, Math.ceil(pixelRatioOf(scene) * 1.25)));
}
