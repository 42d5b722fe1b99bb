/**
 * Less motion: the player's own setting when they made one, else the system preference. Read
 * live so a change applies at once; the setting is mirrored on <html data-motion> for the CSS.
 */
let override: boolean | null = null;

export function setReducedMotion(value: boolean | null): void {
  override = value;
  if (typeof document === 'undefined') return;
  if (value === null) delete document.documentElement.dataset['motion'];
  else document.documentElement.dataset['motion'] = value ? 'reduce' : 'full';
}

export function systemPrefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function prefersReducedMotion(): boolean {
  return override ?? systemPrefersReducedMotion();
}
