import { correction, generate } from 'lean-qr';
import { svg } from './dom';

/**
 * A QR code as an SVG built element by element (one path of unit squares), never from an HTML
 * string. Medium error correction: a projector's glare or a phone's camera at an angle still
 * reads it. The quiet zone of four modules is part of the drawing, so it scans on any background.
 */
export function qrSvg(text: string, label: string, pixels = 240): SVGSVGElement | null {
  let code: ReturnType<typeof generate>;
  try {
    code = generate(text, { minCorrectionLevel: correction.M });
  } catch {
    // Too long for any QR version: the link and copy button still work without it.
    return null;
  }
  const quiet = 4;
  const span = code.size + quiet * 2;
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  return svg(
    'svg',
    {
      class: 'qr',
      viewBox: `0 0 ${span} ${span}`,
      width: pixels,
      height: pixels,
      role: 'img',
      'aria-label': label,
      'shape-rendering': 'crispEdges',
    },
    [svg('rect', { width: span, height: span, fill: '#fff' }), svg('path', { d, fill: '#000' })],
  );
}
