import { CSS } from '../game/palette';

/** Publishes the one palette as CSS custom properties (--shopOrange, --ink, ...) for the DOM UI. */
export function applyTheme(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(CSS)) root.style.setProperty(`--${name}`, value);
}
