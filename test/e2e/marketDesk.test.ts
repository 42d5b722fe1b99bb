/**
 * The class market trainer page's desk in Chromium: levers chosen at creation travel in the
 * class link; hand-ins are stamped by the page's clock, a late one is marked on the standings
 * and in the CSV, survives a reload and is marked the same from the saved bundle; the round's
 * charts keep their words apart; and the print sheets come one student to a page.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handInMarks, markKey, parseDesk } from '../../src/classroom/marketDesk';
import { clearAndWeigh } from '../../src/classroom/marketJob';
import { formatSignedFen } from '../../src/present/format';
import { runStage, type PlanStep } from '../../src/sim/index';
import { clearClassFromLinks } from '../../src/share/roundClass';
import { decodeBriefLink, decodeClassLink } from '../../src/share/roundLinks';
import { briefGame, handInFor } from '../../src/share/roundStudent';
import { loadLevel } from '../unit/levels';
import { launch, openPage, type WatchedPage } from './browser';
import { clippedTexts } from './clipping';

const base = loadLevel('comprehensive');
const SHOTS = process.env['MARKET_SHOTS'] ?? '';

const PLANS: PlanStep[][] = [
  [{ day: 1, action: { type: 'setPrice', listingId: 'tee', priceFen: 8_500 } }],
  [{ day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 50_000, bidFen: 150 } }],
  [
    { day: 1, action: { type: 'setPrice', listingId: 'tee', priceFen: 12_900 } },
    { day: 2, action: { type: 'setDiscount', listingId: 'tee', discountBp: 2_000 } },
  ],
];

async function snap(page: Page, name: string, fullPage = false): Promise<void> {
  if (SHOTS !== '') await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** Every pair of words in the page's charts whose boxes overlap, as "a / b". */
function chartOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const chart of document.querySelectorAll('.market-charts svg')) {
      const boxes = [...chart.querySelectorAll('text')].map((t) => ({
        text: t.textContent ?? '',
        box: t.getBoundingClientRect(),
      }));
      const outer = chart.getBoundingClientRect();
      boxes.forEach((a, i) => {
        if (a.box.left < outer.left - 1 || a.box.right > outer.right + 1) {
          found.push(`${a.text} leaves its chart`);
        }
        for (const b of boxes.slice(i + 1)) {
          const x = a.box.left < b.box.right - 0.5 && b.box.left < a.box.right - 0.5;
          const y = a.box.top < b.box.bottom - 0.5 && b.box.top < a.box.bottom - 0.5;
          if (x && y) found.push(`${a.text} / ${b.text}`);
        }
      });
    }
    return found;
  });
}

