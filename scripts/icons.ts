/**
 * The installable app's PNG icons, rendered from assets/icon.svg in headless Chromium, so the
 * PNGs in public/icons/ always match the SVG: `npx tsx scripts/icons.ts` after changing it.
 *
 * - icon-192.png, icon-512.png: the SVG as drawn, transparent outside its rounded square;
 * - icon-maskable-512.png: full-bleed cream with the drawing at 70 %, so the shop and the arrow
 *   stay inside the 80 % safe circle that launchers may cut the icon to;
 * - apple-touch-icon.png (180): opaque, since iOS fills transparency with black.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { CSS } from '../src/present/palette';

const SOURCE = fileURLToPath(new URL('../assets/icon.svg', import.meta.url));
const OUT = fileURLToPath(new URL('../public/icons/', import.meta.url));

interface IconSpec {
  file: string;
  size: number;
  /** Share of the canvas the drawing takes, centred. */
  scale: number;
  /** null: transparent background. */
  background: string | null;
}

export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, scale: 1, background: null },
  { file: 'icon-512.png', size: 512, scale: 1, background: null },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.7, background: CSS.cream },
  { file: 'apple-touch-icon.png', size: 180, scale: 1, background: CSS.cream },
];

function page(svg: string, icon: IconSpec): string {
  const drawn = Math.round(icon.size * icon.scale);
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;background:${icon.background ?? 'transparent'}">
<div style="width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center">
<img src="${src}" width="${drawn}" height="${drawn}" alt=""></div></body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(SOURCE, 'utf8');
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const icon of ICONS) {
      const context = await browser.newContext({
        viewport: { width: icon.size, height: icon.size },
        deviceScaleFactor: 1,
      });
      const tab = await context.newPage();
      await tab.setContent(page(svg, icon));
      await tab.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await tab.screenshot({
        path: `${OUT}${icon.file}`,
        omitBackground: icon.background === null,
      });
      await context.close();
      console.log(`public/icons/${icon.file} ${icon.size}x${icon.size}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
