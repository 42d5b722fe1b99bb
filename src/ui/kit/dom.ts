/**
 * Tiny DOM helpers. Text always goes in through textContent, never as HTML, so names from level
 * files and saves can never become markup.
 */
import { displayName } from '../../share/names';

type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const child of children) node.append(child);
  return node;
}

export function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) node.removeAttribute(name);
    else if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Sets text only when it changed, so screen readers and layout are not disturbed each day. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: readonly (Node | string)[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  for (const child of children) node.append(child);
  return node;
}

export function clear(node: Element): void {
  node.replaceChildren();
}

/** Elements a keyboard user can reach inside `root`, in tab order. */
export function focusables(root: Element): HTMLElement[] {
  const selector =
    'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(selector)].filter(
    (node) => node.offsetParent !== null || node === document.activeElement,
  );
}

/**
 * A player's name inside the page: a `<bdi>`, so an Arabic or Hebrew name cannot reorder the
 * sentence around it, cut between graphemes for display (the whole name stays in the title).
 */
export function nameNode(name: string, maxGraphemes?: number): HTMLElement {
  const shown = displayName(name, maxGraphemes);
  return el('bdi', { class: 'player-name', text: shown, title: shown === name ? null : name });
}

/** Placeholder that no sentence and no sanitised name contains (a private-use character). */
const NAME_SLOT = '\uE0F0';

/**
 * A sentence with a name spliced in as a `<bdi>`: `sentence` is the translation made with the
 * name parameter set to nameSlot(), e.g. t('share.as', { name: nameSlot() }).
 */
export function sentenceWithName(sentence: string, name: string): (Node | string)[] {
  const parts = sentence.split(NAME_SLOT);
  return parts.flatMap((part, i) => (i === 0 ? [part] : [nameNode(name), part]));
}

export const nameSlot = (): string => NAME_SLOT;
