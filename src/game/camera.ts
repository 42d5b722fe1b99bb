import type * as Phaser from 'phaser';
import type { StageFrame } from '../store/gameStore';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Frames `focus` inside the part of the page no panel covers, while the camera still draws the
 * whole canvas, so the world continues behind the panels. The canvas fills the page
 * (Scale.RESIZE): the frame's CSS pixels are canvas pixels.
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
 * the scene. `focusFor` may pick a different focus for narrow frames; `onFit` runs after each
 * new framing (the shop redraws what it caches at the camera's scale).
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
    fitCamera(scene.cameras.main, frame, focusFor(frame), maxZoom);
    onFit();
  };
  scene.scale.on('resize', refit);
  refit();
  return {
    refit,
    release: () => scene.scale.off('resize', refit),
  };
}
