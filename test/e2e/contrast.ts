import type { Page } from 'playwright-core';

/** One measured piece of text or one control's boundary, with the ratio WCAG AA asks of it. */
export interface Measure {
  what: string;
  ratio: number;
  needed: number;
  fg: string;
  bg: string;
}

/**
 * Measures, in the page, every visible text node's colour against its effective background, and
 * every visible control's boundary (its border, else its fill) against what surrounds it.
 *
 * The background is found by walking up the ancestors and compositing their background colours
 * until one is opaque. Where the walk reaches the page without one, the element floats over the
 * game canvas, whose pixels change as the street moves: the translucent layers found on the way
 * (a panel's 96 % cream, the legend's 90 %) are then composited over both black and white and the
 * worse of the two counts, so text passes only if its own panel carries it over any street.
 *
 * Large text (≥ 24 px, or ≥ 18.66 px bold) needs 3:1, other text 4.5:1; icon glyphs (★, ⓘ) and
 * boundaries (a button's border, a field's border or fill) 3:1.
 * Disabled controls are exempt (WCAG 1.4.3 "inactive user interface components").
 */
export function measureContrast(page: Page, label: string): Promise<Measure[]> {
  return page.evaluate((screen) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m?.[1]) return [0, 0, 0, 0];
      const parts = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    /** `top` over an opaque `bottom`. */
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [
        top[0] * a + bottom[0] * (1 - a),
        top[1] * a + bottom[1] * (1 - a),
        top[2] * a + bottom[2] * (1 - a),
        1,
      ];
    };
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (c: Rgba) =>
      0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const hex = (c: Rgba) =>
      `#${c
        .slice(0, 3)
        .map((v) => Math.round(v).toString(16).padStart(2, '0'))
        .join('')}`;

    /** Backgrounds from `start` upward until an opaque one; null as the last entry: the canvas. */
    const layers = (start: Element | null): (Rgba | null)[] => {
      const out: (Rgba | null)[] = [];
      for (let node = start; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        const bg = parse(style.backgroundColor);
        const opacity = Number(style.opacity);
        if (bg[3] > 0) out.push([bg[0], bg[1], bg[2], bg[3] * opacity]);
        if (bg[3] * opacity >= 0.999) return out;
        // The game's canvas sits under #ui: whatever is not covered by now is over the street.
        if (node.id === 'ui') break;
      }
      out.push(null);
      return out;
    };
    /** The possible opaque backgrounds: one, or the pair (over black, over white) on the canvas. */
    const backgrounds = (start: Element | null): Rgba[] => {
      const stack = layers(start);
      const bases: Rgba[] =
        stack[stack.length - 1] === null
          ? [
              [0, 0, 0, 1],
              [255, 255, 255, 1],
            ]
          : [stack[stack.length - 1] as Rgba];
      const translucent = stack.slice(0, -1).filter((c): c is Rgba => c !== null);
      return bases.map((base) => translucent.reduceRight((acc, layer) => over(layer, acc), base));
    };
    const opacityOf = (node: Element | null): number => {
      let value = 1;
      for (let n = node; n; n = n.parentElement) value *= Number(getComputedStyle(n).opacity);
      return value;
    };
    const shown = (node: Element): boolean => {
      if (node.closest('[hidden], [aria-hidden="true"] svg, noscript')) return false;
      const style = getComputedStyle(node);
      if (style.visibility !== 'visible' || style.display === 'none') return false;
      const box = node.getBoundingClientRect();
      // The visually-hidden pattern (1 px, clipped): read by screen readers, never seen.
      return box.width > 1 && box.height > 1 && style.clip !== 'rect(0px, 0px, 0px, 0px)';
    };
    const inactive = (node: Element) => node.closest(':disabled, [aria-disabled="true"]') !== null;
    const describe = (node: Element, text: string) =>
      `${screen}: <${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}"> "${text.slice(0, 40)}"`;

    const out: {
      what: string;
      ratio: number;
      needed: number;
      fg: string;
      bg: string;
    }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const node = text.parentElement;
      const content = text.textContent?.trim() ?? '';
      if (!node || content === '' || !shown(node) || inactive(node)) continue;
      if (node.closest('script, style, option')) continue;
      const style = getComputedStyle(node);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      // A glyph with no letter or digit (★, ⓘ, ⚙, ×) is an icon: 3:1 as a graphical object.
      const icon = !/[\p{L}\p{N}]/u.test(content);
      const needed = icon || size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      // An outlined glyph (the stars) is seen by its outline.
      const stroke = parseFloat(style.getPropertyValue('-webkit-text-stroke-width')) >= 1;
      const colour = parse(
        stroke ? style.getPropertyValue('-webkit-text-stroke-color') : style.color,
      );
      const alpha = colour[3] * opacityOf(node);
      for (const bg of backgrounds(node)) {
        const fg = over([colour[0], colour[1], colour[2], alpha], bg);
        out.push({
          what: describe(node, content),
          ratio: ratio(fg, bg),
          needed,
          fg: hex(fg),
          bg: hex(bg),
        });
      }
    }

    const controls = document.querySelectorAll(
      'button, select, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="range"]), textarea',
    );
    for (const node of controls) {
      if (!shown(node) || inactive(node)) continue;
      const style = getComputedStyle(node);
      const around = backgrounds(node.parentElement);
      const border = parse(style.borderTopColor);
      const hasBorder = parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none';
      const fill = parse(style.backgroundColor);
      // A button is identified by its text (checked above); its border, where it has one, is
      // its drawn edge and must show. A field has no text of its own: its border or fill must.
      const field = node.tagName !== 'BUTTON';
      const edge: Rgba | null =
        hasBorder && border[3] > 0 ? border : field && fill[3] > 0 ? fill : null;
      if (!edge) continue;
      for (const bg of around) {
        const fg = over(edge, bg);
        out.push({
          what: `${describe(node, node.textContent?.trim() ?? node.getAttribute('aria-label') ?? '')} boundary`,
          ratio: ratio(fg, bg),
          needed: 3,
          fg: hex(fg),
          bg: hex(bg),
        });
      }
    }
    return out;
  }, label);
}

/** The lowest-ratio measure of a list (relative to what it needs), for the report. */
export function lowest(measures: readonly Measure[]): Measure | null {
  let worst: Measure | null = null;
  for (const m of measures) if (!worst || m.ratio < worst.ratio) worst = m;
  return worst;
}