describe('class market desk: levers, late hand-ins, reload, charts, print', () => {
  let browser: Browser;
  let watched: WatchedPage;
  let classLink = '';
  let lines: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    watched = await openPage(browser, { width: 1280, height: 720 }, './#market');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const time = (page: Page, local: string) =>
    page.evaluate((text) => new Date(text).getTime(), local);

  it('creates a class with its levers and round 1 deadline in the class link', async () => {
    const { page } = watched;
    await page.clock.setFixedTime(await time(page, '2026-12-04T09:00'));
    await page.getByLabel('Class name').fill('Desk class');
    await page.getByLabel('Rounds (2–4)').fill('2');
    await page.getByLabel('Days per round (3–14)').fill('5');
    await page.getByLabel('Seats (2–60)').fill('3');
    await page.getByLabel(/^Round 1 deadline/).fill('2026-12-04T09:30');
    await page.getByLabel('Platform commission (%)').fill('8');
    await page.getByLabel('Settlement delay (days)').fill('10');
    await snap(page, 'market-create-levers', true);
    await page.getByRole('button', { name: 'Create the class market' }).click();
    const fields = page.locator('.trainer-output .link-field');
    await expect.poll(() => fields.count()).toBe(4);
    classLink = await page.locator('#market-class').inputValue();
    const klass = decodeClassLink(classLink, base);
    expect(klass.ok && klass.link.spec.levers).toEqual({ commissionBp: 800, settlementDays: 10 });
    expect(klass.ok && klass.link.spec.daysPerRound).toBe(5);
    const briefs = await Promise.all([1, 2, 3].map((i) => fields.nth(i).inputValue()));
    lines = briefs.map((text, i) => {
      const brief = decodeBriefLink(text, base);
      if (!brief.ok) throw new Error(brief.reason);
      expect(brief.link.deadlineMinute).toBeGreaterThan(0);
      const { level, seed } = briefGame(brief.link, base);
      // The brief's round is played under the class's levers.
      expect(level.levers.commissionBp).toBe(800);
      const run = runStage(level, seed, PLANS[i] ?? []);
      if (!run.ok) throw new Error(run.error);
      return handInFor(brief.link, base, ['Mei', 'Jun', 'Ana'][i] ?? '', run.log);
    });
  });

  it('marks the hand-in collected after the deadline late, on the standings and in the CSV', async () => {
    const { page } = watched;
    await page.clock.setFixedTime(await time(page, '2026-12-04T09:20'));
    await page.locator('#market-handins').fill(lines.slice(0, 2).join('\n'));
    await page.clock.setFixedTime(await time(page, '2026-12-04T09:41'));
    await page.locator('#market-handins').fill(lines.join('\n'));
    // Every text the status line shows while the worker clears, as it shows it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statusSeen: string[] }).statusSeen = seen;
      const status = document.querySelector('.market-collect .class-status');
      if (status === null) return;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) seen.push(n.textContent ?? '');
      }).observe(status, { childList: true });
    });
    await page.getByRole('button', { name: 'Clear the rounds' }).click();
    await expect.poll(() => page.locator('.round-hash').count(), { timeout: 60_000 }).toBe(1);
    const seen = await page.evaluate(
      () => (window as unknown as { statusSeen: string[] }).statusSeen,
    );
    expect(seen).toContain('Round 1 of 2: 3 of 3 shops re-simulated in the shared market…');
    expect(seen).toContain('Round 1 of 2: 3 of 3 shops played as their students played them…');
    expect(await page.locator('.market-output').getAttribute('data-where')).toBe('worker');
    const expected = clearClassFromLinks(classLink, lines, base);
    expect(expected.ok).toBe(true);
    if (!expected.ok) return;
    expect(await page.locator('.round-hash').getAttribute('data-hash')).toBe(
      expected.clearing.results[0]?.roundHash,
    );
    const late = page.locator('.market-standings tbody tr[data-late]');
    expect(await late.count()).toBe(1);
    expect(await late.getAttribute('data-seat')).toBe('3');
    expect(await late.locator('td.late').textContent()).toBe('09:41, late');
    expect(await page.locator('.market-late-note').textContent()).toContain(
      'counted and marked late',
    );
    await page.locator('.market-standings').scrollIntoViewIfNeeded();
    await snap(page, 'market-standings-late');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download standings (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').split('\r\n');
    const header = (csv[0] ?? '').split(',');
    const row = (seat: number) =>
      (csv.find((l) => l.split(',')[header.indexOf('seat')] === String(seat)) ?? '').split(',');
    expect(row(3)[header.indexOf('late')]).toBe('late');
    expect(row(1)[header.indexOf('late')]).toBe('');
    expect(row(3)[header.indexOf('collectedAt')]).toBe(
      new Date(await time(page, '2026-12-04T09:41')).toISOString(),
    );
  });

  it('keeps the collected times over a reload and in the bundle, which reproduces the marks', async () => {
    const { page } = watched;
    await page.clock.setFixedTime(await time(page, '2026-12-04T10:30'));
    await page.reload();
    expect(await page.locator('#market-class').inputValue()).toBe(classLink);
    expect((await page.locator('#market-handins').inputValue()).split('\n')).toEqual(lines);
    expect(await page.locator('.market-collect .class-status').textContent()).toContain(
      '3 hand-in(s) restored',
    );
    await page.getByRole('button', { name: 'Clear the rounds' }).click();
    await expect.poll(() => page.locator('.round-hash').count(), { timeout: 60_000 }).toBe(1);
    const late = page.locator('.market-standings tbody tr[data-late]');
    expect(await late.getAttribute('data-seat')).toBe('3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download round bundle (JSON)' }).click(),
    ]);
    const bundle = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
      desk: unknown;
      spec: Parameters<typeof handInMarks>[1];
    };
    const desk = parseDesk(bundle.desk);
    expect(desk).not.toBeNull();
    const marks = handInMarks(desk ?? { collected: [], deadlines: [] }, bundle.spec, base);
    expect([1, 2, 3].map((seat) => marks.get(markKey(1, seat))?.late)).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('leaves the late hand-in out when the trainer says so: its seat gets its stand-in', async () => {
    const { page } = watched;
    await page.getByLabel(/^Count late hand-ins/).uncheck();
    await page.getByRole('button', { name: 'Clear the rounds' }).click();
    const row = page.locator('.market-standings tbody tr[data-seat="3"]');
    await expect
      .poll(() => row.locator('[data-strategy]').getAttribute('data-strategy'), { timeout: 60_000 })
      .toBe('defaultPlan');
    expect(await row.locator('td.late').textContent()).toBe('09:41, late: not counted');
    await page.getByLabel(/^Count late hand-ins/).check();
    await page.getByRole('button', { name: 'Clear the rounds' }).click();
    await expect
      .poll(() => row.locator('[data-strategy]').getAttribute('data-strategy'), { timeout: 60_000 })
      .toBe('handedIn');
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`draws the round's three charts without overlapping words at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = watched;
      await page.setViewportSize(viewport);
      const clear = page.getByRole('button', { name: 'Clear the rounds' });
      await clear.click();
      // The last test's charts are still on the page until this clearing ends and redraws them.
      await expect.poll(() => clear.isEnabled(), { timeout: 60_000 }).toBe(true);
      await expect.poll(() => page.locator('.market-chart').count(), { timeout: 60_000 }).toBe(3);
      expect(
        await page
          .locator('.market-chart')
          .evaluateAll((figures) => figures.map((f) => f.getAttribute('data-chart'))),
      ).toEqual(['share', 'price-quality', 'gmv-profit']);
      // Anonymous by default: seats, then names once the trainer turns them on.
      const labels = () =>
        page
          .locator('.market-charts svg text.tick, .market-charts svg text.label')
          .allTextContents();
      expect((await labels()).some((t) => t.startsWith('Seat '))).toBe(true);
      expect((await labels()).includes('Mei')).toBe(false);
      expect(await chartOverlaps(page)).toEqual([]);
      expect(await clippedTexts(page)).toEqual([]);
      await page.locator('.market-charts').scrollIntoViewIfNeeded();
      await snap(page, `market-charts-${viewport.width}`);
      await page.getByLabel('Show names (for the projector)').check();
      await expect.poll(async () => (await labels()).includes('Mei')).toBe(true);
      expect(await chartOverlaps(page)).toEqual([]);
      await page.getByLabel('Show names (for the projector)').uncheck();
    });
  }

  it('prints one sheet per student, each with its parts, on a page of its own', async () => {
    const { page } = watched;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ media: 'print' });
    const sheets = page.locator('.market-sheet');
    expect(await sheets.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const sheet = sheets.nth(i);
      expect(await sheet.isVisible()).toBe(true);
      expect(await sheet.locator('.waterfall .wf-row').count()).toBeGreaterThan(2);
      expect(await sheet.locator('.sheet-rounds tbody tr').count()).toBe(1);
      expect(
        (await sheet.locator('.sheet-costs li').count()) +
          (await sheet.locator('.sheet-none').count()),
      ).toBeGreaterThan(0);
      expect(await sheet.locator('.sheet-prompts > li').count()).toBe(3);
      expect(await sheet.locator('.sheet-prompts .write-line').count()).toBe(12);
      expect(await sheet.evaluate((s) => getComputedStyle(s).breakAfter)).toBe(
        i === 2 ? 'auto' : 'page',
      );
    }
    expect(await page.locator('.market-collect').isVisible()).toBe(false);
    expect(await page.locator('.market-standings').isVisible()).toBe(false);
    // Each sheet lists the seat's decisions that cost money, costliest first, as Node weighs them.
    const weighed = clearAndWeigh({ classLink, lines, options: {} }, base, () => undefined);
    for (let seat = 1; seat <= 3; seat++) {
      const costs = weighed.attributions
        .filter((a) => a.seat === seat)
        .flatMap((a) => a.attribution.decisions.filter((d) => d.netEffectFen < 0))
        .sort((a, b) => a.netEffectFen - b.netEffectFen);
      const listed = sheets.nth(seat - 1).locator('.sheet-costs li .num');
      expect(await listed.count()).toBe(Math.min(3, costs.length));
      if (costs[0] !== undefined) {
        expect(await listed.first().textContent()).toBe(formatSignedFen(costs[0].netEffectFen));
      }
    }
    expect(await page.locator('.sheet-costs li').count()).toBeGreaterThan(0);
    await snap(page, 'market-print', true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(3);
    if (SHOTS !== '') (await import('node:fs')).writeFileSync(`${SHOTS}/market-sheets.pdf`, pdf);
    await page.emulateMedia({ media: 'screen' });
    expect(watched.problems).toEqual([]);
  });
});
