import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, shot } from './browser';
import { finishStage, LEVELS, LINK_MESSAGES, shareLink, verifyResultLink } from './sharePlay';

const SEED = 24_680;

describe('a shared result link opens a verified score card elsewhere', () => {
  let browser: Browser;
  let link = '';

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('plays Stage 1 and shares it with a name, a link and a QR code', async () => {
    const { page, context, problems } = await openPage(
      browser,
      { width: 1280, height: 720 },
      `./?seed=${SEED}&stage=traffic`,
    );
    await page.getByLabel('Daily ad budget').fill('30000');
    await finishStage(page);
    link = await shareLink(page, 'Mei <b>Li</b>');
    await page.waitForTimeout(200);
    await shot(page, 'desktop-share-dialog');
    const verified = verifyResultLink(link, LEVELS);
    expect(verified.ok).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the link in a fresh profile: verified card, the save untouched', async () => {
    const { page, context, problems } = await openPage(browser, { width: 1280, height: 720 }, './');
    // This visitor has a campaign of their own.
    await page.getByRole('button', { name: 'New campaign' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'The four stages' }).isVisible())
      .toBe(true);
    await page.waitForTimeout(300);
    const saveBefore = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(saveBefore).not.toBe('{}');

    await page.goto(link);
    const card = page.getByRole('article');
    await expect.poll(() => card.getByText('✓ Verified').isVisible()).toBe(true);
    // The name is text: the tags show as typed, and no <b> element was made.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mei <b>Li</b>');
    expect(await card.locator('b').count()).toBe(0);
    const result = verifyResultLink(link, LEVELS);
    if (!result.ok) throw new Error(result.message);
    expect(await card.textContent()).toContain('rules v');
    expect(await card.getByRole('table').textContent()).toContain('Stage 1');
    expect(await card.getByRole('list', { name: /Where the money went/ }).isVisible()).toBe(true);
    await shot(page, 'desktop-score-card');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    await shot(page, 'phone-score-card');
    await page.setViewportSize({ width: 1280, height: 720 });

    const saveAfter = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(saveAfter).toBe(saveBefore);

    // "Play the same market" is a session link with this run's seed.
    const again = await card
      .getByRole('link', { name: 'Play the same market' })
      .getAttribute('href');
    expect(again).toContain('#s=');

    // A damaged link: its one sentence, no half score.
    const cut = link.slice(0, link.length - 20);
    await page.goto(cut);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(LINK_MESSAGES.truncated);
    expect(await page.getByText('✓ Verified').count()).toBe(0);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(saveBefore);
    expect(problems).toEqual([]);
    await context.close();
  });
});
