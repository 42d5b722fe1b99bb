import type { Page } from 'playwright-core';

/**
 * Every visible text on the page that does not fit where it is drawn, as one line each:
 * a text container whose content is wider or taller than its box (scrollWidth > clientWidth,
 * scrollHeight > clientHeight), a container cut by an ancestor that hides its overflow, text
 * that runs off the viewport, and a closed dropdown too narrow for the option it shows.
 * Scrolling boxes (overflow auto or scroll) are meant to hold more than they show, and
 * visually-hidden text is for screen readers, so neither counts.
 */
export function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SLACK = 1;
    const problems: string[] = [];
    const seen = new Set<Element>();
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    const label = (element: Element, text: string) => {
      const cls = typeof element.className === 'string' ? element.className.trim() : '';
      const name = `${element.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`;
      return `${name} "${text.slice(0, 60)}"`;
    };
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return false;
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && style.opacity !== '0';
    };
    /** Inside a 1-pixel clipped box: kept for screen readers only, like .visually-hidden. */
    const insideHiddenBox = (element: Element) => {
      for (let up: Element | null = element; up && up !== document.body; up = up.parentElement) {
        const box = up.getBoundingClientRect();
        if ((box.width <= 1 || box.height <= 1) && hides(getComputedStyle(up).overflowX)) {
          return true;
        }
      }
      return false;
    };
    /** The nearest ancestor that lays text out in a box of its own (inline boxes have none). */
    const containerOf = (element: Element): Element => {
      let current: Element | null = element;
      while (current && getComputedStyle(current).display === 'inline') {
        current = current.parentElement;
      }
      return current ?? element;
    };

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!parent || text === '') continue;
      if (parent.closest('[hidden], script, style, noscript, option, .visually-hidden')) continue;
      const container = containerOf(parent);
      if (insideHiddenBox(container)) continue;
      if (seen.has(container) || !visible(container)) continue;
      seen.add(container);
      const style = getComputedStyle(container);
      // An open tip is laid over the page on purpose; it is measured as a container of its own.
      const overlays = [...container.querySelectorAll('*')].some((inner) => {
        const position = getComputedStyle(inner).position;
        return (position === 'absolute' || position === 'fixed') && visible(inner);
      });
      if (overlays) {
        // Only the container's own words count then: where their glyphs are against its box.
      } else if (
        !scrolls(style.overflowX) &&
        container.scrollWidth > container.clientWidth + SLACK
      ) {
        problems.push(
          `${label(container, text)} is ${container.scrollWidth}px wide in ${container.clientWidth}px`,
        );
      }
      if (
        !overlays &&
        !scrolls(style.overflowY) &&
        container.scrollHeight > container.clientHeight + SLACK
      ) {
        problems.push(
          `${label(container, text)} is ${container.scrollHeight}px tall in ${container.clientHeight}px`,
        );
      }
      // A range box is where the glyphs are, however the container's own box is sized.
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      // Words a box scrolls to are within reach, however far off the screen they sit now.
      let scroller: Element | null = container.parentElement;
      while (
        scroller &&
        scroller !== document.body &&
        !scrolls(getComputedStyle(scroller).overflowX)
      ) {
        scroller = scroller.parentElement;
      }
      const reachable = scroller !== null && scroller !== document.body;
      if (!reachable && (box.right > innerWidth + SLACK || box.left < -SLACK)) {
        problems.push(
          `${label(container, text)} runs off the screen (${Math.round(box.left)}–${Math.round(box.right)}px of ${innerWidth})`,
        );
      }
      for (let up = container.parentElement; up && up !== document.body; up = up.parentElement) {
        const clip = getComputedStyle(up);
        if (scrolls(clip.overflowX) || scrolls(clip.overflowY)) break;
        const x = hides(clip.overflowX);
        const y = hides(clip.overflowY);
        if (!x && !y) continue;
        const outer = up.getBoundingClientRect();
        const cutX = x && (box.left < outer.left - SLACK || box.right > outer.right + SLACK);
        const cutY = y && (box.top < outer.top - SLACK || box.bottom > outer.bottom + SLACK);
        if (cutX || cutY) problems.push(`${label(container, text)} is cut by ${label(up, '')}`);
        break;
      }
    }

    // A closed <select> shows its chosen option in a box the browser draws: measure the words.
    const canvas = document.createElement('canvas').getContext('2d');
    for (const select of document.querySelectorAll('select')) {
      if (!canvas || !visible(select) || select.closest('[hidden]')) continue;
      const option = select.selectedOptions[0];
      if (!option) continue;
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const textWidth = canvas.measureText(option.text).width;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      // The arrow of a closed dropdown takes about 20px at the right.
      const room = select.clientWidth - padding - 20;
      if (textWidth > room + SLACK) {
        problems.push(
          `${label(select, option.text)} shows ${Math.round(textWidth)}px of words in ${Math.round(room)}px`,
        );
      }
    }
    return problems;
  });
}
