import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, shot, type WatchedPage } from './browser';
import { encodeResultLink } from '../../src/share';
import { runFromPlans, shippedLevels } from '../fixtures/campaigns';
import { csvTable } from '../fixtures/csv';
import { CSV_COLUMNS } from '../../src/classroom/csv';
import { finishStage, LEVELS, LINK_MESSAGES, shareLink, verifyResultLink } from './sharePlay';

const SEED = 13_579;

/** A real, verifiable link from another market (seed 777, no levers): not this class's session. */
function otherSessionLink(): string {
  const run = runFromPlans(shippedLevels(), 777, { traffic: [] }, 'Zed', ['traffic']);
  const encoded = encodeResultLink(run, LEVELS, 'http://127.0.0.1/');
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.link;
}

/** A student opens the session link in a fresh browser, enters a name, plays Stage 1, hands in. */
async function student(browser: Browser, link: string, name: string, budget: string) {
  const { page, context, problems } = await openPage(browser, { width: 1280, height: 720 }, link);
  await page.getByLabel(/Your name/).fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect
    .poll(() => page.getByRole('heading', { name: 'The four stages' }).isVisible())
    .toBe(true);
  await page.getByRole('button', { name: /Stage 1/ }).click();
  await page.getByRole('button', { name: 'Open the shop' }).click();
  await page.getByLabel('Daily ad budget').fill(budget);
  const events = await finishStage(page);
  const result = await shareLink(page);
  // The session fixed the name; the dialog says who hands in.
  expect(await page.getByRole('dialog').textContent()).toContain(`Handing in as ${name}`);
  await context.close();
  return { result, events, problems };
}

