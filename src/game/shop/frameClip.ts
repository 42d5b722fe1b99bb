import * as Phaser from 'phaser';
import type { StageFrame } from '../../store/gameStore';
import { pixelRatioOf, toCanvasPixels } from '../camera';

export interface FrameClip {
  /** Paint the whole canvas once more on the next frame (after a resize or a new frame). */
  repaintAll(): void;
  release(): void;
}

/** Something the full-canvas pass leaves out: it would stay frozen outside the frame. */
interface Hideable {
  visible: boolean;
}

const NO_CLIP: FrameClip = { repaintAll: () => undefined, release: () => undefined };

/**
 * On the 2D canvas renderer, the shop redraws only the part of the canvas no panel covers.
 *
 * Chromium composites a 2D canvas from the rectangle its draw calls touched. When Phaser clears
 * and redraws the whole canvas every frame, the browser has to re-blend every DOM panel lying
 * over it too: measured in the busy 4x shop, that doubled the compositor's time per frame. With
 * each frame clipped to the stage frame, the panels outside it stay composited as they were.
 *
 * The rest of the canvas (the street behind the panels and in the gaps between them) is painted
 * in one full pass whenever the layout changes, without the walkers and flyers, which would
 * otherwise stay frozen where that pass caught them. WebGL is left alone: it has no such damage
 * tracking, and on a GPU the panels cost little.
 *
 * `opaqueBase` says the scene's first draw each frame is an opaque image over the whole canvas
 * (the street cache). Then the clipped pass skips its own clear and background fill: on a
 * software-rastered canvas at a phone's pixel ratio those were two more fills of every pixel in
 * the frame, each frame, under a copy that overwrites them all.
 */
export function clipRedrawsToFrame(
  scene: Phaser.Scene,
  readFrame: () => StageFrame,
  movingParts: () => readonly Hideable[],
  options: { opaqueBase?: boolean } = {},
): FrameClip {
  const renderer = scene.game.renderer;
  if (!(renderer instanceof Phaser.Renderer.Canvas.CanvasRenderer)) return NO_CLIP;
  const config = renderer.config as {
    clearBeforeRender: boolean;
    backgroundColor: { rgba: string };
  };
  const clearedBefore = config.clearBeforeRender;
  config.clearBeforeRender = false;
  const canvas = renderer.gameCanvas;
  const opaqueBase = options.opaqueBase ?? false;
  let fullPass = true;
  let hidden: Hideable[] = [];

  const onPreRender = () => {
    const ctx = renderer.gameContext;
    if (fullPass) {
      fullPass = false;
      hidden = movingParts().filter((part) => part.visible);
      for (const part of hidden) part.visible = false;
      paint(ctx, config.backgroundColor.rgba, 0, 0, canvas.width, canvas.height);
      return;
    }
    // preRender saved the context just before this event; postRender's restore drops the clip.
    const frame = toCanvasPixels(readFrame(), pixelRatioOf(scene));
    const x = Math.max(0, Math.floor(frame.x));
    const y = Math.max(0, Math.floor(frame.y));
    const width = Math.max(0, Math.ceil(frame.x + frame.width) - x);
    const height = Math.max(0, Math.ceil(frame.y + frame.height) - y);
    ctx.beginPath();
    ctx.rect(x, y, width, height);
    ctx.clip();
    if (!opaqueBase) paint(ctx, config.backgroundColor.rgba, x, y, width, height);
  };
  const onPostRender = () => {
    for (const part of hidden) part.visible = true;
    hidden = [];
  };
  const repaintAll = () => {
    fullPass = true;
  };
  renderer.on(Phaser.Renderer.Events.PRE_RENDER, onPreRender);
  renderer.on(Phaser.Renderer.Events.POST_RENDER, onPostRender);
  // A lost and restored 2D context comes back blank.
  canvas.addEventListener('contextrestored', repaintAll);
  return {
    repaintAll,
    release: () => {
      renderer.off(Phaser.Renderer.Events.PRE_RENDER, onPreRender);
      renderer.off(Phaser.Renderer.Events.POST_RENDER, onPostRender);
      canvas.removeEventListener('contextrestored', repaintAll);
      onPostRender();
      config.clearBeforeRender = clearedBefore;
    },
  };
}

/** What Phaser's own clear does, for one rectangle: transparent, then the game's background. */
function paint(
  ctx: CanvasRenderingContext2D,
  background: string,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  ctx.clearRect(x, y, width, height);
  ctx.fillStyle = background;
  ctx.fillRect(x, y, width, height);
}
