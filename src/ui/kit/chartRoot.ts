import './charts.css';
import { svg } from './dom';

export interface ChartSize {
  width: number;
  height: number;
}

/** The svg every chart draws into: its pixel size, and its title read out as an image. */
export function chartRoot(size: ChartSize, title: string, description: string): SVGSVGElement {
  return svg(
    'svg',
    {
      class: 'chart',
      width: size.width,
      height: size.height,
      viewBox: `0 0 ${size.width} ${size.height}`,
      role: 'img',
      'aria-label': `${title}. ${description}`,
    },
    [svg('title', { text: title })],
  );
}