describe('a trainer runs a class session and reads a verified leaderboard', () => {
  let browser: Browser;
  let trainer: WatchedPage;
  let page: Page;
  let sessionLink = '';
  const links: string[] = [];
  const studentProblems: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    trainer = await openPage(browser, { width: 1280, height: 720 }, './');
    page = trainer.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reaches the trainer page from the title and creates a session link with levers', async () => {
    await page.getByRole('link', { name: 'For trainers' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Create a class session' }).isVisible())
      .toBe(true);
    await page.getByLabel('Session name').fill('Class 7B');
    await page.getByLabel('Market seed').fill(String(SEED));
    await page.getByLabel('Platform commission (%)').fill('6');
    await page.getByLabel('Settlement delay (days)').fill('99');
    await page.getByRole('button', { name: 'Create session link' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('between 1 and 30');
    await page.getByLabel('Settlement delay (days)').fill('10');
    await page.getByRole('button', { name: 'Create session link' }).click();
    const field = page.getByRole('textbox', { name: 'session link' });
    await expect.poll(() => field.inputValue()).toContain('?s=');
    sessionLink = await field.inputValue();
    await shot(page, 'desktop-trainer');
    await page.getByRole('button', { name: 'Projector view' }).click();
    const projector = page.getByRole('dialog', { name: 'Class 7B' });
    await expect.poll(() => projector.getByRole('img', { name: /QR code/ }).isVisible()).toBe(true);
    await page.waitForTimeout(200);
    await shot(page, 'desktop-projector');
    await page.keyboard.press('Escape');
    await expect.poll(() => projector.isVisible()).toBe(false);
  });

  it('two students play the session in fresh browsers and hand in their links', async () => {
    const a = await student(browser, sessionLink, 'Ana', '60000');
    const b = await student(browser, sessionLink, 'Bo', '20000');
    expect(a.events + b.events).toBeGreaterThanOrEqual(0);
    links.push(a.result, b.result);
    studentProblems.push(...a.problems, ...b.problems);
    for (const link of links) {
      const verified = verifyResultLink(link, LEVELS);
      if (!verified.ok) throw new Error(verified.message);
      // The session's levers and seed travel into the result.
      expect(verified.result.levers).toEqual({ commissionBp: 600, settlementDays: 10 });
      expect(verified.result.seed).toBe(SEED);
    }
  });

  it('pastes them with a damaged one: verified, ranked, the bad line with its reason', async () => {
    await page.getByRole('link', { name: 'Class dashboard' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Class dashboard' }).isVisible())
      .toBe(true);
    const [first] = links;
    const damaged = `${first?.slice(0, -12)}A${first?.slice(-11)}`;
    await page
      .getByLabel(/Paste result links/)
      .fill([...links, damaged, otherSessionLink()].join('\n'));
    await page.getByRole('button', { name: 'Verify and add' }).click();
    const table = page.getByRole('table', { name: /Leaderboard/ });
    await expect.poll(() => table.isVisible()).toBe(true);
    const nets = links.map((l) => {
      const v = verifyResultLink(l, LEVELS);
      if (!v.ok) throw new Error(v.message);
      return { name: v.result.name, net: v.result.totals.netProfit };
    });
    const expected = [...nets].sort((x, y) => y.net - x.net).map((n) => n.name);
    const names = await table.locator('tbody th button').allTextContents();
    expect(names).toEqual(expected);
    expect(await table.locator('tbody').getByText('✓ replayed').count()).toBe(2);
    const bad = page.getByRole('region', { name: /Refused lines/ });
    expect(await bad.textContent()).toContain('Hand-in 3:');
    expect(await bad.textContent()).toContain(LINK_MESSAGES.damaged);
    // Zed played another market: named in one sentence, ranked apart, never above the class.
    const apart = page.getByRole('region', { name: /different setup/ });
    expect(await apart.textContent()).toContain(
      '1 hand-in(s) do not match the setup most of the class played (seed 13579 · stage(s) 1 · Platform commission (%) 6, Settlement delay (days) 10): Zed.',
    );
    const apartTable = apart.getByRole('table', { name: /Ranked apart: seed 777/ });
    expect(await apartTable.locator('tbody th button').allTextContents()).toEqual(['Zed']);
    expect(await apartTable.getByRole('caption').textContent()).toContain(
      'different market seed, levers',
    );
    expect(await page.getByText(/^Setup rule:/).isVisible()).toBe(true);
    await apart.scrollIntoViewIfNeeded();
    await shot(page, 'desktop-dashboard-setups');
    await shot(page, 'desktop-dashboard');
    await page.getByRole('heading', { name: 'Class charts' }).scrollIntoViewIfNeeded();
    // The charts show the class's market only: one dot per student of the session, none for Zed.
    expect(await page.locator('svg.class-scatter circle.dot').count()).toBe(2);
    await shot(page, 'desktop-dashboard-charts');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const rows = csvTable(csv);
    // The one CSV of src/classroom/csv.ts, the same columns as `npm run verify -- --csv`.
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const at = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows.slice(1).map((r) => [r[at('rank')], r[at('name')], r[at('class_setup')]])).toEqual([
      ...expected.map((name, i) => [String(i + 1), name, 'yes']),
      ['1', 'Zed', 'no'],
    ]);
    const sorted = [...nets].sort((x, y) => y.net - x.net);
    expect(rows.slice(1, 3).map((r) => Number(r[at('net_profit_yuan')]))).toEqual(
      sorted.map((n) => n.net / 100),
    );
    // Each row names the student's costliest decision, with what it cost, where one cost anything.
    for (const row of rows.slice(1)) {
      const costFen = Number(row[at('largest_cost_decision_yuan')] || '0');
      expect(costFen).toBeLessThanOrEqual(0);
      if (costFen < 0) expect(row[at('largest_cost_decision')]).toMatch(/^Stage \d/);
    }

    await table.getByRole('button', { name: expected[0] ?? '' }).click();
    const detail = page.getByRole('region', { name: /day by day/ });
    await expect.poll(() => detail.isVisible()).toBe(true);
    expect(await detail.getByRole('img').count()).toBeGreaterThanOrEqual(2);
    await shot(page, 'desktop-dashboard-student');
  });

  it('kept every console clean and made no request to another origin', () => {
    expect([...trainer.problems, ...studentProblems]).toEqual([]);
  });
});
