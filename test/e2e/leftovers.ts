/** Shared by the Chinese screen tests: i18n.test.ts and attribution.test.ts. */
import type { Page } from 'playwright-core';
import { en } from '../../src/present/i18n/en';
import { zh } from '../../src/present/i18n/zh';

/** English texts that have a different Chinese translation: none may reach the Chinese UI. */
const ENGLISH_ONLY = new Set<string>(
  Object.entries(en)
    .filter(([key, value]) => zh[key as keyof typeof zh] !== value && !value.includes('{'))
    // Names the two catalogues share the other way round (四个阶段 / Four Stages) are not leftovers.
    .filter(([, value]) => !Object.values(zh).includes(value))
    .map(([, value]) => value),
);
/** Latin words the Chinese UI keeps on purpose: the metric and units. */
const ALLOWED = /^(GMV|MOQ|CSV|plan)$/;
/** English names (the game's, a language's own): allowed only inside an element with lang="en". */
const NAMES = /^(Four|Stages|English)$/;

/**
 * Every visible text node of the page that is English on a Chinese screen. `strict` counts any
 * Latin word of two letters or more (not only four), and leaves out the players' names (in a
 * <bdi>) and run codes (in a <code>), which are data, not the game's words: for the screens whose
 * every string is checked.
 */
export async function leftovers(page: Page, options: { strict?: boolean } = {}): Promise<string[]> {
  const strict = options.strict === true;
  const texts = await page.evaluate((skipNames) => {
    const out: { text: string; english: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // Names and run codes (hex in a <code>) are data, not words of the game.
    const skip = `[hidden], noscript, script, style, option${skipNames ? ', bdi.player-name, code' : ''}`;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || parent.closest(skip)) {
        continue;
      }
      const box = parent.getBoundingClientRect();
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (box.width > 0 && box.height > 0) out.push({ text, english: lang.startsWith('en') });
    }
    return out;
  }, strict);
  const latinWord = strict ? /[A-Za-z]{2,}/g : /[A-Za-z]{4,}/g;
  // Where no <bdi> can go (SVG text), a name is isolated with FSI…PDI instead: data too.
  const isolatedName = /^\u2068[^\u2069]*\u2069$/;
  return texts
    .filter(({ text }) => !(strict && isolatedName.test(text)))
    .filter(
      ({ text, english }) =>
        ENGLISH_ONLY.has(text) ||
        (text.match(latinWord) ?? []).some(
          (word) => !ALLOWED.test(word) && !(english && NAMES.test(word)),
        ),
    )
    .map(({ text }) => text);
}
