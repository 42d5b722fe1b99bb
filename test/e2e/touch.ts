import type { Locator, Page } from 'playwright-core';

/** How far the page scrolls sideways: 0 when nothing sticks out of the viewport. */
export function sideScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return scroller.scrollWidth - window.innerWidth;
  });
}

/**
 * Every visible control smaller than 44×44 px (WCAG 2.5.5), as "name w×h". A checkbox or radio
 * is measured by the label around it, which is what a finger hits.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], summary, [tabindex="0"]';
    const out: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>(selector)) {
      if (node.closest('[hidden], [inert]')) continue;
      const style = getComputedStyle(node);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      // Clipped to 1 px on purpose (the visually-hidden pattern): not a target.
      const own = node.getBoundingClientRect();
      if (own.width <= 1 || own.height <= 1) continue;
      const input = node instanceof HTMLInputElement ? node : null;
      const label =
        input && ['checkbox', 'radio'].includes(input.type) ? input.closest('label') : null;
      const box = (label ?? node).getBoundingClientRect();
      if (box.width + 0.5 < 44 || box.height + 0.5 < 44) {
        const name =
          node.getAttribute('aria-label') ?? (label ?? node).textContent?.trim().slice(0, 30) ?? '';
        out.push(
          `${node.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return out;
  });
}

/** A real tap at the middle of a control (page.touchscreen), after scrolling it into view. */
export async function tap(locator: Locator, at = 0.5): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('nothing to tap: the control is not visible');
  await locator.page().touchscreen.tap(box.x + box.width * at, box.y + box.height / 2);
}
