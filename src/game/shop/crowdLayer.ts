import type * as Phaser from 'phaser';

type CanvasRenderer = Phaser.Renderer.Canvas.CanvasRenderer;

/**
 * The crowd's sprites in one layer, sorted back to front by lane. WebGL draws them through
 * Phaser's own batch. On the 2D canvas the layer draws them itself: Phaser's per-sprite path
 * saves, transforms, sets blend and smoothing and restores around every drawImage, which for
 * 300 figures was several times the cost of the copies themselves. Here a figure already at
 * its screen size (CrowdArt) is one drawImage at a whole pixel, plus an alpha change when it
 * differs from the previous figure's; only figures shrinking through the door are scaled.
 */
export function createCrowdLayer(
  scene: Phaser.Scene,
  sprites: readonly Phaser.GameObjects.Image[],
): Phaser.GameObjects.Layer {
  const layer = scene.add.layer([...sprites]);
  // Phaser calls renderCanvas(renderer, object, camera) for each object on the display list.
  (layer as unknown as { renderCanvas: typeof drawCrowd }).renderCanvas = drawCrowd;
  return layer;
}

function drawCrowd(
  renderer: CanvasRenderer,
  layer: Phaser.GameObjects.Layer,
  camera: Phaser.Cameras.Scene2D.Camera,
): void {
  layer.depthSort();
  const context = renderer.currentContext;
  const m = camera.matrixCombined;
  context.save();
  context.setTransform(m.a, m.b, m.c, m.d, m.e, m.f);
  context.globalCompositeOperation = 'source-over';
  context.imageSmoothingEnabled = true;
  let alpha = -1;
  for (const child of layer.list as Phaser.GameObjects.Image[]) {
    if (!child.willRender(camera)) continue;
    if (child.alpha !== alpha) {
      alpha = child.alpha;
      context.globalAlpha = alpha;
    }
    const frame = child.frame;
    const data = frame.canvasData as { x: number; y: number };
    const width = frame.cutWidth;
    const height = frame.cutHeight;
    const scale = child.scaleX;
    context.drawImage(
      frame.source.image as CanvasImageSource,
      data.x,
      data.y,
      width,
      height,
      child.x - child.displayOriginX * scale,
      child.y - child.displayOriginY * scale,
      width * scale,
      height * scale,
    );
  }
  context.restore();
}
