import './base.css';
import { CSS } from '../../present/palette';

/**
 * Text colours for the DOM that differ from the canvas palette. The DOM's panels are 96 % cream
 * over a street that moves (--panel-bg, kept translucent for the compositor, see shop.css), so
 * what sits behind text can be a shade darker than cream. These three pass AA on pure cream
 * (palette.ts) but not on that panel over the darkest street, as test/e2e/contrast.test.ts
 * measured (4.15–4.43:1); one shade darker they pass with margin (≥ 4.7:1), and the hues stay.
 */
const DOM_TEXT: Partial<Record<keyof typeof CSS, string>> = {
  shopOrangeDark: '#a84a0c',
  profit: '#2a7549',
  loss: '#b83737',
};

/** Publishes the one palette as CSS custom properties (--shopOrange, --ink, ...) for the DOM UI. */
export function applyTheme(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(CSS)) root.style.setProperty(`--${name}`, value);
  for (const [name, value] of Object.entries(DOM_TEXT)) root.style.setProperty(`--${name}`, value);
}
