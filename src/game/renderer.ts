import * as Phaser from 'phaser';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/**
 * WebGL where a GPU draws it; the 2D canvas renderer where WebGL would be emulated in software
 * (SwiftShader, llvmpipe). There the browser reads every WebGL frame back to composite it, and
 * a 1280x720 street drops to ~15 frames a second, against ~60 with the 2D canvas.
 */
export function pickRenderer(): number {
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return Phaser.CANVAS;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_GL.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
  } catch {
    return Phaser.CANVAS;
  }
}
