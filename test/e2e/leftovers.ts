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

/** Every visible text node of the page that is English on a Chinese screen. */
export async function leftovers(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: { text: string; english: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || parent.closest('[hidden], noscript, script, style, option')) {
        continue;
      }
      const box = parent.getBoundingClientRect();
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (box.width > 0 && box.height > 0) out.push({ text, english: lang.startsWith('en') });
    }
    return out;
  });
  return texts
    .filter(
      ({ text, english }) =>
        ENGLISH_ONLY.has(text) ||
        (text.match(/[A-Za-z]{4,}/g) ?? []).some(
          (word) => !ALLOWED.test(word) && !(english && NAMES.test(word)),
        ),
    )
    .map(({ text }) => text);
}
